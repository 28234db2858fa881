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
import fs from 'node:fs';

export const SIGPIPE_STATUS = 128 + 13;

export class OutputClosed extends Error {
  constructor() {
    super('output closed');
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

export interface WriterHooks {
  /** The reader stopped reading: a write is about to wait. */
  stall?: () => void;
  /** The waiting write went through. */
  resume?: () => void;
}

export function blockingWriter(fd: number, hooks: WriterHooks = {}): (text: string) => void {
  return (text: string) => {
    const buf = Buffer.from(text);
    let off = 0;
    let stalled = false;
    try {
      while (off < buf.length) {
        try {
          off += fs.writeSync(fd, buf, off, buf.length - off);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN') {
            if (!stalled) hooks.stall?.();
            stalled = true;
            Atomics.wait(pause, 0, 0, 2);
            continue;
          }
          if (code === 'EPIPE') throw new OutputClosed();
          throw e;
        }
      }
    } finally {
      if (stalled) hooks.resume?.();
    }
  };
}
