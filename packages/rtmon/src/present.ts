// The printers: route monitor text (plain mode, and the expanded message in the terminal view),
// the one-line summary of the terminal view's list, and the lost-messages line. Pure functions.
import { rtmName } from '@ipmplab/core';
import { formatMonitorMessage } from '@ipmplab/route';
import type { ShownMessage, Row } from './types';

export interface PrintOptions {
  numeric: boolean;
}

/** Exactly what illumos `route monitor` prints for the message ("got message of size N" first). */
export function monitorText(m: ShownMessage, opts: PrintOptions): string {
  return formatMonitorMessage(m.msg, m.bytes.length, { numeric: opts.numeric });
}

/** The line printed once per gap (on stderr in plain and JSON mode, a highlighted row in the view). */
export function lostLine(count: number): string {
  return `rtmon: ${count} messages lost`;
}

export function typeName(type: number): string {
  return rtmName(type) ?? `type ${type}`;
}

/** route monitor's text on one line: the kind line, then the addresses after a ' |'. */
export function summaryOf(full: string): string {
  const lines = full.split('\n').filter((l) => l !== '');
  // lines[0] is "got message of size N"; the kind line follows; "locks:" and "sockaddrs:" lines
  // are left out, the address values (the line starting with a space) kept.
  const kind = lines[1] ?? lines[0] ?? '';
  const addrs = lines.find((l, i) => i > 1 && l.startsWith(' '));
  return addrs ? `${kind} |${addrs}` : kind;
}

let nextKey = 1;

export function messageRow(m: ShownMessage, opts: PrintOptions): Row {
  const full = monitorText(m, opts);
  return {
    kind: 'message',
    key: nextKey++,
    seq: m.seq,
    at: m.at,
    type: m.msg.type,
    typeName: typeName(m.msg.type),
    summary: summaryOf(full),
    full,
    dump: !!m.dump,
    source: m,
  };
}

export function lostRow(count: number, at: number): Row {
  return { kind: 'lost', key: nextKey++, count, at };
}
