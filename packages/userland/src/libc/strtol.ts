// strtol(3C) and strtoul(3C) as illumos libc has them (port/gen/strtol.c, strtoul.c) for a
// 32-bit program: the tools are built 32-bit, so `long` is 32 bits. Leading white space, one
// sign, then digits in the base; base 0 picks it from the prefix (0x/0X hex, 0 octal, else
// decimal), and a "0x" with no hex digit after it converts just the "0". Out-of-range values
// clamp (strtol to LONG_MIN..LONG_MAX, strtoul to ULONG_MAX) and set ERANGE; strtoul negates
// a "-" number in unsigned arithmetic, so "-1" is ULONG_MAX. When no digits are found the
// value is 0, `end` is 0 (endptr == str) and errno is left alone (0 here).
import { digitValue, isSpace } from './ctype';
import { ERRNO } from '@ipmplab/core/syscalls';

const { ERANGE } = ERRNO;

export const LONG_MAX = 0x7fffffff;
export const LONG_MIN = -0x80000000;
export const ULONG_MAX = 0xffffffff;

export interface StrtolResult {
  /** The value as the C function returns it (int32 for strtol, uint32 for strtoul). */
  value: number;
  /** Index in the string of the first character not converted (0 when nothing was). */
  end: number;
  /** ERANGE on overflow, else 0. */
  errno: number;
}

/** The base the caller gives: 0 (the prefix decides) or 2..36. */
export type Base = number;

interface Scan {
  negative: boolean;
  /** The magnitude read, exact. */
  magnitude: bigint;
  end: number;
}

/** White space, a sign, the base prefix and the digits: what strtol and strtoul share. */
function scan(s: string, base: Base): Scan | undefined {
  let i = 0;
  while (isSpace(s[i])) i++;
  let negative = false;
  if (s[i] === '+' || s[i] === '-') negative = s[i++] === '-';
  let radix = base;
  const hexPrefix = s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X') && digitValue(s[i + 2]) < 16;
  if (base === 0) radix = hexPrefix ? 16 : s[i] === '0' ? 8 : 10;
  if (radix === 16 && hexPrefix) i += 2;
  const start = i;
  let magnitude = 0n;
  for (; digitValue(s[i]) < radix; i++) magnitude = magnitude * BigInt(radix) + BigInt(digitValue(s[i]));
  return i === start ? undefined : { negative, magnitude, end: i };
}

/** strtol(s, &end, base) of a 32-bit program. */
export function strtol(s: string, base: Base): StrtolResult {
  const r = scan(s, base);
  if (!r) return { value: 0, end: 0, errno: 0 };
  const v = r.negative ? -r.magnitude : r.magnitude;
  if (v > BigInt(LONG_MAX)) return { value: LONG_MAX, end: r.end, errno: ERANGE };
  if (v < BigInt(LONG_MIN)) return { value: LONG_MIN, end: r.end, errno: ERANGE };
  return { value: Number(v), end: r.end, errno: 0 };
}

/** strtoul(s, &end, base) of a 32-bit program. */
export function strtoul(s: string, base: Base): StrtolResult {
  const r = scan(s, base);
  if (!r) return { value: 0, end: 0, errno: 0 };
  if (r.magnitude > BigInt(ULONG_MAX)) return { value: ULONG_MAX, end: r.end, errno: ERANGE };
  const v = Number(r.magnitude);
  return { value: r.negative ? -v >>> 0 : v, end: r.end, errno: 0 };
}
