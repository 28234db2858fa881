// dladm(8): dladm.c main() — the lab options, then the sub-command from the release's table,
// run in one transaction on the state; what it printed is written once the transaction has
// committed. die() ends the command but keeps what it did before, as on the real host.
import { ioctl, hostFiles } from '@ipmplab/core/syscalls';
import { openSession, runToolMain, useNamesOf } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import { Exit } from './context';
import type { DladmCtx } from './context';
import { commandsOf } from './commands';
import { usageText } from './usage';
import { DLADM, EXIT, MSG } from './messages';

type Output = { stream: 'out' | 'err'; text: string }[];

/** The terminal's height, which ofmt repeats its header by (24 when stdout is not one). */
function windowRows(io: ToolIO): number {
  if (!io.isTTY) return 24;
  const rows = process.stdout.rows;
  return typeof rows === 'number' && rows > 0 ? rows : 24;
}

export function dladmMain(argv: string[], ioIn: ToolIO): number {
  return runToolMain({ tool: DLADM, labOptionMessage: MSG.labOption, labOptionExit: EXIT.LAB_OPTION }, argv, ioIn, (lab, io) => {
    useNamesOf(lab.state, io.env, lab.host);
    const output: Output = [];
    const session = openSession(lab.state, io, lab.host);
    let code: number;
    // The show sub-commands only read: a snapshot instead of the write lock.
    const readOnly = lab.rest.length > 0 && lab.rest[0].startsWith('show-');
    try {
      code = (readOnly ? session.view.bind(session) : session.run.bind(session))((k) => {
        const { distribution: release } = ioctl(k, 'UNAME', {});
        const ctx: DladmCtx = {
          k,
          files: hostFiles(session.db, session.hostId()),
          release,
          usageText: usageText(commandsOf(release)),
          rows: () => windowRows(io),
          out: (text) => output.push({ stream: 'out', text }),
          err: (text) => output.push({ stream: 'err', text }),
        };
        return runCommand(ctx, [DLADM, ...lab.rest]);
      });
    } finally {
      session.close();
    }
    for (const o of output) (o.stream === 'out' ? io.stdout : io.stderr)(o.text);
    return code;
  });
}

/** main(): argv[0] is "dladm". */
export function runCommand(ctx: DladmCtx, argv: string[]): number {
  try {
    if (argv.length < 2) {
      ctx.err(ctx.usageText);
      return EXIT.FAILURE;
    }
    const cmd = commandsOf(ctx.release).find((c) => c.name === argv[1]);
    if (!cmd) {
      ctx.err(MSG.unknownSubcommand(argv[1]));
      ctx.err(ctx.usageText);
      return EXIT.FAILURE;
    }
    cmd.fn(ctx, argv.slice(1), cmd.usage ?? '');
    return EXIT.OK;
  } catch (e) {
    if (e instanceof Exit) return e.code;
    throw e;
  }
}
