// What a tool needs from its process, so tools run the same in a real process, in a
// batch and in tests: argv, environment, two output streams.
import fs from 'node:fs';
import { createRequire } from 'node:module';

export { withIO } from './with-io';

export interface ToolIO {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour and progress only then). */
  isTTY: boolean;
  /** Whether stderr is a terminal: a person is there to read notices meant for people. */
  stderrIsTTY?: boolean;
  /**
   * Standard input's text when the caller feeds it (the lab's shell piping into a lab command
   * that reads "-"); absent, the process's own standard input is read.
   */
  stdin?: () => string;
}

/** What a command reading "-" reads: what it is fed, else the process's standard input. */
export function readStdin(io: ToolIO): string {
  return io.stdin ? io.stdin() : fs.readFileSync(0, 'utf8');
}

/** What a shell reports for a process killed by SIGPIPE, which is how the real tools end. */
export const EXIT_BROKEN_PIPE = 141;

const pause = new Int32Array(new SharedArrayBuffer(4));

export interface WriterHooks {
  /** The reader stopped reading: a write is about to wait. */
  stall?: () => void;
  /** The waiting write went through. */
  resume?: () => void;
  /** The reader went away (EPIPE). By default the process ends as the real tools do. */
  closed?: () => never;
}

/**
 * Blocking writes to a file descriptor. Tools produce their output synchronously inside one
 * transaction; Node's stdout on a pipe is asynchronous, so a large report (`netstat -rn` of a
 * million routes piped to less) would pile up in memory, and a reader that quits early
 * (`| head`) would end in an EPIPE stack trace. Here the writer waits for the reader, and a
 * closed pipe ends the tool quietly.
 */
export function fdWriter(fd: number, hooks: WriterHooks = {}): (text: string) => void {
  const closed = hooks.closed ?? (() => process.exit(EXIT_BROKEN_PIPE));
  return (text) => {
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
            // A non-blocking descriptor (shared with another process): wait for the reader.
            if (!stalled) hooks.stall?.();
            stalled = true;
            Atomics.wait(pause, 0, 0, 2);
            continue;
          }
          if (code === 'EPIPE') closed();
          throw e;
        }
      }
    } finally {
      if (stalled) hooks.resume?.();
    }
  };
}

/**
 * isatty(3C) of one of this process's descriptors. node:tty is loaded only when a tool asks,
 * and only about a character device: it brings net and the stream modules with it, a tenth of a
 * bare node start, and a pipe or a file (a script's stdout) is never a terminal.
 */
function isatty(fd: number): boolean {
  try {
    if (!fs.fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  const tty = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return tty.isatty(fd);
}

/** The process's own streams; whether they are terminals is asked once, when first wanted. */
export function processIO(): ToolIO {
  let stdoutTTY: boolean | undefined;
  let stderrTTY: boolean | undefined;
  return {
    env: process.env,
    stdout: fdWriter(1),
    stderr: fdWriter(2),
    get isTTY() {
      return (stdoutTTY ??= isatty(1));
    },
    get stderrIsTTY() {
      return (stderrTTY ??= isatty(2));
    },
  };
}

/** Collects output in memory (tests, a batch's captured commands). */
export function memoryIO(env: NodeJS.ProcessEnv = {}): ToolIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { env, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, out, err };
}
