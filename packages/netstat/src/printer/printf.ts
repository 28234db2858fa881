// printf(3C) conversions the layouts use: %-Ns (left, never truncated), %Nu (right),
// %-N.Ns (left, truncated to N).

// The padding is taken from a table: these run several times for each of a million rows.
const PADS = Array.from({ length: 33 }, (_, n) => ' '.repeat(n));
const pad = (n: number) => (n < PADS.length ? PADS[n] : ' '.repeat(n));

export function left(s: string, width: number): string {
  return s.length >= width ? s : s + pad(width - s.length);
}

export function right(s: string | number, width: number): string {
  const t = typeof s === 'string' ? s : String(s);
  return t.length >= width ? t : pad(width - t.length) + t;
}

export function leftTrunc(s: string, width: number): string {
  return left(s.slice(0, width), width);
}
