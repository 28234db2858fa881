import { describe, it, expect } from 'vitest';
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from './inaddr.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('IPv4', () => {
  it('parses and formats dotted quads', () => {
    expect(parseIPv4('192.168.1.10')).toEqual(bytes(192, 168, 1, 10));
    expect(parseIPv4('0.0.0.0')).toEqual(bytes(0, 0, 0, 0));
    expect(formatIPv4(bytes(255, 255, 255, 0))).toBe('255.255.255.0');
  });

  it.each(['256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.-4', '', 'a.b.c.d', '1.2.3.4 '])(
    'rejects %j',
    (text) => {
      expect(parseIPv4(text)).toBeNull();
    },
  );
});

describe('IPv6 formatting (RFC 5952)', () => {
  it.each([
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['0000:0000:0000:0000:0000:0000:0000:0000', '::'],
    ['0000:0000:0000:0000:0000:0000:0000:0001', '::1'],
    ['fe80:0000:0000:0000:6082:52ff:fedc:7df0', 'fe80::6082:52ff:fedc:7df0'],
    // a single zero group is not compressed
    ['2001:0db8:0000:0001:0001:0001:0001:0001', '2001:db8:0:1:1:1:1:1'],
    // the longest run wins
    ['2001:0000:0000:0001:0000:0000:0000:0001', '2001:0:0:1::1'],
    // on a tie the first run wins
    ['2001:0db8:0000:0000:0001:0000:0000:0001', '2001:db8::1:0:0:1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0000', '2001:db8::'],
    ['ff02:0000:0000:0000:0000:0000:0000:0002', 'ff02::2'],
    ['0000:0000:0000:0000:0000:ffff:0a00:0001', '::ffff:10.0.0.1'],
  ])('%s -> %s', (full, expected) => {
    const b = new Uint8Array(16);
    full.split(':').forEach((g, i) => {
      const v = parseInt(g, 16);
      b[2 * i] = v >> 8;
      b[2 * i + 1] = v & 0xff;
    });
    expect(formatIPv6(b)).toBe(expected);
    expect(parseIPv6(expected)).toEqual(b);
    expect(parseIPv6(full)).toEqual(b);
  });
});

describe('IPv6 parsing', () => {
  it('accepts an embedded dotted quad', () => {
    expect(parseIPv6('::1.2.3.4')).toEqual(bytes(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4));
    expect(parseIPv6('64:ff9b::192.0.2.33')).toEqual(
      bytes(0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, 192, 0, 2, 33),
    );
  });

  it('accepts upper case', () => {
    expect(formatIPv6(parseIPv6('FE80::A:B')!)).toBe('fe80::a:b');
    expect(formatIPv6(parseIPv6('aBcD:0:09:F::fF')!)).toBe('abcd:0:9:f::ff');
  });

  it.each([
    '1::2::3',
    '12345::',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4::5:6:7:8',
    ':1::',
    '1:',
    'fe80::1%net0',
    '::1.2.3',
    '1.2.3.4',
    'g::1',
    'G::1',
    '/::1',
    ':::1',
    '@::1',
    '`::1',
    '\u0010::1',
    '\u0660::1',
    '',
  ])('rejects %j', (text) => {
    expect(parseIPv6(text)).toBeNull();
  });
});
