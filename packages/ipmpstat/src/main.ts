// ipmpstat(8): main() of ipmpstat.c in its order: the
// grammar (grammar.ts), ofmt_open (its complaints die, or warn for unknown fields in human
// mode), then in.mpathd (one consistent snapshot, read without the write lock) and the walk
// (printer/report.ts). -p checks that some interface probes, then that the caller may listen, and
// then prints probe results as in.mpathd records them until it is killed (requests.ts).
import { ioctl, ipmpSnapshot } from '@ipmplab/core/syscalls';
import type { Kernel } from '@ipmplab/core/syscalls';
import { jsonText, openSession, runToolMain } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import { parseIpmpstatArgs } from './grammar';
import { EXIT, IPMPSTAT, MSG, NO_DAEMON } from './messages';
import { fieldContext, jsonRecords, modeRows, openReport, printSnapshot } from './printer/report';
import { FOREVER, probeOutput } from './requests';
import type { ProbeLoopHooks } from './requests';

/** The window height ofmt repeats the header at: the terminal's rows, else 24. */
export function windowRows(io: ToolIO): number {
  if (!io.isTTY) return 24;
  const rows = process.stdout.rows;
  return typeof rows === 'number' && rows > 0 ? rows : 24;
}

/** The host's release, as uname(2) tells it: which ipmpstat.c's tables and texts apply. */
const releaseOf = (k: Kernel) => ioctl(k, 'UNAME', {}).distribution;

export function ipmpstatMain(argv: string[], ioIn: ToolIO, hooks: ProbeLoopHooks = FOREVER): number {
  // Complaints echo the words typed (field names): shown visibly.
  return runToolMain({ tool: IPMPSTAT, labOptionMessage: MSG.labOption, labOptionExit: EXIT.LAB_OPTION }, argv, ioIn, (lab, io) => {
    const parsed = parseIpmpstatArgs(lab.rest);
    if (parsed.kind === 'error') {
      io.stderr(parsed.stderr);
      return parsed.exit;
    }
    const args = parsed.args;
    const ctx = fieldContext(args.numeric || lab.json);
    const opened = openReport(args.mode, ctx, { fields: args.fields, parsable: args.parsable, rows: () => windowRows(io) });
    if (opened.status !== 'SUCCESS') {
      if (opened.status !== 'EBADFIELDS' || args.parsable) {
        io.stderr(MSG.die(opened.message ?? ''));
        return EXIT.FAILURE;
      }
      io.stderr(MSG.warn(opened.message ?? ''));
    }
    // The state file is opened only now: a usage or field error never creates or touches one.
    // The field names are the same in both releases, so the complaints above are the host's;
    // the widths are its release's, so the handle is opened again once the release is known.
    const session = openSession(lab.state, io, lab.host);
    const reopen = () => openReport(args.mode, ctx, { fields: args.fields, parsable: args.parsable, rows: () => windowRows(io) }).handle!;
    try {
      if (args.mode === 'p') {
        ctx.release = session.view(releaseOf);
        return probeOutput(session, io, reopen(), ctx, lab.json, hooks);
      }
      const { snap, release } = session.view((k) => ({ snap: ipmpSnapshot(k), release: releaseOf(k) }));
      ctx.release = release;
      if (!snap) {
        io.stderr(NO_DAEMON[release].snapshot);
        return EXIT.FAILURE;
      }
      const ofmt = reopen();
      if (lab.json) io.stdout(`${jsonText(jsonRecords(modeRows(args.mode, snap), ofmt.fields), undefined, 2)}\n`);
      else io.stdout(printSnapshot(args.mode, snap, ofmt));
      return EXIT.OK;
    } finally {
      session.close();
    }
  });
}
