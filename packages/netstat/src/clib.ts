// The C library as netstat.c uses it: strtol(3C) for the -f values (netstat never looks at
// errno, so only the value and the end are kept), atoi(3C) for the interval and count, and
// netstat's own isnum(). The conversions themselves are @ipmplab/userland's libc.
import { strtol as libcStrtol } from '@ipmplab/userland';

export interface StrtolResult {
  value: number;
  /** Index of the first character not used; 0 when no conversion was performed (endptr == str). */
  end: number;
}

/** strtol(s, &end, base) for the two bases netstat uses: 0 (prefix decides) and 10. */
export function strtol(s: string, base: 0 | 10 = 0): StrtolResult {
  const { value, end } = libcStrtol(s, base);
  return { value, end };
}

/**
 * The interval and count: netstat.c calls atoi(3C), which in illumos libc wraps beyond the int
 * range (userland's atoi), but this netstat has always read them as (int)strtol(s, NULL, 10),
 * clamping "3000000000" to 2147483647, and its tests pin that; kept until it is changed on
 * purpose.
 */
export function atoi(s: string): number {
  return libcStrtol(s, 10).value;
}

/** netstat.c isnum(): every character a digit (so the empty string is a number). */
export function isnum(s: string): boolean {
  for (const c of s) if (c < '0' || c > '9') return false;
  return true;
}
