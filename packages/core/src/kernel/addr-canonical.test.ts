import { describe, it, expect } from 'vitest';
import ipaddr from 'ipaddr.js';
import { canonical, familyOf, fromBytes, inetAddr, isCanonicalAddress, maskFromPrefix, toBytes } from './addr';
import { formatIPv4, parseIPv4 } from '../wire/inaddr';

/** canonical() as ipaddr.js alone answers it (without the dotted-quad shortcut). */
function general(text: string): string | undefined {
  try {
    return ipaddr.IPv4.isValidFourPartDecimal(text) ? ipaddr.IPv4.parse(text).toString() : undefined;
  } catch {
    return undefined;
  }
}

/** familyOf() as ipaddr.js alone answers it (without the canonical-quad shortcut). */
function familyGeneral(text: string): string | undefined {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return 'inet';
  if (ipaddr.IPv6.isValid(text) && text.includes(':')) return 'inet6';
  return undefined;
}

/** inet_addr as ipaddr.js alone answers it (octal and hexadecimal parts, short forms). */
function inetAddrGeneral(text: string): string | undefined {
  if (!ipaddr.IPv4.isValid(text)) return undefined;
  try {
    return ipaddr.IPv4.parse(text).toString();
  } catch {
    return undefined;
  }
}

describe('canonical IPv4 text', () => {
  it('answers as ipaddr.js does, leading zeros, large parts and short forms included', () => {
    const parts = ['0', '1', '9', '10', '99', '100', '199', '200', '249', '250', '255', '256', '300', '00', '01', '010', '0x1', '1a', ''];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 5000; n++) {
      const count = 1 + (next() % 5);
      const text = Array.from({ length: count }, () => parts[next() % parts.length]).join('.');
      expect({ text, got: canonical('inet', text) }).toEqual({ text, got: general(text) });
      expect({ text, inetAddr: inetAddr(text) }).toEqual({ text, inetAddr: inetAddrGeneral(text) });
      expect({ text, family: familyOf(text) }).toEqual({ text, family: familyGeneral(text) });
      // The kernel's own form: an address that is its own canonical text.
      expect({ text, kernel: isCanonicalAddress('inet', text) }).toEqual({ text, kernel: general(text) === text });
      // inet_pton(AF_INET) reads the same texts, into their bytes.
      expect({ text, pton: parseIPv4(text) && Array.from(parseIPv4(text)!) }).toEqual({ text, pton: general(text) === text ? ipaddr.IPv4.parse(text).toByteArray() : null });
    }
    for (const [text, family] of [['10.0.0.1', 'inet'], ['010.0.0.1', undefined], ['fe80::1', 'inet6'], ['::ffff:1.2.3.4', 'inet6'], ['10.1', undefined], ['net0', undefined]]) expect(familyOf(text!)).toBe(family);
    for (const text of ['0.0.0.0', '255.255.255.255', '10.0.0.1']) expect(isCanonicalAddress('inet', text)).toBe(true);
    for (const text of ['010.0.0.1', '1.2.3.4\n5', '1.2.3.4 ', '256.0.0.1', '1.2.3', '1.2.3.4.5', '::1', '']) expect(isCanonicalAddress('inet', text)).toBe(false);
    for (const text of ['::1', 'fe80::1', '2001:db8::1']) expect(isCanonicalAddress('inet6', text)).toBe(true);
    for (const text of ['::0:1', 'FE80::1', '::ffff:1.2.3.4', '1.2.3.4', 'junk']) expect(isCanonicalAddress('inet6', text)).toBe(false);
  });

  it('reads dotted quads (the addresses netstat prints among them) without the general parser', () => {
    expect(toBytes('inet', '10.0.255.1')).toEqual([10, 0, 255, 1]);
    expect(toBytes('inet', '0.0.0.0')).toEqual([0, 0, 0, 0]);
    expect(toBytes('inet', '10.0.0')).toEqual(ipaddr.IPv4.parse('10.0.0').toByteArray()); // anything else: the parser's answer
    expect(() => toBytes('inet', '256.0.0.1')).toThrow();
  });

  it('reads four decimal parts as decimal (leading zeros too) and leaves the rest to ipaddr.js', () => {
    const parts = ['0', '1', '9', '10', '99', '100', '255', '256', '999', '1000', '00', '010', '0x1', '1a', '', ' 1', '\u0661'];
    const bytes = (text: string) => {
      const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
      if (m && m.slice(1).every((p) => Number(p) <= 255)) return m.slice(1).map(Number);
      try {
        return ipaddr.IPv4.parse(text).toByteArray();
      } catch {
        return 'refused';
      }
    };
    const ours = (text: string) => {
      try {
        return toBytes('inet', text);
      } catch {
        return 'refused';
      }
    };
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 5000; n++) {
      const count = 1 + (next() % 5);
      const text = Array.from({ length: count }, () => parts[next() % parts.length]).join('.');
      expect({ text, got: ours(text) }).toEqual({ text, got: bytes(text) });
    }
  });

  it('reads IPv6 text into bytes as ipaddr.js does, and gives its canonical form', () => {
    const groups = ['0', '0', '0', '1', 'a', 'fe80', 'FFFF', 'ffff', '12345', 'g', '', '1.2.3.4', '0000', '00000', '01'];
    const bytes = (read: () => number[]) => {
      try {
        return read();
      } catch {
        return 'refused';
      }
    };
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const texts = ['::1.2.3.4', '::ffff:1.2.3.4', '::ffff:102:304', '1:0:0:1:0:0:0:1', '1:0:0:0:1:0:0:1', '0:0:1::', '1:0::', 'Fe80::1', '2001:db8:0:0:1:0:0:1', '::', '::1', '1::', 'fe80::1', '2001:db8::', 'ffff:ffff:ffff:ffff::', ':::', '1:::2', '::1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '::1:2:3:4:5:6:7', '1:2:3:4:5:6:7::', '::ffff:1.2.3.4', 'fe80::1%net0'];
    for (let n = 0; n < 5000; n++) {
      const count = 1 + (next() % 9);
      texts.push(Array.from({ length: count }, () => groups[next() % groups.length]).join(':'));
    }
    for (const text of texts) {
      expect({ text, got: bytes(() => toBytes('inet6', text)) }).toEqual({ text, got: bytes(() => ipaddr.IPv6.parse(text).toByteArray()) });
      const general6 = ipaddr.IPv6.isValid(text) ? ipaddr.IPv6.parse(text).toString() : undefined;
      expect({ text, got: canonical('inet6', text) }).toEqual({ text, got: general6 });
    }
  });

  it('formats bytes and masks as ipaddr.js does', () => {
    for (const bytes of [[0, 0, 0, 0], [255, 255, 255, 255], [10, 0, 255, 7], [192, 168, 0, 1]]) expect(fromBytes(bytes)).toBe(ipaddr.fromByteArray(bytes).toString());
    for (let plen = 0; plen <= 32; plen++) expect(maskFromPrefix('inet', plen)).toBe(ipaddr.IPv4.subnetMaskFromPrefixLength(plen).toString());
    for (let plen = 0; plen <= 128; plen++) expect(maskFromPrefix('inet6', plen)).toBe(ipaddr.IPv6.subnetMaskFromPrefixLength(plen).toString());
    expect(maskFromPrefix('inet', 24)).toBe('255.255.255.0'); // the second time: made once, the same
  });

  it('formats four bytes as a dotted quad', () => {
    expect(formatIPv4(new Uint8Array([10, 0, 255, 7]))).toBe('10.0.255.7');
    expect(() => formatIPv4(new Uint8Array([1, 2, 3]))).toThrow(RangeError);
  });
});
