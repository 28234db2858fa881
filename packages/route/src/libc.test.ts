import { describe, it, expect } from 'vitest';
import { inPrefixlenToMask } from './libc';
import { linkAddr, rawSockaddr, linkNtoa, newSu, family, salen, setFamily } from './sockunion';
import { getopt } from './getopt';

describe('in_prefixlentomask', () => {
  it('sets the leading bits of the mask, and refuses a length outside 0..maxlen', () => {
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
