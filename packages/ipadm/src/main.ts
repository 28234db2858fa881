// ipadm(8): ipadm.c main() — the lab options, then the sub-command from the release's table, run
// in one transaction on the state; what it printed is written once the transaction has
// committed. die() ends the command but keeps what it did before, as on the real host (the
// library undoes its own half-done steps).
import { ioctl, hostFiles } from '@ipmplab/core/syscalls';
import { callerFrom, jsonText, openSession, runToolMain, useNamesOf } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import { Exit } from './context';
import type { IpadmCtx } from './context';
import { commandsOf } from './commands';
import { doOverview } from './requests/addr';
import { usageText } from './usage';
import { EXIT, IPADM, MSG } from './messages';

type Output = { stream: 'out' | 'err'; text: string }[];

export function ipadmMain(argv: string[], ioIn: ToolIO): number {
  return runToolMain({ tool: IPADM, labOptionMessage: MSG.labOption, labOptionExit: EXIT.LAB_OPTION }, argv, ioIn, (lab, io) => {
    useNamesOf(lab.state, io.env, lab.host);
    const output: Output = [];
    const session = openSession(lab.state, io, lab.host);
    let code: number;
    const records: unknown[] = [];
    // The show sub-commands and the bare ipadm only read: a snapshot instead of the write lock.
    const readOnly = lab.rest.length === 0 || lab.rest[0].startsWith('show-');
    try {
      code = (readOnly ? session.view.bind(session) : session.run.bind(session))((k) => {
        const { distribution: release } = ioctl(k, 'UNAME', {});
        const files = hostFiles(session.db, session.hostId());
        const ctx: IpadmCtx = {
          k,
          files,
          release,
          iph: { k, files, release, authorized: callerFrom(io.env).privileged, legacy: false },
          json: lab.json,
          records,
          out: (text) => output.push({ stream: 'out', text }),
          err: (text) => output.push({ stream: 'err', text }),
        };
        return runCommand(ctx, [IPADM, ...lab.rest]);
      });
    } finally {
      session.close();
    }
    for (const o of output) (o.stream === 'out' ? io.stdout : io.stderr)(o.text);
    if (lab.json && records.length) io.stdout(`${jsonText(records, undefined, 2)}\n`);
    return code;
  });
}

/** main(): argv[0] is "ipadm". */
export function runCommand(ctx: IpadmCtx, argv: string[]): number {
  try {
    if (argv.length < 2) {
      doOverview(ctx, argv, '');
      return EXIT.OK;
    }
    const table = commandsOf(ctx.release);
    const cmd = table.find((c) => c.name === argv[1]);
    if (!cmd) {
      ctx.err(MSG.unknownSubcommand(argv[1]));
      ctx.err(usageText(ctx.release, table));
      return EXIT.FAILURE;
    }
    cmd.fn(ctx, argv.slice(1), cmd.usage);
    return EXIT.OK;
  } catch (e) {
    if (e instanceof Exit) return e.code;
    throw e;
  }
}
