// The C library as netstat.c uses it: strtol(3C) for the -f values (netstat never looks at
// errno, so only the value and the end are kept), atoi(3C) for the interval and count, and
// netstat's own isnum(). The conversions themselves are @ipmplab/userland's libc.
import { strtol as libcStrtol } from '@ipmplab/userland';

/** atoi(3C) for the interval and count: illumos libc's, which wraps beyond the int range. */
export { atoi } from '@ipmplab/userland';

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

/** netstat.c isnum(): every character a digit (so the empty string is a number). */
export function isnum(s: string): boolean {
  for (const c of s) if (c < '0' || c > '9') return false;
  return true;
}
