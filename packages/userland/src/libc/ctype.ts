// <ctype.h> in the C locale, for the libc functions here: isspace(3C) and the digit value
// strtol(3C) gives a character (0-9, then a-z / A-Z as 10-35).

/** isspace(3C) in the C locale: space, \t, \n, \v, \f, \r. */
export const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';

/** isdigit(3C). */
export const isDigit = (c: string | undefined): boolean => c !== undefined && c.length === 1 && c >= '0' && c <= '9';

/** isxdigit(3C). */
export const isXDigit = (c: string | undefined): boolean => c !== undefined && c.length === 1 && /[0-9a-fA-F]/.test(c);

/** The value of a digit in bases up to 36, or 99 for a character that is none. */
export function digitValue(c: string | undefined): number {
  if (c === undefined) return 99;
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return 99;
}
