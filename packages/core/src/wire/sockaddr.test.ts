import { describe, it, expect } from 'vitest';
import { ERRNO, KernelError } from './errno.js';
import {
  SOCKADDR_UNSPEC,
  decodeSockaddr,
  encodeSockaddr,
  sockaddrDl,
  sockaddrIn,
  sockaddrIn6,
  sockaddrSize,
  type Sockaddr,
} from './sockaddr.js';

const MAC = Uint8Array.from([0x00, 0x0c, 0x29, 0xab, 0xcd, 0xef]);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('sockaddr sizes', () => {
  it('are 16, 32, 252 and 16', () => {
    expect(sockaddrSize(sockaddrIn('10.0.0.1'))).toBe(16);
    expect(sockaddrSize(sockaddrIn6('::1'))).toBe(32);
    expect(sockaddrSize(sockaddrDl({ index: 2, type: 6, name: 'e1000g0', hwaddr: MAC }))).toBe(252);
    expect(sockaddrSize(SOCKADDR_UNSPEC)).toBe(16);
  });
});

describe('encodeSockaddr', () => {
  it('sockaddr_in: family 2 (LE), zero port, address, 8 zero bytes', () => {
    expect(hex(encodeSockaddr(sockaddrIn('192.168.1.10')))).toBe('02000000c0a8010a0000000000000000');
  });

  it('sockaddr_in6: family 26, address at 8, scope id (LE) at 24', () => {
    expect(hex(encodeSockaddr(sockaddrIn6('fe80::1', 3)))).toBe(
      '1a000000' + '00000000' + 'fe800000000000000000000000000001' + '03000000' + '00000000',
    );
  });

  it('sockaddr_dl: family 25, index, type, nlen, alen, slen 0, name then MAC, zero padded', () => {
    const b = encodeSockaddr(sockaddrDl({ index: 0x104, type: 6, name: 'e1000g0', hwaddr: MAC }));
    expect(b.length).toBe(252);
    expect(hex(b.subarray(0, 21))).toBe('1900' + '0401' + '06' + '07' + '06' + '00' + hex(Buffer.from('e1000g0')) + '000c29abcdef');
    expect(b.subarray(21).every((x) => x === 0)).toBe(true);
  });

  it('an empty sockaddr_dl is the family and zeros', () => {
    const b = encodeSockaddr(sockaddrDl({ index: 0, type: 0, name: '' }));
    expect(hex(b.subarray(0, 8))).toBe('1900000000000000');
    expect(b.subarray(2).every((x) => x === 0)).toBe(true);
  });

  it('AF_UNSPEC is 16 zero bytes, or carries an IPv4 address where sin_addr is', () => {
    expect(hex(encodeSockaddr(SOCKADDR_UNSPEC))).toBe('00'.repeat(16));
    expect(hex(encodeSockaddr({ family: 'unspec', addr: '10.1.2.3' }))).toBe('000000000a010203' + '00'.repeat(8));
  });

  it('rejects bad input with RangeError', () => {
    expect(() => encodeSockaddr(sockaddrIn('10.0.0.256'))).toThrow(RangeError);
    expect(() => encodeSockaddr(sockaddrIn6('1::2::3'))).toThrow(RangeError);
    expect(() => encodeSockaddr(sockaddrDl({ index: 1, type: 6, name: 'x'.repeat(240), hwaddr: MAC }))).toThrow(
      RangeError,
    );
  });
});

describe('decodeSockaddr', () => {
  it.each<Sockaddr>([
    sockaddrIn('172.16.32.21'),
    sockaddrIn6('2001:470:deeb:32::17'),
    sockaddrIn6('fe80::6082:52ff:fedc:7df0', 2),
    sockaddrDl({ index: 4, type: 6, name: 'net0', hwaddr: MAC }),
    sockaddrDl({ index: 1, type: 24, name: 'lo0' }),
    sockaddrDl({ index: 0, type: 0, name: '' }),
    SOCKADDR_UNSPEC,
    { family: 'unspec', addr: '10.1.2.3' },
  ])('round-trips %j', (sa) => {
    const encoded = encodeSockaddr(sa);
    expect(decodeSockaddr(encoded)).toEqual({ sockaddr: sa, size: encoded.length });
  });

  it('reads at an offset inside a larger buffer', () => {
    const buf = new Uint8Array(40);
    buf.set(encodeSockaddr(sockaddrIn('10.9.8.7')), 24);
    expect(decodeSockaddr(buf, 24)).toEqual({ sockaddr: { family: 'inet', addr: '10.9.8.7' }, size: 16 });
  });

  it('omits a zero scope id', () => {
    const { sockaddr } = decodeSockaddr(encodeSockaddr(sockaddrIn6('::1', 0)));
    expect(sockaddr).toEqual({ family: 'inet6', addr: '::1' });
  });

  const einval = (fn: () => unknown) => {
    expect(fn).toThrow(KernelError);
    expect(fn).toThrow(expect.objectContaining({ errno: ERRNO.EINVAL }));
  };

  it('fails with EINVAL on an unknown family', () => {
    const b = new Uint8Array(16);
    b[0] = 1; // AF_UNIX
    einval(() => decodeSockaddr(b));
  });

  it('fails with EINVAL when the sockaddr runs past the end', () => {
    einval(() => decodeSockaddr(encodeSockaddr(sockaddrIn6('::1')).subarray(0, 31)));
    einval(() => decodeSockaddr(new Uint8Array(1)));
  });

  it('fails with EINVAL when sdl lengths overflow sdl_data', () => {
    const b = encodeSockaddr(sockaddrDl({ index: 1, type: 6, name: 'net0', hwaddr: MAC }));
    b[6] = 241; // alen: 4 + 241 > 244
    einval(() => decodeSockaddr(b));
  });
});
