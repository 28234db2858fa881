// route monitor (route.c rtmonitor()): a routing socket opened for reading, every message
// printed as it arrives. The simulated socket is the message journal: it is polled every few
// milliseconds, and between polls the kernel's due timers (DAD, repair) are fired so they
// happen on time while nothing else runs. Output is written message by message.
import { ERRNO } from '@ipmplab/core/syscalls';
import type { DecodedMessage } from '@ipmplab/core/syscalls';
import { guard, jsonText, openRtReader } from '@ipmplab/userland';
import type { RtReader, Session, ToolIO } from '@ipmplab/userland';
import { formatMonitorMessage } from '../printer/monitor';
import { MSG, QUIT, TOOL } from '../messages';

/** How often the journal is looked at (a real read() would block instead). */
export const POLL_MS = 10;

export interface MonitorRunOptions {
  /** Stop after this many polls and return (in-process callers and tests). */
  polls?: number;
  /** Stop when this is aborted, instead of on SIGINT/SIGTERM (an in-process host such as a test). */
  signal?: AbortSignal;
  /** Told the exit status when a live monitor stops. */
  onExit?: (code: number) => void;
}

/** --json: one object per message, addresses as text, hardware addresses in hex. */
export function messageJson(seq: number, at: number, size: number, m: DecodedMessage): string {
  return jsonText({ seq, at, size, message: m }, (_k, v) => (v instanceof Uint8Array ? [...v].map((b) => b.toString(16).padStart(2, '0')).join(':') : v));
}

/** Reads what arrived, prints it, fires due timers. Returns an exit status to stop with, if any. */
function pollOnce(reader: RtReader, numeric: boolean, json: boolean, io: ToolIO): number | undefined {
  const code = guard(TOOL, io, () => {
    try {
      const { messages, lost } = reader.poll();
      // A real socket that overflowed fails one read() with ENOBUFS, then goes on.
      if (lost > 0) io.stderr(MSG.quit(QUIT.read, ERRNO.ENOBUFS));
      for (const m of messages) {
        io.stdout(json ? `${messageJson(m.seq, m.at, m.bytes.length, m.msg)}\n` : formatMonitorMessage(m.msg, m.bytes.length, { numeric }));
      }
      reader.tick();
    } catch (e) {
      // Another command holds the write lock: the timers fire on the next poll.
      if ((e as { code?: string }).code === 'SQLITE_BUSY') return 0;
      throw e;
    }
    return 0;
  });
  return code === 0 ? undefined : code;
}

/**
 * The monitor loop on an open session. With `polls` it runs synchronously and returns the
 * status; otherwise it keeps running on timers until SIGINT/SIGTERM (or `signal`), returns 0 at
 * once, and closes the session when it stops.
 */
export function runMonitor(session: Session, family: number, numeric: boolean, json: boolean, io: ToolIO, opts: MonitorRunOptions): number {
  const reader = openRtReader(session, { socket: { family, aware: 0 } });
  if (opts.polls !== undefined) {
    try {
      for (let i = 0; i < opts.polls; i++) {
        const code = pollOnce(reader, numeric, json, io);
        if (code !== undefined) return code;
      }
      return 0;
    } finally {
      session.close();
    }
  }
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const live = !opts.signal;
  const onSignal = () => finish(0);
  const onStdoutError = () => finish(0);
  function finish(code: number): void {
    if (stopped) return;
    stopped = true;
    if (timer) clearTimeout(timer);
    if (live) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.stdout.off('error', onStdoutError);
      process.exitCode = code;
    } else {
      opts.signal!.removeEventListener('abort', onSignal);
    }
    try {
      session.close();
    } catch {
      // already closed
    }
    opts.onExit?.(code);
  }
  function tick(): void {
    timer = undefined;
    if (stopped) return;
    const code = pollOnce(reader, numeric, json, io);
    if (code !== undefined) return finish(code);
    timer = setTimeout(tick, POLL_MS);
  }
  if (live) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    // The reader of a pipe went away (EPIPE): stop quietly, as route would die of SIGPIPE.
    process.stdout.on('error', onStdoutError);
  } else {
    if (opts.signal!.aborted) {
      finish(0);
      return 0;
    }
    opts.signal!.addEventListener('abort', onSignal);
  }
  timer = setTimeout(tick, 0);
  return 0;
}
