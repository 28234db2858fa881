import { describe, it, expect } from 'vitest';
import { parseLinkList, MAX_LINKS } from './linknames';

describe('parseLinkList (dladm link names)', () => {
  it('splits commas and joins repeated options, keeping the order', () => {
    expect(parseLinkList('e1000g0,net5')).toEqual(['e1000g0', 'net5']);
    expect(parseLinkList(['net1', 'bge0,ixgbe12'])).toEqual(['net1', 'bge0', 'ixgbe12']);
    expect(parseLinkList('vnic_a.1')).toEqual(['vnic_a.1']);
  });

  it.each([
    ['lo0', /loopback/],
    ['net0,net0', /net0: datalink named twice/],
    ['net', /net: bad datalink name/],
    ['0net', /0net: bad datalink name/],
    ['net01', /net01: bad datalink name/],
    ['net0:1', /net0:1: bad datalink name/],
    ['net-0', /net-0: bad datalink name/],
    ['net0,,net1', /'': bad datalink name/],
    ['', /at least one/],
    [`n${'e'.repeat(30)}0`, /bad datalink name/],
  ])('refuses %j', (text, message) => {
    expect(() => parseLinkList(text)).toThrow(message);
  });

  it('accepts the longest name dladm does (31 characters)', () => {
    const name = `n${'e'.repeat(29)}0`;
    expect(parseLinkList(name)).toEqual([name]);
  });

  it('caps the number of links', () => {
    const names = Array.from({ length: MAX_LINKS + 1 }, (_, i) => `net${i}`);
    expect(parseLinkList(names.slice(0, MAX_LINKS).join(','))).toHaveLength(MAX_LINKS);
    expect(() => parseLinkList(names.join(','))).toThrow(/at most 64 datalinks/);
  });
});
