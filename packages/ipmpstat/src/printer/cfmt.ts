// The C conversions ipmpstat's values use: printf("%.2f") of a float promoted to double, with
// the C library's rounding (exact binary value, ties to even), not JavaScript's toFixed (which
// rounds exact ties away from zero: (0.125).toFixed(2) is "0.13", printf gives "0.12").

const view = new DataView(new ArrayBuffer(8));

/** printf("%.*f", prec, x) for a finite double, exactly as a C library prints it. */
export function cFixed(x: number, prec: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const negative = (hi >>> 31) === 1;
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  // |x| = mant * 2^exp; scaled = |x| * 10^prec, rounded to an integer (ties to even).
  const ten = 10n ** BigInt(prec);
  let q: bigint;
  if (exp >= 0) {
    q = (mant << BigInt(exp)) * ten;
  } else {
    const num = mant * ten;
    const den = 1n << BigInt(-exp);
    q = num / den;
    const twice = (num % den) * 2n;
    if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  }
  let digits = q.toString();
  if (prec > 0) {
    digits = digits.padStart(prec + 1, '0');
    digits = `${digits.slice(0, -prec)}.${digits.slice(-prec)}`;
  }
  return negative ? `-${digits}` : digits;
}

/** C's (float) cast. */
export const toFloat = Math.fround;

/** ipmpstat's MS2FLOATSEC(ms) printed with "%.2fs": (float)(ms) / 1000, a float division. */
export function floatSeconds(ms: number): string {
  return `${cFixed(toFloat(toFloat(ms) / 1000), 2)}s`;
}

/** "%.2fs" of (float)(ns) / NANOSEC. */
export function nsSeconds(ns: number): string {
  return `${cFixed(toFloat(toFloat(ns) / 1e9), 2)}s`;
}

/** NS2FLOATMS(ns) printed with "%.2fms": (float)(ns) / (NANOSEC / MILLISEC). */
export function nsMillis(ns: number): string {
  return `${cFixed(toFloat(toFloat(ns) / 1e6), 2)}ms`;
}

/** Milliseconds (possibly fractional) as the nanoseconds an hrtime_t would hold. */
export function msToNs(ms: number): number {
  return Math.round(ms * 1e6);
}
