import { describe, it, expect } from 'vitest';
import { strtoul, inetAton, inetAddr, inetLnaof, inPrefixlenToMask, INADDR_NONE } from './libc';
import { linkAddr, rawSockaddr, linkNtoa, newSu, family, salen, setFamily } from './sockunion';
import { getopt } from './getopt';

describe('strtoul of a 32-bit program', () => {
  it('skips white space, takes a sign, stops at the first non-digit', () => {
    expect(strtoul('24')).toEqual({ value: 24, end: 2, errno: 0 });
    expect(strtoul(' 8abc')).toEqual({ value: 8, end: 2, errno: 0 });
    expect(strtoul('-1')).toEqual({ value: 0xffffffff, end: 2, errno: 0 });
    expect(strtoul('4294967296')).toEqual({ value: 0xffffffff, end: 10, errno: 34 });
    expect(strtoul('')).toEqual({ value: 0, end: 0, errno: 0 });
    expect(strtoul('x')).toEqual({ value: 0, end: 0, errno: 0 });
  });
});

describe('inet_aton / inet_addr', () => {
  it('accepts 1-4 parts, octal and hex, trailing white space', () => {
    expect(inetAton('10.1.2.3')).toBe(0x0a010203);
    expect(inetAton('128.32')).toBe(0x80000020);
    expect(inetAton('10')).toBe(10);
    expect(inetAton('10.1.258')).toBe(0x0a010102);
    expect(inetAton('0x7f.1')).toBe(0x7f000001);
    expect(inetAton('010.0.0.1')).toBe(0x08000001);
    expect(inetAton('1.2.3.4 ')).toBe(0x01020304);
  });
  it('refuses what is not an address', () => {
    for (const bad of ['', 'a', '1.2.3.256', '1.2.3.4.5', '08', '1..2', '1.2.3.4x', '0x', '256.1']) expect(inetAton(bad)).toBeUndefined();
    expect(inetAddr('255.255.255.255')).toBe(INADDR_NONE);
  });
  it('inet_lnaof is the classful host part', () => {
    expect(inetLnaof(0x0a010000)).toBe(0x010000);
    expect(inetLnaof(0xac100000)).toBe(0);
    expect(inetLnaof(0xc0a80100)).toBe(0);
  });
  it('in_prefixlentomask', () => {
    const m = new Uint8Array(4);
    expect(inPrefixlenToMask(20, 32, m)).toBe(true);
    expect([...m]).toEqual([255, 255, 240, 0]);
    expect(inPrefixlenToMask(-3, 32, new Uint8Array(4))).toBe(false);
  });
});

describe('sockaddr parsers', () => {
  it('link_addr: name, then hex bytes', () => {
    const su = newSu();
    linkAddr('net0:0.c.29.ab.cd.ef', su);
    expect(family(su)).toBe(25);
    expect(salen(su)).toBe(252);
    expect(linkNtoa(su)).toBe('net0:0.c.29.ab.cd.ef');
  });
  it('-sa: hex bytes from the second byte of a struct sockaddr', () => {
    const su = newSu();
    setFamily(su, 24);
    rawSockaddr('1.2', su);
    expect([...su.subarray(0, 4)]).toEqual([0, 1, 2, 0]);
    expect(salen(su)).toBe(16);
  });
});

describe('getopt', () => {
  it('groups letters, takes -R arguments, stops at the first operand or --', () => {
    expect(getopt(['-nv', '-Rroot', 'add', '-x'], 'R:nqdtvfpz:')).toEqual({
      opts: [{ opt: 'n' }, { opt: 'v' }, { opt: 'R', arg: 'root' }], rest: ['add', '-x'],
    });
    expect(getopt(['-z', 'global', '--', '-n'], 'R:nqdtvfpz:')).toEqual({ opts: [{ opt: 'z', arg: 'global' }], rest: ['-n'] });
    expect(getopt(['-k'], 'R:nqdtvfpz:').error).toBe('route: illegal option -- k\n');
    expect(getopt(['-p', '-R'], 'R:nqdtvfpz:').error).toBe('route: option requires an argument -- R\n');
  });
});
