// route.c's `su_t` (union sockunion) as raw bytes, the way the C program fills and copies it:
// the family in host order (illumos x86: little-endian), then the family's fields. Keeping the
// bytes rather than a typed address reproduces route.c exactly, e.g. `default` leaving a mask
// that an earlier -netmask set, the memcmp of masks in the persistent-route file, and the
// sizes (salen) that decide the message length.
import { AF_INET, AF_INET6, AF_LINK, AF_UNSPEC, formatIPv4, formatIPv6 } from '@ipmplab/core/syscalls';

/** sizeof (su_t): the largest member, sockaddr_dl (252 bytes on illumos). */
export const SU_SIZE = 252;
export const SIN_SIZE = 16;
export const SIN6_SIZE = 32;
export const SDL_SIZE = 252;
export const SA_SIZE = 16;
/** sdl_data starts here; it is 244 bytes long. */
export const SDL_DATA = 8;
export const PF_ROUTE = 24;

export type Su = Uint8Array;

export const newSu = (): Su => new Uint8Array(SU_SIZE);

export function family(su: Su): number {
  return su[0] | (su[1] << 8);
}

export function setFamily(su: Su, af: number): void {
  su[0] = af & 0xff;
  su[1] = (af >> 8) & 0xff;
}

/** route.c salen(). */
export function salen(su: Su): number {
  switch (family(su)) {
    case AF_INET:
      return SIN_SIZE;
    case AF_LINK:
      return SDL_SIZE;
    case AF_INET6:
      return SIN6_SIZE;
    default:
      return SA_SIZE;
  }
}

/** ROUNDUP_LONG for a 32-bit program: sizes are multiples of 4 already. */
export const roundupLong = (a: number) => (a > 0 ? 1 + ((a - 1) | 3) : 4);

/** sin_addr as a host-order number. */
export function sinAddr(su: Su): number {
  return ((su[4] << 24) | (su[5] << 16) | (su[6] << 8) | su[7]) >>> 0;
}

export function setSinAddr(su: Su, addr: number): void {
  su[4] = addr >>> 24;
  su[5] = (addr >>> 16) & 0xff;
  su[6] = (addr >>> 8) & 0xff;
  su[7] = addr & 0xff;
}

/** sin6_addr bytes (a view). */
export const sin6Addr = (su: Su) => su.subarray(8, 24);

/** inet_ntoa of sin_addr. */
export const ntoa = (su: Su) => formatIPv4(su.subarray(4, 8));

/** inet_ntop(AF_INET6) of sin6_addr. */
export const ntop6 = (su: Su) => formatIPv6(su.subarray(8, 24));

export const sdlIndex = (su: Su) => su[2] | (su[3] << 8);

export function setSdlIndex(su: Su, index: number): void {
  su[2] = index & 0xff;
  su[3] = (index >> 8) & 0xff;
}

export const sdlNlen = (su: Su) => su[5];
export const sdlAlen = (su: Su) => su[6];

/** route.c link_ntoa(): the name, ':' when there is an address, then the address bytes in hex. */
export function linkNtoaRaw(name: Uint8Array, addr: Uint8Array): string {
  let out = String.fromCharCode(...name);
  if (name.length && addr.length) out += ':';
  out += [...addr].map((b) => b.toString(16)).join('.');
  return out;
}

export function linkNtoa(su: Su): string {
  const nlen = sdlNlen(su);
  const alen = sdlAlen(su);
  const data = su.subarray(SDL_DATA, SDL_SIZE);
  return linkNtoaRaw(data.subarray(0, nlen), data.subarray(nlen, Math.min(nlen + alen, data.length)));
}

/** Same bytes in two unions (memcmp over sizeof (su_t)). */
export function suEqual(a: Su, b: Su): boolean {
  for (let i = 0; i < SU_SIZE; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The bytes route.c copies into a message for this union (ROUNDUP_LONG(salen)). */
export function wireBytes(su: Su): Uint8Array {
  return su.slice(0, roundupLong(salen(su)));
}

export const KNOWN_FAMILIES = [AF_UNSPEC, AF_INET, AF_INET6, AF_LINK];

/**
 * route.c link_addr(): `name:hh.hh.hh`-style text into a sockaddr_dl. The C code keeps reading
 * past the terminating NUL while it is in its first state; here the bytes beyond the string
 * read as NUL, which ends the scan on the next step.
 */
export function linkAddr(text: string, su: Su): void {
  su.fill(0, 0, SDL_SIZE);
  setFamily(su, AF_LINK);
  const VIRGIN = 0, GOTONE = 1, GOTTWO = 2, RESET = 3;
  const DIGIT = 0, END = 4, DELIM = 8, LETTER = 12;
  let cp = SDL_DATA;
  const cplim = SDL_SIZE;
  let byte = 0;
  let state = VIRGIN;
  let nw = 0;
  let i = 0;
  const at = (k: number) => (k < text.length ? text.charCodeAt(k) & 0xff : 0);
  do {
    state &= ~LETTER;
    const ch = at(i);
    const c = String.fromCharCode(ch);
    if (c >= '0' && c <= '9') nw = ch - 48;
    else if (c >= 'a' && c <= 'f') nw = ch - 97 + 10;
    else if (c >= 'A' && c <= 'F') nw = ch - 65 + 10;
    else if (ch === 0) state |= END;
    else if (state === VIRGIN && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) state |= LETTER;
    else state |= DELIM;
    i++;
    switch (state) {
      case VIRGIN | DIGIT:
      case VIRGIN | LETTER:
        su[cp++] = at(i - 1);
        continue;
      case VIRGIN | DELIM:
        state = RESET;
        su[5] = cp - SDL_DATA;
        continue;
      case GOTTWO | DIGIT:
        su[cp++] = byte;
        state = GOTONE;
        byte = nw;
        continue;
      case RESET | DIGIT:
        state = GOTONE;
        byte = nw;
        continue;
      case GOTONE | DIGIT:
        state = GOTTWO;
        byte = (nw + (byte << 4)) & 0xff;
        continue;
      default:
        state = RESET;
        su[cp++] = byte;
        byte = 0;
        continue;
      case GOTONE | END:
      case GOTTWO | END:
        su[cp++] = byte;
        break;
      case RESET | END:
        break;
    }
    break;
  } while (cp < cplim);
  su[6] = (cp - (SDL_DATA + su[5])) & 0xff;
}

/** route.c sockaddr(): hex bytes for `-sa`, written from the second byte of a struct sockaddr. */
export function rawSockaddr(text: string, su: Su): void {
  const size = salen(su);
  su.fill(0, 0, size);
  const VIRGIN = 0, GOTONE = 1, GOTTWO = 2;
  const DIGIT = 0, END = 4, DELIM = 8;
  let cp = 1;
  const cplim = size;
  let byte = 0;
  let state = VIRGIN;
  let nw = 0;
  let i = 0;
  const at = (k: number) => (k < text.length ? text.charCodeAt(k) & 0xff : 0);
  do {
    const ch = at(i);
    const c = String.fromCharCode(ch);
    if (c >= '0' && c <= '9') nw = ch - 48;
    else if (c >= 'a' && c <= 'f') nw = ch - 97 + 10;
    else if (c >= 'A' && c <= 'F') nw = ch - 65 + 10;
    else if (ch === 0) state |= END;
    else state |= DELIM;
    i++;
    switch (state) {
      case GOTTWO | DIGIT:
        su[cp++] = byte;
        state = GOTONE;
        byte = nw;
        continue;
      case VIRGIN | DIGIT:
        state = GOTONE;
        byte = nw;
        continue;
      case GOTONE | DIGIT:
        state = GOTTWO;
        byte = (nw + (byte << 4)) & 0xff;
        continue;
      default:
        state = VIRGIN;
        su[cp++] = byte;
        byte = 0;
        continue;
      case GOTONE | END:
      case GOTTWO | END:
        su[cp++] = byte;
        break;
      case VIRGIN | END:
        break;
    }
    break;
  } while (cp < cplim);
}
