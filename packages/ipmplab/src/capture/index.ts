// Reading a capture: a boot file by its name, any other text by its shape, a session log piece
// by piece (each after its prompt line). What no parser knows is kept as unparsed lines.
import type { Capture } from './model';
import { emptyCapture } from './model';
import type { Line } from './lines';
import { dedent, linesOf, splitSession } from './lines';
import { parseIfconfig } from './parse-ifconfig';
import { parseNetstat } from './parse-netstat';
import { IPMPSTAT_HEADERS, parseIpmpstat, parseIpmpstatParsable } from './parse-ipmpstat';
import { TABLE_HEADERS, parseTable } from './parse-tables';
import { bootFilePath, parseBootFile } from './parse-files';

export type { Capture, CapturedLif, CapturedRoute, CapturedGroup } from './model';

/** One piece's kind by its first meaningful line. */
function parsePiece(lines: Line[]): Capture | undefined {
  const first = lines.find((l) => l.text.trim() !== '');
  if (!first) return undefined;
  const t = first.text.trim();
  if (/^[A-Za-z][A-Za-z0-9_.]*(:\d+)?: flags=/.test(t)) return parseIfconfig(lines);
  if (/^Routing Table: IPv[46]$/.test(t)) return parseNetstat(lines);
  for (const [re, kind] of IPMPSTAT_HEADERS) if (re.test(t)) return parseIpmpstat(lines, kind);
  for (const [re, kind] of TABLE_HEADERS) if (re.test(t)) return parseTable(lines, kind);
  return undefined;
}

/** Every capture a file holds; empty when none of it has a shape the lab reads. */
export function parseCapture(fileName: string, text: string): Capture[] {
  if (bootFilePath(fileName)) return [parseBootFile(fileName, text)];
  const out: Capture[] = [];
  const stray: Line[] = [];
  for (const piece of splitSession(linesOf(text))) {
    // `cat /etc/hostname.net0` in a session log: that file, as if copied off the host.
    const cat = /^(?:cat|more)\s+(\S+)$/.exec(piece.command ?? '');
    if (cat && bootFilePath(cat[1])) {
      // The file ends at the first blank line: what follows is the page's or the session's.
      const end = piece.lines.findIndex((l) => l.text.trim() === '');
      const content = end < 0 ? piece.lines : piece.lines.slice(0, end);
      out.push(parseBootFile(cat[1], content.map((l) => `${l.text}\n`).join('')));
      stray.push(...piece.lines.slice(content.length).filter((l) => l.text.trim() !== ''));
      continue;
    }
    const parsable = /^ipmpstat\s.*-\w*P/.test(piece.command ?? '');
    const c = parsable ? parseIpmpstatParsable(dedent(piece.lines), piece.command!) : parsePiece(dedent(piece.lines));
    if (c) out.push(c);
    else stray.push(...piece.lines.filter((l) => l.text.trim() !== ''));
  }
  // Output of a command the lab does not read, in a session that has some it does: reported.
  if (out.length && stray.length) {
    const c = emptyCapture(out[0].kind);
    c.unparsed.push(...stray.map((l) => ({ line: l.n, text: l.text, why: 'output of a command the lab does not read' })));
    out.push(c);
  }
  // A last line that does not read, and has no newline after it, is where the capture was cut.
  if (!/\n$/.test(text)) {
    const last = text.replace(/\r\n?/g, '\n').split('\n').length;
    for (const c of out) for (const u of c.unparsed) if (u.line === last && !/cut off/.test(u.why)) u.why = `${u.why}; the last line, without its newline: cut off`;
  }
  return out;
}
