import { describe, it, expect } from 'vitest';
import { AF_INET, AF_INET6, AF_LINK } from './routing.js';
import { decodeSockaddr, encodeSockaddr, sockaddrDl, sockaddrIn, sockaddrIn6 } from './sockaddr.js';
import {
  putSockaddrs, roundupLong, saFamily, saLen, sdlAlen, sdlIndex, sdlNlen, setSaFamily, setSdlIndex, setSinAddr, sin6Addr,
  sinAddr, sockaddrsLength,
} from './sockaddr-bytes.js';

describe('the sockaddr byte view', () => {
  it('reads what encodeSockaddr writes', () => {
    const sin = encodeSockaddr(sockaddrIn('192.168.1.10'));
    expect(saFamily(sin)).toBe(AF_INET);
    expect(saLen(sin)).toBe(16);
    expect(sinAddr(sin)).toBe(0xc0a8010a);
    const sin6 = encodeSockaddr(sockaddrIn6('fe80::1'));
    expect(saLen(sin6)).toBe(32);
    expect(sin6Addr(sin6)[0]).toBe(0xfe);
    const sdl = encodeSockaddr(sockaddrDl({ index: 0x104, type: 6, name: 'net0', hwaddr: Uint8Array.of(1, 2) }));
    expect([saLen(sdl), sdlIndex(sdl), sdlNlen(sdl), sdlAlen(sdl)]).toEqual([252, 0x104, 4, 2]);
  });

  it('writes what decodeSockaddr reads', () => {
    const b = new Uint8Array(252);
    setSaFamily(b, AF_INET);
    setSinAddr(b, 0x0a000001);
    expect(decodeSockaddr(b).sockaddr).toEqual(sockaddrIn('10.0.0.1'));
    setSaFamily(b, AF_LINK);
    b.fill(0, 2);
    setSdlIndex(b, 7);
    expect(decodeSockaddr(b).sockaddr).toEqual(sockaddrDl({ index: 7, type: 0, name: '' }));
  });

  it('takes an unknown family for a plain 16-byte sockaddr (route.c salen)', () => {
    const b = new Uint8Array(16);
    setSaFamily(b, 99);
    expect(saLen(b)).toBe(16);
    setSaFamily(b, AF_INET6);
    expect(saLen(b)).toBe(32);
  });

  it('ROUNDUP_LONG', () => {
    expect([0, 1, 4, 5, 16, 252].map(roundupLong)).toEqual([4, 4, 4, 8, 16, 252]);
  });

  it('puts sockaddrs back to back in RTA order and names them in addrs', () => {
    const dst = encodeSockaddr(sockaddrIn('10.0.0.0'));
    const ifp = encodeSockaddr(sockaddrDl({ index: 2, type: 0, name: '' }));
    const set = { IFP: ifp, DST: dst };
    const bytes = new Uint8Array(4 + sockaddrsLength(set));
    expect(putSockaddrs(bytes, 4, set)).toBe(0x1 | 0x10);
    expect(bytes.subarray(4, 20)).toEqual(dst);
    expect(bytes.subarray(20)).toEqual(ifp);
  });
});
