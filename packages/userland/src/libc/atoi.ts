// atoi(3C) as illumos libc has it (port/gen/atoi.c): leading white space, one sign, decimal
// digits. The value is accumulated negatively in an int, so a number beyond the int range
// wraps modulo 2^32 instead of clamping as strtol(3C) would: "2147483648" reads -2147483648,
// "4294967296" reads 0. No error is ever reported.

import { isDigit, isSpace } from './ctype';

export function atoi(text: string): number {
  let i = 0;
  while (i < text.length && isSpace(text[i])) i++;
  let neg = false;
  if (text[i] === '-' || text[i] === '+') neg = text[i++] === '-';
  let n = 0;
  // n = n * 10 + ('0' - c), each step truncated to 32 bits as the int arithmetic is.
  for (; isDigit(text[i]); i++) n = (Math.imul(n, 10) - (text.charCodeAt(i) - 48)) | 0;
  return neg ? n : -n | 0;
}
