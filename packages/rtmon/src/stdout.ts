// stdout for a long-running monitor in a real process: blocking writes to fd 1 (Node's stdout on
// a pipe is asynchronous, so a fast journal would otherwise pile up in memory and the lost-line
// on stderr could overtake the messages before it). While the reader does not read, rtmon waits
// and the journal goes on without it (it reports the loss when it catches up), as a socket
// would. A reader that goes away (`rtmon | head`) ends rtmon quietly with the status a shell
// shows for SIGPIPE.
//
// While a write waits, no JavaScript runs, so a signal handler could not run either: `stall`
// and `resume` let the caller hand SIGINT/SIGTERM back to their default action for that time
// (Ctrl-C on `rtmon | less` with less stopped still ends rtmon, as it ends route monitor).
import { fdWriter, EXIT_BROKEN_PIPE } from '@ipmplab/userland';
import type { WriterHooks } from '@ipmplab/userland';

export const SIGPIPE_STATUS = EXIT_BROKEN_PIPE;

export class OutputClosed extends Error {
  constructor() {
    super('output closed');
  }
}

/** The tools' blocking writer, except that a closed reader unwinds (rtmon closes its socket). */
export function blockingWriter(fd: number, hooks: Omit<WriterHooks, 'closed'> = {}): (text: string) => void {
  return fdWriter(fd, {
    ...hooks,
    closed: () => {
      throw new OutputClosed();
    },
  });
}
