import { describe, it, expect } from 'vitest';
import { IN_CLASSA, IN_CLASSB, IN_CLASSC, IN_CLASSE, guessSubnetMask, inetLnaof } from './in-class';

describe('classful addresses', () => {
  it('inet_lnaof is the classful host part', () => {
    expect(inetLnaof(0x0a010000)).toBe(0x010000);
    expect(inetLnaof(0xac100000)).toBe(0);
    expect(inetLnaof(0xc0a80100)).toBe(0);
  });

  it('IN_CLASS* look at the leading bits', () => {
    expect([IN_CLASSA(0x7f000001), IN_CLASSB(0x7f000001)]).toEqual([true, false]);
    expect([IN_CLASSB(0xbfffffff), IN_CLASSC(0xbfffffff)]).toEqual([true, false]);
    expect([IN_CLASSC(0xdfffffff), IN_CLASSE(0xdfffffff)]).toEqual([true, false]);
    expect(IN_CLASSE(0xf0000000)).toBe(true);
  });

  it('guessSubnetMask widens the class mask by subnet fields until it covers the address', () => {
    expect(guessSubnetMask(0x0a000000)).toBe(0xff000000);
    expect(guessSubnetMask(0x0a010000)).toBe(0xffff0000);
    expect(guessSubnetMask(0xac100100)).toBe(0xffffff00);
    expect(guessSubnetMask(0xc0a80100)).toBe(0xffffff00);
    expect(guessSubnetMask(0xc0a80110)).toBe(0xfffffff0);
    expect(guessSubnetMask(0xc0a80101)).toBe(0xffffffff);
  });
});
