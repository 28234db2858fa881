// Address arithmetic for both families, on top of ipaddr.js; the common texts (a dotted quad, IPv6
// in hexadecimal groups) are read without it first, each checked against it in the tests.
import type { Family } from './family';
import { formatIPv4, formatIPv6, parseIPv6, scanQuad } from '../wire/inaddr';

type Ipaddr = typeof import('ipaddr.js');
let ipaddrModule: Ipaddr | undefined;
/**
 * ipaddr.js, required on first use: most commands meet only the texts read above without it,
 * and evaluating it at every start (its classes and tables) cost about 0.4 ms of a tool's start.
 * (A require in an ES module: esbuild bundles it as a call made when reached.)
 */
const ipaddr = (): Ipaddr => (ipaddrModule ??= require('ipaddr.js') as Ipaddr);

export const UNSPEC: Record<Family, string> = { inet: '0.0.0.0', inet6: '::' };
const BYTES: Record<Family, number> = { inet: 4, inet6: 16 };

/** Family of a literal address, or undefined when it is not one. */
export function familyOf(text: string): Family | undefined {
  // The common text first (a canonical quad is a valid four-part decimal).
  if (isCanonicalQuad(text)) return 'inet';
  if (ipaddr().IPv4.isValidFourPartDecimal(text)) return 'inet';
  if (ipaddr().IPv6.isValid(text) && text.includes(':')) return 'inet6';
  return undefined;
}

/** A dotted quad already in canonical form: four decimal parts of at most 255, no leading zeros. */
const isCanonicalQuad = (text: string): boolean => scanQuad(text) === 'canonical';

/** Whether text is an address of the family as the kernel writes it (a canonical quad, RFC 5952). */
export function isCanonicalAddress(family: Family, text: string): boolean {
  return family === 'inet' ? isCanonicalQuad(text) : text.includes(':') && canonical('inet6', text) === text;
}

/** Canonical text (dotted quad, RFC 5952 for IPv6) or undefined if not an address of the family. */
export function canonical(family: Family, text: string): string | undefined {
  // Every address a routing message carries is one (formatIPv4 wrote it): no parse needed.
  if (family === 'inet' && isCanonicalQuad(text)) return text;
  try {
    if (family === 'inet') {
      return ipaddr().IPv4.isValidFourPartDecimal(text) ? ipaddr().IPv4.parse(text).toString() : undefined;
    }
    if (!text.includes(':')) return undefined;
    // Text that is already RFC 5952 (what the kernel writes) is its own canonical form. Written
    // with a dotted quad, inet_ntop's form and ipaddr.js's differ: that goes to ipaddr.js.
    const bytes = text.includes('.') ? null : parseIPv6(text);
    if (bytes && formatIPv6(bytes) === text) return text;
    if (!ipaddr().IPv6.isValid(text)) return undefined;
    return ipaddr().IPv6.parse(text).toString();
  } catch {
    return undefined;
  }
}

export function toBytes(family: Family, text: string): number[] {
  if (family === 'inet') return dottedQuad(text) ?? ipaddr().IPv4.parse(text).toByteArray();
  // Hexadecimal groups are read by the wire's parser (the kernel's own text and the masks it
  // prints): ipaddr.js compiles its IPv6 expressions on first use, half a millisecond of a
  // command. A dotted quad inside is left to ipaddr.js, which reads "::a.b.c.d" as mapped.
  const bytes = text.includes('.') ? null : parseIPv6(text);
  return bytes ? Array.from(bytes) : ipaddr().IPv6.parse(text).toByteArray();
}

/**
 * The bytes of a dotted quad of four decimal parts, leading zeros read as decimal (the kernel's
 * canonical text, by far the common case, several times a route); undefined for anything else,
 * which the general parser reads.
 */
function dottedQuad(text: string): number[] | undefined {
  const out = [0, 0, 0, 0];
  return scanQuad(text, out) ? out : undefined;
}

/** The address with only its first `plen` bits kept, as bytes (for table keys). */
export function maskedBytes(bytes: number[], plen: number): number[] {
  return bytes.map((b, i) => {
    const bits = plen - i * 8;
    return bits >= 8 ? b : bits <= 0 ? 0 : b & (0xff << (8 - bits));
  });
}

/**
 * Canonical text of an address's bytes: a dotted quad directly (the kernel formats several a
 * route it adds), RFC 5952 through ipaddr.js for IPv6.
 */
export function fromBytes(bytes: number[]): string {
  if (bytes.length === 4) return formatIPv4(bytes);
  return ipaddr().fromByteArray(bytes).toString();
}

/** The masks of each prefix length, made once (every route added computes its mask). */
const MASKS: Record<Family, string[]> = { inet: [], inet6: [] };

export function maskFromPrefix(family: Family, plen: number): string {
  const known = MASKS[family][plen];
  if (known !== undefined) return known;
  const bytes = new Array<number>(BYTES[family]).fill(0);
  for (let i = 0; i < plen; i++) bytes[i >> 3] |= 0x80 >> (i & 7);
  const mask = fromBytes(bytes);
  if (Number.isInteger(plen) && plen >= 0 && plen <= BYTES[family] * 8) MASKS[family][plen] = mask;
  return mask;
}

/** Prefix length of a contiguous mask, or -1 for a non-contiguous one. */
export function prefixFromMask(family: Family, mask: string): number {
  const bytes = toBytes(family, mask);
  let plen = 0;
  let ended = false;
  for (const b of bytes) {
    for (let bit = 7; bit >= 0; bit--) {
      const set = (b >> bit) & 1;
      if (set && ended) return -1;
      if (set) plen++;
      else ended = true;
    }
  }
  return plen;
}

export function isContiguous(family: Family, mask: string): boolean {
  return prefixFromMask(family, mask) >= 0;
}

function combine(family: Family, a: string, b: string, op: (x: number, y: number) => number): string {
  const x = toBytes(family, a);
  const y = toBytes(family, b);
  return fromBytes(x.map((v, i) => op(v, y[i]) & 0xff));
}

export function networkOf(family: Family, addr: string, mask: string): string {
  return combine(family, addr, mask, (x, y) => x & y);
}

/** Directed broadcast: host bits all ones. */
export function broadcastOf(addr: string, mask: string): string {
  return combine('inet', addr, mask, (x, y) => (x & y) | (~y & 0xff));
}

/** ip_net_mask: the classful mask of an IPv4 address (A /8, B /16, C /24, D 240.0.0.0, E /32; 0.0.0.0 -> 0). */
export function classfulMask(addr: string): string {
  if (addr === '0.0.0.0') return '0.0.0.0';
  const first = toBytes('inet', addr)[0];
  if (first < 128) return '255.0.0.0';
  if (first < 192) return '255.255.0.0';
  if (first < 224) return '255.255.255.0';
  if (first < 240) return '240.0.0.0';
  return '255.255.255.255';
}

/** ifconfig's `netmask %x`: the mask as a host-order hex number without leading zeros. */
export function maskHex(mask: string): string {
  const b = toBytes('inet', mask);
  return (((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0).toString(16);
}

export function isUnspecified(family: Family, addr: string): boolean {
  return addr === UNSPEC[family];
}

export function isLinkLocal6(addr: string): boolean {
  const b = toBytes('inet6', addr);
  return b[0] === 0xfe && (b[1] & 0xc0) === 0x80;
}

export function inSubnet(family: Family, addr: string, net: string, mask: string): boolean {
  return networkOf(family, addr, mask) === networkOf(family, net, mask);
}

/** IPv6 link-local address from an Ethernet address (EUI-64, universal/local bit flipped). */
export function linkLocalFromMac(mac: string): string {
  const m = mac.split(':').map((x) => parseInt(x, 16));
  const bytes = [0xfe, 0x80, 0, 0, 0, 0, 0, 0, m[0] ^ 0x02, m[1], m[2], 0xff, 0xfe, m[3], m[4], m[5]];
  return fromBytes(bytes);
}

/** Numeric ordering key (for sorting addresses). */
export function compareAddr(family: Family, a: string, b: string): number {
  const x = toBytes(family, a);
  const y = toBytes(family, b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/**
 * inet_addr(3C)'s forms: 1 to 4 parts, each decimal, octal (leading 0) or hex (0x), the last
 * part filling the remaining bytes ("10" -> 0.0.0.10, "10.1" -> 10.0.0.1, "0xffffff00").
 */
export function inetAddr(text: string): string | undefined {
  // A canonical dotted quad reads as itself in every form inet_addr accepts (no leading zero, so no octal).
  if (isCanonicalQuad(text)) return text;
  if (!ipaddr().IPv4.isValid(text)) return undefined;
  try {
    return ipaddr().IPv4.parse(text).toString();
  } catch {
    return undefined;
  }
}

/** inet_pton(AF_INET6) in canonical text, or undefined. */
export function inet6Addr(text: string): string | undefined {
  return canonical('inet6', text);
}
