/**
 * A socket address as its bytes: the view that sits beside the typed Sockaddr (sockaddr.ts),
 * the way smoltcp keeps a packet view beside its Repr. A program that fills a struct field by
 * field (route.c's su_t) works on these bytes; decodeSockaddr turns them into a Sockaddr and
 * encodeSockaddr turns a Sockaddr into them.
 *
 *   sockaddr_in  (16): family u16, port u16 (BE), addr[4], zero[8]      [netinet/in.h]
 *   sockaddr_in6 (32): family u16, port u16 (BE), flowinfo u32 (BE),
 *                      addr[16], scope_id u32, __sin6_src_id u32        [netinet/in.h]
 *   sockaddr_dl (252): family u16, index u16, type u8, nlen u8, alen u8,
 *                      slen u8, data[244] = name then link address      [net/if_dl.h]
 *   sockaddr     (16): family u16, data[14]                             [sys/socket.h]
 *
 * Host-order fields are little-endian (illumos x86); addresses are in network order. A message
 * carries them back to back in RTA bit order, with no padding (ip_rts.c rts_data_msg_size).
 */

import { AF_INET, AF_INET6, AF_LINK, AF_UNSPEC, RTA, RTA_NAMES, type RtaName } from './routing.js';

export const SOCKADDR_IN_SIZE = 16;
export const SOCKADDR_IN6_SIZE = 32;
export const SOCKADDR_DL_SIZE = 252;
export const SOCKADDR_UNSPEC_SIZE = 16;
/** sizeof (struct sockaddr): what a program takes a family it does not know for. */
export const SOCKADDR_SIZE = 16;
/** Room in sdl_data for the interface name plus the link-layer address. */
export const SDL_DATA_SIZE = 244;

/** Byte offsets of the fields, by struct. */
export const SOCKADDR_OFFSET = {
  family: 0,
  sinPort: 2,
  sinAddr: 4,
  sin6Port: 2,
  sin6Flowinfo: 4,
  sin6Addr: 8,
  sin6ScopeId: 24,
  sdlIndex: 2,
  sdlType: 4,
  sdlNlen: 5,
  sdlAlen: 6,
  sdlSlen: 7,
  sdlData: 8,
} as const;

const O = SOCKADDR_OFFSET;

/** The struct size of a family the routing socket knows; undefined for any other. */
export function sockaddrSizeOfFamily(family: number): number | undefined {
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

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);

function setU16(b: Uint8Array, at: number, value: number): void {
  b[at] = value & 0xff;
  b[at + 1] = (value >> 8) & 0xff;
}

/** sa_family, in host order. */
export const saFamily = (b: Uint8Array): number => u16(b, O.family);

export function setSaFamily(b: Uint8Array, family: number): void {
  setU16(b, O.family, family);
}

/** The struct size its family gives (route.c salen()): a family it does not know is a plain sockaddr. */
export const saLen = (b: Uint8Array): number => sockaddrSizeOfFamily(saFamily(b)) ?? SOCKADDR_SIZE;

/** ROUNDUP_LONG for a 32-bit program (route.c): the struct sizes are multiples of 4 already. */
export const roundupLong = (a: number): number => (a > 0 ? 1 + ((a - 1) | 3) : 4);

/** sin_addr as a host-order number. */
export function sinAddr(b: Uint8Array): number {
  const at = O.sinAddr;
  return ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
}

export function setSinAddr(b: Uint8Array, addr: number): void {
  const at = O.sinAddr;
  b[at] = addr >>> 24;
  b[at + 1] = (addr >>> 16) & 0xff;
  b[at + 2] = (addr >>> 8) & 0xff;
  b[at + 3] = addr & 0xff;
}

/** sin_addr's bytes (a view). */
export const sinAddrBytes = (b: Uint8Array): Uint8Array => b.subarray(O.sinAddr, O.sinAddr + 4);

/** sin6_addr's bytes (a view). */
export const sin6Addr = (b: Uint8Array): Uint8Array => b.subarray(O.sin6Addr, O.sin6Addr + 16);

export const sin6ScopeId = (b: Uint8Array): number =>
  new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(O.sin6ScopeId, true);

export function setSin6ScopeId(b: Uint8Array, scopeId: number): void {
  new DataView(b.buffer, b.byteOffset, b.byteLength).setUint32(O.sin6ScopeId, scopeId >>> 0, true);
}

export const sdlIndex = (b: Uint8Array): number => u16(b, O.sdlIndex);

export function setSdlIndex(b: Uint8Array, index: number): void {
  setU16(b, O.sdlIndex, index);
}

export const sdlType = (b: Uint8Array): number => b[O.sdlType];
export const sdlNlen = (b: Uint8Array): number => b[O.sdlNlen];
export const sdlAlen = (b: Uint8Array): number => b[O.sdlAlen];
export const sdlSlen = (b: Uint8Array): number => b[O.sdlSlen];

/** sdl_data (a view): the name, then the link-layer address. */
export const sdlData = (b: Uint8Array): Uint8Array => b.subarray(O.sdlData, O.sdlData + SDL_DATA_SIZE);

/** The raw sockaddrs of a message, keyed by RTA name. */
export type SockaddrBytesSet = Partial<Record<RtaName, Uint8Array>>;

/** Bytes the sockaddrs take in a message. */
export function sockaddrsLength(sockaddrs: SockaddrBytesSet): number {
  return RTA_NAMES.reduce((length, name) => length + (sockaddrs[name]?.length ?? 0), 0);
}

/**
 * Copies the sockaddrs into `bytes` from `offset` on, back to back in RTA bit order, as a
 * program appends them after its header. Returns the addrs bitmask naming them.
 */
export function putSockaddrs(bytes: Uint8Array, offset: number, sockaddrs: SockaddrBytesSet): number {
  let addrs = 0;
  for (const name of RTA_NAMES) {
    const sa = sockaddrs[name];
    if (sa === undefined) continue;
    bytes.set(sa, offset);
    offset += sa.length;
    addrs |= RTA[name];
  }
  return addrs;
}
