/**
 * Byte layouts of the socket addresses that follow a routing-socket header, as
 * laid out on illumos x86 (little-endian host fields, network-order addresses).
 *
 *   sockaddr_in  (16): family u16, port u16 (BE), addr[4], zero[8]      [netinet/in.h]
 *   sockaddr_in6 (32): family u16, port u16 (BE), flowinfo u32 (BE),
 *                      addr[16], scope_id u32, __sin6_src_id u32        [netinet/in.h]
 *   sockaddr_dl (252): family u16, index u16, type u8, nlen u8, alen u8,
 *                      slen u8, data[244] = name then link address      [net/if_dl.h]
 *   AF_UNSPEC    (16): read by the kernel as a sockaddr_in (ip_rts.c
 *                      rts_copyfromsockaddr), so its address bytes count.
 *
 * The kernel packs them back to back with no padding (ip_rts.c rts_data_msg_size).
 */

import { ERRNO, KernelError } from './errno.js';
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from './inaddr.js';
import { AF_INET, AF_INET6, AF_LINK, AF_UNSPEC } from './routing.js';

export const SOCKADDR_IN_SIZE = 16;
export const SOCKADDR_IN6_SIZE = 32;
export const SOCKADDR_DL_SIZE = 252;
export const SOCKADDR_UNSPEC_SIZE = 16;
/** Room in sdl_data for the interface name plus the link-layer address. */
export const SDL_DATA_SIZE = 244;

export interface SockaddrIn {
  readonly family: 'inet';
  /** Dotted quad. */
  readonly addr: string;
}

export interface SockaddrIn6 {
  readonly family: 'inet6';
  /** RFC 5952 text. */
  readonly addr: string;
  /** sin6_scope_id; absent when 0. */
  readonly scopeId?: number;
}

export interface SockaddrDl {
  readonly family: 'link';
  /** sdl_index: for an interface under IPMP the kernel puts the IPMP interface's index here. */
  readonly index: number;
  /** sdl_type, an IFT_* value. */
  readonly type: number;
  /** Interface name (sdl_nlen bytes of sdl_data); '' in an empty sockaddr_dl. */
  readonly name: string;
  /** Link-layer address (sdl_alen bytes after the name); empty for loopback. */
  readonly hwaddr: Uint8Array;
}

export interface SockaddrUnspec {
  readonly family: 'unspec';
  /**
   * The sin_addr bytes, which the kernel reads as an IPv4 address for programs
   * that leave the family cleared; absent when they are all zero.
   */
  readonly addr?: string;
}

export type Sockaddr = SockaddrIn | SockaddrIn6 | SockaddrDl | SockaddrUnspec;

export function sockaddrIn(addr: string): SockaddrIn {
  return { family: 'inet', addr };
}

export function sockaddrIn6(addr: string, scopeId?: number): SockaddrIn6 {
  return scopeId ? { family: 'inet6', addr, scopeId } : { family: 'inet6', addr };
}

export function sockaddrDl(fields: Omit<SockaddrDl, 'family' | 'hwaddr'> & { hwaddr?: Uint8Array }): SockaddrDl {
  return { family: 'link', ...fields, hwaddr: fields.hwaddr ?? new Uint8Array(0) };
}

export const SOCKADDR_UNSPEC: SockaddrUnspec = Object.freeze({ family: 'unspec' });

/** Bytes the sockaddr occupies in a routing message: 16, 32, 252 or 16. */
export function sockaddrSize(sa: Sockaddr): number {
  switch (sa.family) {
    case 'inet':
      return SOCKADDR_IN_SIZE;
    case 'inet6':
      return SOCKADDR_IN6_SIZE;
    case 'link':
      return SOCKADDR_DL_SIZE;
    case 'unspec':
      return SOCKADDR_UNSPEC_SIZE;
  }
}

/** The AF_* number written in the family field. */
export function sockaddrFamily(sa: Sockaddr): number {
  switch (sa.family) {
    case 'inet':
      return AF_INET;
    case 'inet6':
      return AF_INET6;
    case 'link':
      return AF_LINK;
    case 'unspec':
      return AF_UNSPEC;
  }
}

function ipv4Bytes(text: string): Uint8Array {
  const bytes = parseIPv4(text);
  if (bytes === null) throw new RangeError(`not an IPv4 address: ${JSON.stringify(text)}`);
  return bytes;
}

function ipv6Bytes(text: string): Uint8Array {
  const bytes = parseIPv6(text);
  if (bytes === null) throw new RangeError(`not an IPv6 address: ${JSON.stringify(text)}`);
  return bytes;
}

function nameBytes(name: string): Uint8Array {
  const bytes = Uint8Array.from(name, (ch) => ch.charCodeAt(0));
  if (bytes.some((b, i) => b !== name.charCodeAt(i))) {
    throw new RangeError(`interface name is not 8-bit text: ${JSON.stringify(name)}`);
  }
  return bytes;
}

/**
 * Encodes a sockaddr to its wire bytes. Throws RangeError for an unparsable
 * address or a name + link address that do not fit in sdl_data (caller bugs,
 * not kernel errors).
 */
export function encodeSockaddr(sa: Sockaddr): Uint8Array {
  const bytes = new Uint8Array(sockaddrSize(sa));
  const view = new DataView(bytes.buffer);
  view.setUint16(0, sockaddrFamily(sa), true);
  switch (sa.family) {
    case 'inet':
      bytes.set(ipv4Bytes(sa.addr), 4);
      break;
    case 'unspec':
      if (sa.addr !== undefined) bytes.set(ipv4Bytes(sa.addr), 4);
      break;
    case 'inet6':
      bytes.set(ipv6Bytes(sa.addr), 8);
      view.setUint32(24, sa.scopeId ?? 0, true);
      break;
    case 'link': {
      const name = nameBytes(sa.name);
      if (name.length + sa.hwaddr.length > SDL_DATA_SIZE) {
        throw new RangeError(`sockaddr_dl data too long: ${name.length} + ${sa.hwaddr.length} bytes`);
      }
      view.setUint16(2, sa.index, true);
      bytes[4] = sa.type;
      bytes[5] = name.length;
      bytes[6] = sa.hwaddr.length;
      bytes[7] = 0; // sdl_slen: the kernel never sets a selector
      bytes.set(name, 8);
      bytes.set(sa.hwaddr, 8 + name.length);
      break;
    }
  }
  return bytes;
}

function wireSizeOfFamily(family: number): number | undefined {
  switch (family) {
    case AF_INET:
      return SOCKADDR_IN_SIZE;
    case AF_INET6:
      return SOCKADDR_IN6_SIZE;
    case AF_LINK:
      return SOCKADDR_DL_SIZE;
    case AF_UNSPEC:
      return SOCKADDR_UNSPEC_SIZE;
    default:
      return undefined;
  }
}

/**
 * Decodes the sockaddr at `offset`. Throws KernelError(EINVAL) when the family
 * is not one the routing socket understands (the kernel fails to parse such a
 * message), when the sockaddr runs past the end of `bytes`, or when a
 * sockaddr_dl's lengths overflow sdl_data.
 */
export function decodeSockaddr(bytes: Uint8Array, offset = 0): { sockaddr: Sockaddr; size: number } {
  if (offset + 2 > bytes.length) throw new KernelError(ERRNO.EINVAL, 'sockaddr truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const family = view.getUint16(offset, true);
  const size = wireSizeOfFamily(family);
  if (size === undefined) throw new KernelError(ERRNO.EINVAL, `unknown address family ${family}`);
  if (offset + size > bytes.length) throw new KernelError(ERRNO.EINVAL, 'sockaddr truncated');

  const at = (start: number, length: number) => bytes.subarray(offset + start, offset + start + length);
  switch (family) {
    case AF_INET:
      return { sockaddr: sockaddrIn(formatIPv4(at(4, 4))), size };
    case AF_INET6:
      return { sockaddr: sockaddrIn6(formatIPv6(at(8, 16)), view.getUint32(offset + 24, true)), size };
    case AF_LINK: {
      const nlen = bytes[offset + 5];
      const alen = bytes[offset + 6];
      const slen = bytes[offset + 7];
      if (nlen + alen + slen > SDL_DATA_SIZE) throw new KernelError(ERRNO.EINVAL, 'sockaddr_dl lengths overflow');
      const sockaddr = sockaddrDl({
        index: view.getUint16(offset + 2, true),
        type: bytes[offset + 4],
        name: String.fromCharCode(...at(8, nlen)),
        hwaddr: at(8 + nlen, alen).slice(),
      });
      return { sockaddr, size };
    }
    default: {
      const addr = at(4, 4);
      const sockaddr: SockaddrUnspec = addr.some((b) => b !== 0)
        ? { family: 'unspec', addr: formatIPv4(addr) }
        : SOCKADDR_UNSPEC;
      return { sockaddr, size };
    }
  }
}
