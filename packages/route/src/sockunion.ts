// route.c's `su_t` (union sockunion) as raw bytes, the way the C program fills and copies it:
// the family in host order (illumos x86: little-endian), then the family's fields. Keeping the
// bytes rather than a typed address reproduces route.c exactly, e.g. `default` leaving a mask
// that an earlier -netmask set, the memcmp of masks in the persistent-route file, and the
// sizes (salen) that decide the message length. The field layout and accessors are wire's
// sockaddr byte view; this file adds what route.c itself does with a union.
import { SOCKADDR_DL_SIZE, SOCKADDR_OFFSET, formatIPv4, slabBytes, formatIPv6, roundupLong, saLen, sdlAlen, sdlData, sdlNlen, setSaFamily, sin6Addr, sinAddrBytes, AF_LINK } from '@ipmplab/core/syscalls';

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

/**
 * A zeroed su_t, carved from a slab (wire's slabBytes): an ArrayBuffer of its own per union
 * costs about a microsecond, and every command line fills six of them.
 */
export const newSu = (): Su => slabBytes(SU_SIZE);

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

/** A byte of text, NUL past its end (the C strings end there). */
function textByte(text: string, k: number): number {
  return k < text.length ? text.charCodeAt(k) & 0xff : 0;
}

/** The value of a hex digit, or -1. */
function hexValue(ch: number): number {
  const c = String.fromCharCode(ch);
  if (c >= '0' && c <= '9') return ch - 48;
  if (c >= 'a' && c <= 'f') return ch - 97 + 10;
  if (c >= 'A' && c <= 'F') return ch - 65 + 10;
  return -1;
}

/**
 * The hex-byte scan link_addr() (libsocket) and route.c sockaddr() share: from text[i], one or
 * two hex digits make a byte, any other character ends one (an empty one is a 0 byte), and the
 * string's end writes the byte in progress; bytes go to su[cp] up to cplim. Returns the next cp.
 */
function scanHexBytes(text: string, i: number, su: Su, cp: number, cplim: number): number {
  const START = 0, GOTONE = 1, GOTTWO = 2;
  const DIGIT = 0, END = 4, DELIM = 8;
  let byte = 0;
  let state = START;
  let nw = 0;
  do {
    const ch = textByte(text, i);
    const value = hexValue(ch);
    if (value >= 0) nw = value;
    else if (ch === 0) state |= END;
    else state |= DELIM;
    i++;
    switch (state) {
      case GOTTWO | DIGIT:
        su[cp++] = byte;
        state = GOTONE;
        byte = nw;
        continue;
      case START | DIGIT:
        state = GOTONE;
        byte = nw;
        continue;
      case GOTONE | DIGIT:
        state = GOTTWO;
        byte = (nw + (byte << 4)) & 0xff;
        continue;
      default:
        state = START;
        su[cp++] = byte;
        byte = 0;
        continue;
      case GOTONE | END:
      case GOTTWO | END:
        su[cp++] = byte;
        break;
      case START | END:
        break;
    }
    break;
  } while (cp < cplim);
  return cp;
}

/**
 * route.c link_addr(): `name:hh.hh.hh`-style text into a sockaddr_dl. Letters and digits up
 * to the first other character are the name (sdl_nlen); the rest is the hex-byte scan. The C
 * code keeps reading past the terminating NUL while it is in its first state; here the bytes
 * beyond the string read as NUL, which ends the scan on the next step.
 */
export function linkAddr(text: string, su: Su): void {
  su.fill(0, 0, SOCKADDR_DL_SIZE);
  setSaFamily(su, AF_LINK);
  let cp: number = SDL_DATA;
  const cplim = SOCKADDR_DL_SIZE;
  let i = 0;
  while (cp < cplim) {
    const ch = textByte(text, i++);
    const c = String.fromCharCode(ch);
    if (hexValue(ch) >= 0 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      su[cp++] = ch;
      continue;
    }
    if (ch === 0) {
      // A NUL in the name: C's default case writes the (empty) byte in progress and scans
      // on; sdl_nlen stays 0.
      su[cp++] = 0;
    } else {
      su[SOCKADDR_OFFSET.sdlNlen] = cp - SDL_DATA;
    }
    if (cp < cplim) cp = scanHexBytes(text, i, su, cp, cplim);
    break;
  }
  su[SOCKADDR_OFFSET.sdlAlen] = (cp - (SDL_DATA + sdlNlen(su))) & 0xff;
}

/** route.c sockaddr(): hex bytes for `-sa`, written from the second byte of a struct sockaddr. */
export function rawSockaddr(text: string, su: Su): void {
  const size = saLen(su);
  su.fill(0, 0, size);
  scanHexBytes(text, 0, su, 1, size);
}
