// Every tool's outermost frame: state-file refusals and unexpected failures become one clear
// line on stderr and an exit status, never a stack trace.
import { stateRefusal } from '@ipmplab/core/store';
import type { LockHolder } from '@ipmplab/core/store';
import { withLabHelp } from './lab-options';
import type { ToolIO } from './io';
import { vis } from './vis';
import { LOCK_MSG } from './lock-messages';

/** Exit status for a state file that was refused (the tools' own errors keep illumos statuses). */
export const EXIT_STATE = 1;
/** Exit status for an internal failure (EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;

export function guard(tool: string, io: ToolIO, body: () => number): number {
  try {
    return body();
  } catch (e) {
    // Refusals, and what SQLite says of the state file outside a transaction (damaged, disk
    // full, read-only): the file or its host, not a bug. The path in them is the user's.
    const refusal = stateRefusal(e);
    if (refusal) {
      io.stderr(`${tool}: ${vis(refusal.message)}\n`);
      return EXIT_STATE;
    }
    const err = e as Error;
    if ((err as { code?: string }).code === 'SQLITE_BUSY') {
      // StateBusyError names the holder when its record says who it is.
      io.stderr(LOCK_MSG.busy(tool, (err as { holder?: LockHolder }).holder, Date.now()));
      return EXIT_STATE;
    }
    io.stderr(`${tool}: internal error: ${err?.message ?? String(e)}\n`);
    if (io.env.IPMPLAB_DEBUG === '1' && err?.stack) io.stderr(`${err.stack}\n`);
    return EXIT_INTERNAL;
  }
}

/** Runs a tool's main in a real process and exits with its status once output is flushed. */
export function runProcess(main: (argv: string[], io: ToolIO) => number, io: ToolIO): void {
  const code = withLabHelp(main)(process.argv.slice(2), io);
  process.exitCode = code;
  // The output went out with write(2) as it was made. When nothing is left to run (every
  // command but `route monitor`), the process ends here instead of letting the event loop find
  // that out: about a millisecond of every command.
  if (process.getActiveResourcesInfo().length === 0) process.exit(code);
}
