// Plain output: every message exactly as illumos `route monitor` prints it (or one JSON object
// per line with --json) on stdout. A gap (the socket fell behind the bounded journal) is one line
// `rtmon: N messages lost` on stderr, so stdout stays a pure route monitor transcript; stdout is
// flushed first, so a terminal or `2>&1` shows the line where the gap is.
import type { SourceEvent } from '../types';
import { monitorText, lostLine } from './present';
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
    if (e.kind === 'lost') {
      if (text) out.stdout(text);
      text = '';
      out.stderr(`${lostLine(e.count)}\n`);
      continue;
    }
    text += opts.json ? jsonLine(e.m) : monitorText(e.m, opts);
    n++;
  }
  if (text) out.stdout(text);
  return n;
}
