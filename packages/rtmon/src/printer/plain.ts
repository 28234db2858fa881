// Plain output: every message exactly as illumos `route monitor` prints it (or one JSON object
// per line with --json) on stdout. A gap (the socket fell behind the bounded journal) is one line
// `rtmon: N messages lost` on stderr, so stdout stays a pure route monitor transcript; stdout is
// flushed first, so a terminal or `2>&1` shows the line where the gap is. A lab event (a snapshot
// restored) is a line on stderr the same way: illumos' route monitor would print nothing.
import type { SourceEvent } from '../types';
import { monitorText, lostLine } from './present';
import { labLine } from './lab-line';
import { jsonLine } from './json';

export interface PlainOptions {
  json: boolean;
  numeric: boolean;
}

export interface PlainOut {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Prints a batch; returns how many messages (not gaps) were printed. */
export function printEvents(events: SourceEvent[], opts: PlainOptions, out: PlainOut): number {
  let text = '';
  let n = 0;
  for (const e of events) {
    if (e.kind !== 'message') {
      if (text) out.stdout(text);
      text = '';
      out.stderr(`${e.kind === 'lost' ? lostLine(e.count) : labLine(e.text)}\n`);
      continue;
    }
    text += opts.json ? jsonLine(e.m) : monitorText(e.m, opts);
    n++;
  }
  if (text) out.stdout(text);
  return n;
}
