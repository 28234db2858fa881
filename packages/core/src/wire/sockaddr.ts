/**
 * Socket addresses as the kernel and the tools reason about them (the Repr), and their
 * conversion to and from the bytes a routing message carries (the view: sockaddr-bytes.ts,
 * where the layouts are described).
 *
 * AF_UNSPEC is read by the kernel as a sockaddr_in (ip_rts.c rts_copyfromsockaddr), so its
 * address bytes count.
 */

import { ERRNO, KernelError } from './errno.js';
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from './inaddr.js';
import { AF_INET, AF_INET6, AF_LINK, AF_UNSPEC } from './routing.js';
import {
  SDL_DATA_SIZE, SOCKADDR_OFFSET, sdlAlen, sdlData, sdlIndex, sdlNlen, sdlSlen, sdlType, saFamily, setSaFamily,
  setSdlIndex, setSin6ScopeId, sin6Addr, sin6ScopeId, sinAddrBytes, sockaddrSizeOfFamily,
} from './sockaddr-bytes.js';
import { slabBytes } from './slab.js';

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
  return sockaddrSizeOfFamily(sockaddrFamily(sa))!;
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
  const bytes = slabBytes(sockaddrSize(sa));
  setSaFamily(bytes, sockaddrFamily(sa));
  switch (sa.family) {
    case 'inet':
      sinAddrBytes(bytes).set(ipv4Bytes(sa.addr));
      break;
    case 'unspec':
      if (sa.addr !== undefined) sinAddrBytes(bytes).set(ipv4Bytes(sa.addr));
      break;
    case 'inet6':
      sin6Addr(bytes).set(ipv6Bytes(sa.addr));
      setSin6ScopeId(bytes, sa.scopeId ?? 0);
      break;
    case 'link': {
      const name = nameBytes(sa.name);
      if (name.length + sa.hwaddr.length > SDL_DATA_SIZE) {
        throw new RangeError(`sockaddr_dl data too long: ${name.length} + ${sa.hwaddr.length} bytes`);
      }
      setSdlIndex(bytes, sa.index);
      bytes[SOCKADDR_OFFSET.sdlType] = sa.type;
      bytes[SOCKADDR_OFFSET.sdlNlen] = name.length;
      bytes[SOCKADDR_OFFSET.sdlAlen] = sa.hwaddr.length;
      bytes[SOCKADDR_OFFSET.sdlSlen] = 0; // the kernel never sets a selector
      sdlData(bytes).set(name);
      sdlData(bytes).set(sa.hwaddr, name.length);
      break;
    }
  }
  return bytes;
}

/**
 * Decodes the sockaddr at `offset`. Throws KernelError(EINVAL) when the family
 * is not one the routing socket understands (the kernel fails to parse such a
 * message), when the sockaddr runs past the end of `bytes`, or when a
 * sockaddr_dl's lengths overflow sdl_data.
 */
export function decodeSockaddr(bytes: Uint8Array, offset = 0): { sockaddr: Sockaddr; size: number } {
  if (offset + 2 > bytes.length) throw new KernelError(ERRNO.EINVAL, 'sockaddr truncated');
  const family = saFamily(bytes.subarray(offset));
  const size = sockaddrSizeOfFamily(family);
  if (size === undefined) throw new KernelError(ERRNO.EINVAL, `unknown address family ${family}`);
  if (offset + size > bytes.length) throw new KernelError(ERRNO.EINVAL, 'sockaddr truncated');

  const sa = bytes.subarray(offset, offset + size);
  switch (family) {
    case AF_INET:
      return { sockaddr: sockaddrIn(formatIPv4(sinAddrBytes(sa))), size };
    case AF_INET6:
      return { sockaddr: sockaddrIn6(formatIPv6(sin6Addr(sa)), sin6ScopeId(sa)), size };
    case AF_LINK: {
      const nlen = sdlNlen(sa);
      const alen = sdlAlen(sa);
      if (nlen + alen + sdlSlen(sa) > SDL_DATA_SIZE) throw new KernelError(ERRNO.EINVAL, 'sockaddr_dl lengths overflow');
      const data = sdlData(sa);
      const sockaddr = sockaddrDl({
        index: sdlIndex(sa),
        type: sdlType(sa),
        name: String.fromCharCode(...data.subarray(0, nlen)),
        hwaddr: data.slice(nlen, nlen + alen),
      });
      return { sockaddr, size };
    }
    default: {
      const addr = sinAddrBytes(sa);
      const sockaddr: SockaddrUnspec = addr.some((b) => b !== 0)
        ? { family: 'unspec', addr: formatIPv4(addr) }
        : SOCKADDR_UNSPEC;
      return { sockaddr, size };
    }
  }
}
