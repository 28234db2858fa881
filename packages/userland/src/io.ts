// What a tool needs from its process, so tools run the same in a real process, in the
// interactive shell and in tests: argv, environment, two output streams.
import fs from 'node:fs';
import tty from 'node:tty';

export interface ToolIO {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour and progress only then). */
  isTTY: boolean;
}

/** What a shell reports for a process killed by SIGPIPE, which is how the real tools end. */
export const EXIT_BROKEN_PIPE = 141;

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Blocking writes to a file descriptor. Tools produce their output synchronously inside one
 * transaction; Node's stdout on a pipe is asynchronous, so a large report (`netstat -rn` of a
 * million routes piped to less) would pile up in memory, and a reader that quits early
 * (`| head`) would end in an EPIPE stack trace. Here the writer waits for the reader, and a
 * closed pipe ends the tool quietly.
 */
export function fdWriter(fd: number): (text: string) => void {
  return (text) => {
    const buf = Buffer.from(text);
    let off = 0;
    while (off < buf.length) {
      try {
        off += fs.writeSync(fd, buf, off, buf.length - off);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(pause, 0, 0, 5); // a non-blocking descriptor shared with another process
          continue;
        }
        if (code === 'EPIPE') process.exit(EXIT_BROKEN_PIPE);
        throw e;
      }
    }
  };
}

export function processIO(): ToolIO {
  return { env: process.env, stdout: fdWriter(1), stderr: fdWriter(2), isTTY: tty.isatty(1) };
}

/** Collects output in memory (tests, the shell's captured commands). */
export function memoryIO(env: NodeJS.ProcessEnv = {}): ToolIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { env, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, out, err };
}
