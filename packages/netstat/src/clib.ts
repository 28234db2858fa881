// The few C library behaviours netstat's option handling depends on, reproduced exactly:
// strtol(3C) with base 0, atoi(3C), and netstat's own isnum().
//
// netstat is a 32-bit program on illumos (long = int = 32 bits): strtol clamps to
// LONG_MIN..LONG_MAX, which is also the range of the int the result is stored in.

const LONG_MAX = 2n ** 31n - 1n;
const LONG_MIN = -(2n ** 31n);

export interface StrtolResult {
  value: number;
  /** Index of the first character not used; 0 when no conversion was performed (endptr == str). */
  end: number;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
}

function digitValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return 99;
}

/** strtol(s, &end, base) for the two bases netstat uses: 0 (prefix decides) and 10. */
export function strtol(s: string, base: 0 | 10 = 0): StrtolResult {
  let i = 0;
  while (i < s.length && isSpace(s[i])) i++;
  let negative = false;
  if (s[i] === '+' || s[i] === '-') {
    negative = s[i] === '-';
    i++;
  }
  let radix = 10;
  if (base === 0 && s[i] === '0') {
    if ((s[i + 1] === 'x' || s[i + 1] === 'X') && i + 2 < s.length && digitValue(s[i + 2]) < 16) {
      radix = 16;
      i += 2;
    } else {
      radix = 8;
    }
  }
  const start = i;
  let acc = 0n;
  while (i < s.length && digitValue(s[i]) < radix) {
    acc = acc * BigInt(radix) + BigInt(digitValue(s[i]));
    if (acc > LONG_MAX + 1n) acc = LONG_MAX + 1n; // saturate; the exact excess does not matter
    i++;
  }
  if (i === start) return { value: 0, end: 0 };
  let v = negative ? -acc : acc;
  if (v > LONG_MAX) v = LONG_MAX;
  if (v < LONG_MIN) v = LONG_MIN;
  return { value: Number(v), end: i };
}

/** atoi(3C) = (int)strtol(s, NULL, 10). */
export function atoi(s: string): number {
  return strtol(s, 10).value;
}

/** netstat.c isnum(): every character a digit (so the empty string is a number). */
export function isnum(s: string): boolean {
  for (const c of s) if (c < '0' || c > '9') return false;
  return true;
}
