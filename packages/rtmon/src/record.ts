// --record FILE / --replay FILE. A recording is JSON lines, the lesson of iproute2's rtmon
// (reference routing-socket §6.2): (time, raw message) pairs, with the printer a separate pass,
// so a replay prints exactly what the live run printed.
//
//   {"rtmon":"recording","version":1,"started":"<ISO>","source":"<state file>","aware":"RTAW_DEFAULT","family":"any"}
//   {"t":0.412,"seq":17,"at":"<ISO>","hex":"7c0003010000..."}           a message (rtm bytes in hex)
//   {"t":0.413,"seq":null,"dump":true,"at":"<ISO>","hex":"..."}          a message of the --dump snapshot
//   {"t":3.250,"lost":90,"at":"<ISO>"}                                   a gap (ENOBUFS)
//
// `t` is milliseconds since the recording started (the replay's pace); `at` the kernel time.
// What is recorded is what was shown: messages that passed the socket options and the filters.
import fs from 'node:fs';
import { decodeMessage } from '@ipmplab/core/syscalls';
import { vis } from '@ipmplab/userland';
import type { SourceEvent } from './types';

export const RECORDING_VERSION = 1;

export interface RecordingHeader {
  rtmon: 'recording';
  version: number;
  started: string;
  source: string;
  aware: string;
  family: string;
}

export interface Recorded {
  /** ms since the recording started. */
  t: number;
  event: SourceEvent;
}

export class RecordingError extends Error {}

const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

export function recordLine(t: number, e: SourceEvent): string {
  const tt = Math.round(t * 1000) / 1000;
  if (e.kind === 'lost') return `${JSON.stringify({ t: tt, lost: e.count, at: new Date(e.at).toISOString() })}\n`;
  if (e.kind === 'lab') return `${JSON.stringify({ t: tt, lab: e.text, at: new Date(e.at).toISOString() })}\n`;
  const m = e.m;
  return `${JSON.stringify({ t: tt, seq: m.seq, ...(m.dump ? { dump: true } : {}), at: new Date(m.at).toISOString(), hex: hex(m.bytes) })}\n`;
}

export class Recorder {
  private fd: number;
  private readonly t0: number;

  constructor(
    readonly file: string,
    header: Omit<RecordingHeader, 'rtmon' | 'version' | 'started'>,
    private readonly clock: () => number = () => performance.now(),
  ) {
    try {
      this.fd = fs.openSync(file, 'w', 0o644);
    } catch (e) {
      throw new RecordingError(`${file}: ${describeFsError(e)}`);
    }
    this.t0 = this.clock();
    const h: RecordingHeader = { rtmon: 'recording', version: RECORDING_VERSION, started: new Date().toISOString(), ...header };
    fs.writeSync(this.fd, `${JSON.stringify(h)}\n`);
  }

  write(events: SourceEvent[]): void {
    if (events.length === 0 || this.fd < 0) return;
    const t = this.clock() - this.t0;
    fs.writeSync(this.fd, events.map((e) => recordLine(t, e)).join(''));
  }

  close(): void {
    if (this.fd >= 0) fs.closeSync(this.fd);
    this.fd = -1;
  }
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'No such file or directory';
    case 'EACCES': return 'Permission denied';
    case 'EISDIR': return 'Is a directory';
    case 'ENOTDIR': return 'Not a directory';
    default: return (e as Error).message;
  }
}

/** Lines of a file, read in chunks (a recording may be larger than memory should hold). */
export function* fileLines(file: string): Generator<string> {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    throw new RecordingError(`${file}: ${describeFsError(e)}`);
  }
  try {
    const buf = Buffer.alloc(1 << 16);
    let rest = '';
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        throw new RecordingError(`${file}: ${describeFsError(e)}`);
      }
      if (n === 0) break;
      const chunk = rest + buf.toString('utf8', 0, n);
      const lines = chunk.split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
    if (rest) yield rest;
  } finally {
    fs.closeSync(fd);
  }
}

function parseRecord(file: string, lineNo: number, line: string): Recorded {
  const bad = (why: string) => new RecordingError(`${file}: line ${lineNo}: ${why}`);
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line);
  } catch {
    throw bad('not JSON');
  }
  const t = typeof o.t === 'number' && Number.isFinite(o.t) ? o.t : undefined;
  const at = typeof o.at === 'string' ? Date.parse(o.at) : NaN;
  if (Number.isNaN(at)) throw bad('no valid "at" time');
  if (typeof o.lost === 'number') {
    if (!Number.isInteger(o.lost) || o.lost < 1) throw bad('bad "lost" count');
    return { t: t ?? NaN, event: { kind: 'lost', count: o.lost, at } };
  }
  // A recording is a file anyone may hand over: its lab text is made visible, as the live journal's is.
  if (typeof o.lab === 'string') return { t: t ?? NaN, event: { kind: 'lab', text: vis(o.lab), at } };
  if (typeof o.hex !== 'string' || !/^(?:[0-9a-fA-F]{2})+$/.test(o.hex)) throw bad('no message bytes ("hex")');
  const seq = o.seq === null || o.seq === undefined ? null : o.seq;
  if (seq !== null && (typeof seq !== 'number' || !Number.isInteger(seq))) throw bad('bad "seq"');
  const bytes = new Uint8Array(Buffer.from(o.hex, 'hex'));
  let msg;
  try {
    msg = decodeMessage(bytes);
  } catch (e) {
    throw bad(`message does not decode (${(e as Error).message})`);
  }
  return { t: t ?? NaN, event: { kind: 'message', m: { seq: seq as number | null, at, bytes, msg, ...(o.dump ? { dump: true } : {}) } } };
}

/** The header, then every record; throws RecordingError naming the file and line. */
export function readRecording(file: string): { header: RecordingHeader; records: Generator<Recorded> } {
  const lines = fileLines(file);
  const first = lines.next();
  let header: RecordingHeader | undefined;
  if (!first.done) {
    try {
      const h = JSON.parse(first.value);
      if (h && h.rtmon === 'recording') header = h;
    } catch {
      // fall through
    }
  }
  if (!header) {
    lines.return(undefined);
    throw new RecordingError(`${file}: not an rtmon recording`);
  }
  if (header.version > RECORDING_VERSION) {
    lines.return(undefined);
    throw new RecordingError(`${file}: recording version ${header.version} is newer than this rtmon reads (${RECORDING_VERSION})`);
  }
  function* records(): Generator<Recorded> {
    let n = 1;
    let lastT = 0;
    let lastAt: number | undefined;
    for (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      const r = parseRecord(file, n, line);
      // Without "t" (a hand-made file), the kernel times give the pace.
      const at = r.event.kind === 'message' ? r.event.m.at : r.event.at;
      if (Number.isNaN(r.t)) r.t = lastAt === undefined ? lastT : lastT + Math.max(0, at - lastAt);
      lastT = r.t;
      lastAt = at;
      yield r;
    }
  }
  return { header, records: records() };
}
