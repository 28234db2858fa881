// inet_aton(3SOCKET) and inet_addr(3SOCKET) as illumos has them (the BIND 4.9 parser of
// libnsl's inet_addr.c): one to four parts separated by dots, each decimal, octal (leading 0,
// where an 8 or 9 is an error) or hex (0x); `a.b` is 8.24 bits, `a.b.c` 8.8.16, `a` all 32. A
// part is accumulated in 32 bits, so a single part beyond 2^32 wraps ("4294967296" is 0.0.0.0).
// Trailing white space ends the address; anything else after it is an error. Addresses are
// unsigned 32-bit host-order numbers.
import { isDigit, isSpace, isXDigit } from './ctype';

/** inet_addr's failure value, which the valid 255.255.255.255 also gives. */
export const INADDR_NONE = 0xffffffff;

/** inet_aton(3SOCKET): the address, or undefined when the text is not one. */
export function inetAton(cp: string): number | undefined {
  const parts: number[] = [];
  let i = 0;
  let c = cp[i];
  let val = 0;
  for (;;) {
    if (!isDigit(c)) return undefined;
    val = 0;
    let base = 10;
    let digit = false;
    if (c === '0') {
      c = cp[++i];
      if (c === 'x' || c === 'X') {
        base = 16;
        c = cp[++i];
      } else {
        base = 8;
        digit = true;
      }
    }
    for (;;) {
      if (isDigit(c)) {
        if (base === 8 && (c === '8' || c === '9')) return undefined;
        val = (Math.imul(val, base) + (c!.charCodeAt(0) - 48)) >>> 0;
        c = cp[++i];
        digit = true;
      } else if (base === 16 && isXDigit(c)) {
        val = ((val << 4) | parseInt(c!, 16)) >>> 0;
        c = cp[++i];
        digit = true;
      } else break;
    }
    if (!digit) return undefined;
    if (c === '.') {
      if (parts.length >= 3 || val > 0xff) return undefined;
      parts.push(val);
      c = cp[++i];
    } else break;
  }
  if (c !== undefined && !isSpace(c)) return undefined;
  switch (parts.length + 1) {
    case 1:
      return val;
    case 2:
      if (val > 0xffffff) return undefined;
      return ((parts[0] << 24) | val) >>> 0;
    case 3:
      if (val > 0xffff) return undefined;
      return ((parts[0] << 24) | (parts[1] << 16) | val) >>> 0;
    default:
      if (val > 0xff) return undefined;
      return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | val) >>> 0;
  }
}

/** inet_addr(3SOCKET): the address, or INADDR_NONE. */
export function inetAddr(cp: string): number {
  return inetAton(cp) ?? INADDR_NONE;
}
