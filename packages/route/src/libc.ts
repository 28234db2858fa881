// The bits of libc / libsocket route.c leans on, with their exact quirks: strtoul of a 32-bit
// program (route is built 32-bit, so `long` is 32 bits), inet_aton/inet_addr (classful
// shorthands, octal and hex parts), inet_lnaof, the classful IN_CLASS* macros, and the
// prefix-length-to-mask loop of route.c. Pure functions, no I/O.

export const ULONG_MAX = 0xffffffff;
export const INADDR_NONE = 0xffffffff;

const isSpace = (c: string | undefined) => c !== undefined && ' \t\n\v\f\r'.includes(c) && c !== '';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9' && c.length === 1;
const isXDigit = (c: string | undefined) => c !== undefined && c.length === 1 && /[0-9a-fA-F]/.test(c);

export interface StrtoulResult {
  /** The value as the C function returns it (uint32 for strtoul, int32 for strtol). */
  value: number;
  /** Index in the string of the first character not converted (0 when nothing was). */
  end: number;
  /** ERANGE on overflow, else 0 (illumos sets nothing when no number was formed). */
  errno: number;
}

/** Leading white space, an optional sign, then base-10 digits (strtoul's scan). */
function scan10(s: string): { neg: boolean; digits: string; start: number; end: number } | undefined {
  let i = 0;
  while (isSpace(s[i])) i++;
  let neg = false;
  if (s[i] === '+' || s[i] === '-') {
    neg = s[i] === '-';
    i++;
  }
  const start = i;
  while (isDigit(s[i])) i++;
  if (i === start) return undefined;
  return { neg, digits: s.slice(start, i), start, end: i };
}

/** strtoul(s, &end, 10) of a 32-bit program. */
export function strtoul(s: string): StrtoulResult {
  const r = scan10(s);
  if (!r) return { value: 0, end: 0, errno: 0 };
  const magnitude = BigInt(r.digits);
  if (magnitude > BigInt(ULONG_MAX)) return { value: ULONG_MAX, end: r.end, errno: 34 };
  const v = Number(magnitude);
  return { value: r.neg ? (-v >>> 0) : v, end: r.end, errno: 0 };
}

/**
 * inet_aton(3SOCKET) as libsocket has it (the BIND 4.9 parser): one to four parts separated by
 * dots, each decimal, octal (leading 0) or hex (0x); `a.b` is 8.24 bits, `a.b.c` 8.8.16; trailing
 * white space is allowed. Returns the address as an unsigned 32-bit host-order number, or
 * undefined when the text is not an address.
 */
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

/** inet_addr(3SOCKET): the address, or INADDR_NONE (which 255.255.255.255 also gives). */
export function inetAddr(cp: string): number {
  return inetAton(cp) ?? INADDR_NONE;
}

export const IN_CLASSA = (i: number) => ((i >>> 0) & 0x80000000) === 0;
export const IN_CLASSB = (i: number) => ((i >>> 0) & 0xc0000000) >>> 0 === 0x80000000;
export const IN_CLASSC = (i: number) => ((i >>> 0) & 0xe0000000) >>> 0 === 0xc0000000;
export const IN_CLASSE = (i: number) => ((i >>> 0) & 0xf0000000) >>> 0 === 0xf0000000;
export const IN_CLASSA_NET = 0xff000000;
export const IN_CLASSA_HOST = 0x00ffffff;
export const IN_CLASSA_NSHIFT = 24;
export const IN_CLASSB_NET = 0xffff0000;
export const IN_CLASSB_HOST = 0x0000ffff;
export const IN_CLASSB_NSHIFT = 16;
export const IN_CLASSC_NET = 0xffffff00;
export const IN_CLASSC_HOST = 0x000000ff;
export const IN_CLASSC_NSHIFT = 8;
export const IN_CLASSE_NET = 0xffffffff;
export const IP_HOST_MASK = 0xffffffff;

/** inet_lnaof(3SOCKET): the classful host part (host order in, host order out). */
export function inetLnaof(i: number): number {
  i >>>= 0;
  if (IN_CLASSA(i)) return i & IN_CLASSA_HOST;
  if (IN_CLASSB(i)) return i & IN_CLASSB_HOST;
  return i & IN_CLASSC_HOST;
}

/** inet_ntoa(3SOCKET) of a host-order address. */
export function inetNtoa(i: number): string {
  i >>>= 0;
  return `${i >>> 24}.${(i >>> 16) & 0xff}.${(i >>> 8) & 0xff}.${i & 0xff}`;
}

/** route.c in_prefixlentomask(): false for a length outside 0..maxlen. `mask` is zeroed by the caller. */
export function inPrefixlenToMask(prefixlen: number, maxlen: number, mask: Uint8Array, offset = 0): boolean {
  if (prefixlen < 0 || prefixlen > maxlen) return false;
  let p = offset;
  while (prefixlen > 0) {
    if (prefixlen >= 8) {
      mask[p++] = 0xff;
      prefixlen -= 8;
      continue;
    }
    mask[p] |= 1 << (8 - prefixlen);
    prefixlen--;
  }
  return true;
}

/** `printf("%d", v)` of a 32-bit value. */
export const pct_d = (v: number) => String(v | 0);

/** `printf("%8d")` of a 32-bit value. */
export const pct_8d = (v: number) => pct_d(v).padStart(8);

/** `printf("%-20.20s")`. */
export const pct_m20_20s = (s: string) => s.slice(0, 20).padEnd(20);
