// if_mpadm(8): the lab options, the grammar (grammar.ts), then the requests (requests.ts) in
// one transaction; stderr is written once it has committed.
import { jsonText, openSession, runToolMain } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import { MPADM, EXIT, IF_MPADM } from '../messages';
import { parseIfMpadmArgs } from './grammar';
import { runIfMpadm } from './requests';

export function ifMpadmMain(argv: string[], ioIn: ToolIO): number {
  // Complaints echo the interface name typed: shown visibly.
  return runToolMain({ tool: IF_MPADM, labOptionMessage: MPADM.labOption, labOptionExit: EXIT.LAB_OPTION }, argv, ioIn, (lab, io) => {
    const parsed = parseIfMpadmArgs(lab.rest);
    if (parsed.kind === 'error') {
      io.stderr(parsed.stderr);
      return parsed.exit;
    }
    const session = openSession(lab.state, io, lab.host);
    const errors: string[] = [];
    let code: number;
    try {
      code = session.run((k) => runIfMpadm(k, parsed.action, parsed.ifname, (t) => errors.push(t)));
    } finally {
      session.close();
    }
    // Written once the transaction has committed (a failed commit prints only its own error).
    for (const t of errors) io.stderr(t);
    if (lab.json) {
      io.stdout(`${jsonText({ interface: parsed.ifname, action: parsed.action, exit: code })}\n`);
    }
    return code;
  });
}
