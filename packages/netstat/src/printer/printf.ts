// printf(3C) conversions the layouts use: %-Ns (left, never truncated), %Nu (right),
// %-N.Ns (left, truncated to N).

export function left(s: string, width: number): string {
  return s.length >= width ? s : s + ' '.repeat(width - s.length);
}

export function right(s: string | number, width: number): string {
  const t = String(s);
  return t.length >= width ? t : ' '.repeat(width - t.length) + t;
}

export function leftTrunc(s: string, width: number): string {
  return left(s.slice(0, width), width);
}
