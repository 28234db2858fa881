import { describe, it, expect } from 'vitest';
import { inetAton, inetAddr, INADDR_NONE } from './inet-aton';

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

  it('gives the last part the bytes left: a (32 bits), a.b (8.24), a.b.c (8.8.16)', () => {
    expect(inetAton('0xffffff00')).toBe(0xffffff00);
    expect(inetAton('4294967295')).toBe(0xffffffff);
    expect(inetAton('1.16777215')).toBe(0x01ffffff);
    expect(inetAton('1.16777216')).toBeUndefined();
    expect(inetAton('1.2.65535')).toBe(0x0102ffff);
    expect(inetAton('1.2.65536')).toBeUndefined();
  });

  it('reads each part in its own base: 0x hex (either case), leading 0 octal, else decimal', () => {
    expect(inetAton('0X0A.0xb.014.13')).toBe(0x0a0b0c0d);
    expect(inetAton('0.0.0.0')).toBe(0);
    expect(inetAton('00.000.0.00')).toBe(0);
    expect(inetAton('01.02.03.08')).toBeUndefined();
    expect(inetAton('1.2.3.0x')).toBeUndefined();
  });

  it('accumulates a part in 32 bits, so one beyond 2^32 wraps', () => {
    expect(inetAton('4294967296')).toBe(0);
    expect(inetAton('0x100000001')).toBe(1);
  });

  it('ends at white space but takes nothing before the first digit', () => {
    expect(inetAton('10.0.0.1\tjunk')).toBe(0x0a000001);
    expect(inetAton(' 10.0.0.1')).toBeUndefined();
    expect(inetAton('+1')).toBeUndefined();
    expect(inetAton('1.')).toBeUndefined();
  });
});
