// route.c's `su_t` (union sockunion) as raw bytes, the way the C program fills and copies it:
// the family in host order (illumos x86: little-endian), then the family's fields. Keeping the
// bytes rather than a typed address reproduces route.c exactly, e.g. `default` leaving a mask
// that an earlier -netmask set, the memcmp of masks in the persistent-route file, and the
// sizes (salen) that decide the message length. The field layout and accessors are wire's
// sockaddr byte view; this file adds what route.c itself does with a union.
import { SOCKADDR_DL_SIZE, SOCKADDR_OFFSET, formatIPv4, formatIPv6, roundupLong, saLen, sdlAlen, sdlData, sdlNlen, setSaFamily, sin6Addr, sinAddrBytes, AF_LINK } from '@ipmplab/core/syscalls';

// The union's members under the names route.c gives them.
export {
  saFamily as family, setSaFamily as setFamily, saLen as salen, sinAddr, setSinAddr, sin6Addr, setSdlIndex, PF_ROUTE,
  SOCKADDR_IN_SIZE as SIN_SIZE, SOCKADDR_IN6_SIZE as SIN6_SIZE,
} from '@ipmplab/core/syscalls';

/** sizeof (su_t): the largest member, sockaddr_dl (252 bytes on illumos). */
export const SU_SIZE = SOCKADDR_DL_SIZE;
/** sdl_data starts here; it is 244 bytes long. */
export const SDL_DATA = SOCKADDR_OFFSET.sdlData;

export type Su = Uint8Array;

export const newSu = (): Su => new Uint8Array(SU_SIZE);

/** inet_ntoa of sin_addr. */
export const ntoa = (su: Su) => formatIPv4(sinAddrBytes(su));

/** inet_ntop(AF_INET6) of sin6_addr. */
export const ntop6 = (su: Su) => formatIPv6(sin6Addr(su));

/** link_ntoa(): the name, ':' when there is an address, then the address bytes in hex. */
export function linkNtoaText(name: string, addr: Uint8Array): string {
  let out = name;
  if (name.length && addr.length) out += ':';
  out += [...addr].map((b) => b.toString(16)).join('.');
  return out;
}

export function linkNtoa(su: Su): string {
  const nlen = sdlNlen(su);
  const alen = sdlAlen(su);
  const data = sdlData(su);
  return linkNtoaText(String.fromCharCode(...data.subarray(0, nlen)), data.subarray(nlen, Math.min(nlen + alen, data.length)));
}

/** Same bytes in two unions (memcmp over sizeof (su_t)). */
export function suEqual(a: Su, b: Su): boolean {
  for (let i = 0; i < SU_SIZE; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The bytes route.c copies into a message for this union (ROUNDUP_LONG(salen)). */
export function wireBytes(su: Su): Uint8Array {
  return su.slice(0, roundupLong(saLen(su)));
}

/**
 * route.c link_addr(): `name:hh.hh.hh`-style text into a sockaddr_dl. The C code keeps reading
 * past the terminating NUL while it is in its first state; here the bytes beyond the string
 * read as NUL, which ends the scan on the next step.
 */
export function linkAddr(text: string, su: Su): void {
  su.fill(0, 0, SOCKADDR_DL_SIZE);
  setSaFamily(su, AF_LINK);
  const VIRGIN = 0, GOTONE = 1, GOTTWO = 2, RESET = 3;
  const DIGIT = 0, END = 4, DELIM = 8, LETTER = 12;
  let cp = SDL_DATA;
  const cplim = SOCKADDR_DL_SIZE;
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
        su[SOCKADDR_OFFSET.sdlNlen] = cp - SDL_DATA;
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
  su[SOCKADDR_OFFSET.sdlAlen] = (cp - (SDL_DATA + sdlNlen(su))) & 0xff;
}

/** route.c sockaddr(): hex bytes for `-sa`, written from the second byte of a struct sockaddr. */
export function rawSockaddr(text: string, su: Su): void {
  const size = saLen(su);
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
