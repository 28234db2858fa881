// The printers: route monitor text (plain mode, and the expanded message in the terminal view),
// the one-line summary of the terminal view's list, and the lost-messages line. Pure functions.
import { rtmName, rtmMonitorText, decodeMessage } from '@ipmplab/core/syscalls';
import { matchKey } from '../filter';
import type { MatchKey } from '../filter';
import { formatMonitorMessage } from '@ipmplab/route';
import type { ShownMessage, Row } from '../types';
import { MSG } from '../messages';

export interface PrintOptions {
  numeric: boolean;
}

/** Exactly what illumos `route monitor` prints for the message ("got message of size N" first). */
export function monitorText(m: ShownMessage, opts: PrintOptions): string {
  return formatMonitorMessage(m.msg, m.bytes.length, { numeric: opts.numeric });
}

/** The line printed once per gap (on stderr in plain and JSON mode, a highlighted row in the view). */
export const lostLine = MSG.lost;

export function typeName(type: number): string {
  return rtmName(type) ?? `type ${type}`;
}

/**
 * route monitor's text on one line, the addresses first (they are what tells messages apart in
 * a list), then the rest of the kind line without route.c's description:
 *   RTM_ADD 192.168.1.10 255.255.255.0 | len 108, pid: 0, seq 0, errno 0, flags:<UP,DONE>
 */
export function summaryOf(full: string, type: number): string {
  const lines = full.split('\n').filter((l) => l !== '');
  // lines[0] is "got message of size N", lines[1] the kind line; "locks:" and "sockaddrs:" lines
  // are left out, the address values (the line starting with a space) kept.
  const kindLine = lines[1] ?? lines[0] ?? '';
  const desc = rtmMonitorText(type);
  const rest = desc && kindLine.startsWith(`${desc}: `) ? kindLine.slice(desc.length + 2) : kindLine;
  const addrs = lines.find((l, i) => i > 1 && l.startsWith(' '));
  return `${typeName(type)}${addrs ?? ''} | ${rest}`;
}

let nextKey = 1;

/** A flat copy of a string built from slices of another (so it does not keep the other alive). */
const flat = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

/**
 * A row of the terminal view. Its text is made only when it is needed (the summary when the row
 * is drawn, the full route monitor text when it is expanded): the view keeps thousands of rows,
 * and in a burst most of them are never on the screen.
 */
class MessageRow {
  readonly kind = 'message' as const;
  readonly key = nextKey++;
  readonly seq: number | null;
  readonly at: number;
  readonly type: number;
  readonly typeName: string;
  readonly dump: boolean;
  readonly match: MatchKey;
  /** The message bytes as a one-byte string: kept on the JS heap, not as thousands of small buffers. */
  private readonly raw: string;
  private cached: string | undefined;

  constructor(m: ShownMessage, private readonly numeric: boolean) {
    this.seq = m.seq;
    this.at = m.at;
    this.type = m.msg.type;
    this.typeName = typeName(this.type);
    this.dump = !!m.dump;
    this.match = matchKey(m.msg);
    this.raw = Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength).toString('latin1');
  }

  get source(): ShownMessage {
    const bytes = new Uint8Array(Buffer.from(this.raw, 'latin1'));
    return { seq: this.seq, at: this.at, bytes, msg: decodeMessage(bytes), ...(this.dump ? { dump: true } : {}) };
  }

  /** Made the first time the row is drawn: rows that scroll past unseen cost no formatting. */
  get summary(): string {
    this.cached ??= flat(summaryOf(monitorText(this.source, { numeric: this.numeric }), this.type));
    return this.cached;
  }

  get full(): string {
    return monitorText(this.source, { numeric: this.numeric });
  }
}

export function messageRow(m: ShownMessage, opts: PrintOptions): Row {
  return new MessageRow(m, opts.numeric);
}

export function lostRow(count: number, at: number): Row {
  return { kind: 'lost', key: nextKey++, count, at };
}

export function labRow(text: string, at: number): Row {
  return { kind: 'lab', key: nextKey++, text, at };
}
