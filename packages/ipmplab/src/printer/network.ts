// `ipmplab host ls`, `segment ls` and the network part of `status`: plain columns a script can
// cut (the names the lab allows hold no space), the widest entry setting each column's width.
import type { NetworkView } from '@ipmplab/core/lab';

/** Left-aligned columns two spaces apart; the last column is not padded. */
export function columns(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd());
}

const RELEASE: Record<string, string> = { illumos: 'illumos', solaris11: 'solaris11' };

/** HOST POWER RELEASE LINKS, the default host marked with '*'; each link as LINK or LINK@SEGMENT. */
export function hostLines(v: NetworkView): string[] {
  return columns([
    ['HOST', 'POWER', 'RELEASE', 'LINKS'],
    ...v.hosts.map((h) => [
      `${h.name}${h.default ? '*' : ''}`,
      h.power,
      RELEASE[h.release] ?? h.release,
      h.links.map((l) => (l.segment ? `${l.name}@${l.segment}` : l.name)).join(' ') || '-',
    ]),
  ]);
}

/** SEGMENT STATE LOSS PLUGGED (HOST:LINK ...); one line "no segments" when there are none. */
export function segmentLines(v: NetworkView): string[] {
  if (v.segments.length === 0) return ['no segments'];
  return columns([
    ['SEGMENT', 'STATE', 'LOSS', 'PLUGGED'],
    ...v.segments.map((s) => [s.name, s.state, `${s.loss}%`, s.members.join(' ') || '-']),
  ]);
}
