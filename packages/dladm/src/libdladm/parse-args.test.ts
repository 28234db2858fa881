import { describe, it, expect } from 'vitest';
import { parseLinkProps } from './parse-args';
import { linkAton, linkNtoa } from '@ipmplab/userland';

describe('dladm_parse_args', () => {
  it('splits properties and their values, the way set_linkprop builds the list', () => {
    expect(parseLinkProps('mtu=9000,', false)).toEqual([{ name: 'mtu', values: ['9000'] }]);
    expect(parseLinkProps('mtu=1500,9000,mac-address=0:1:2:3:4:5,', false)).toEqual([
      { name: 'mtu', values: ['1500', '9000'] }, { name: 'mac-address', values: ['0:1:2:3:4:5'] }]);
    expect(parseLinkProps('mtu,speed,', true)).toEqual([{ name: 'mtu', values: [] }, { name: 'speed', values: [] }]);
    expect(parseLinkProps('mtu=', false)).toEqual([{ name: 'mtu', values: [] }]);
    expect(parseLinkProps('', true)).toEqual([]);
  });

  it('keeps its quirks and failures', () => {
    expect(parseLinkProps('a=b=c,', false)).toEqual([{ name: 'a', values: [] }, { name: 'b', values: ['c'] }]);
    expect(parseLinkProps(',', false)).toBeUndefined();
    expect(parseLinkProps('=1,', false)).toBeUndefined();
    expect(parseLinkProps('mtu=1500,', true)).toBeUndefined();
    expect(parseLinkProps('mtu,,', true)).toBeUndefined();
    expect(parseLinkProps(Array.from({ length: 33 }, (_, i) => `p${i}`).join(',') + ',', true)).toBeUndefined();
  });
});

describe('_link_aton / _link_ntoa', () => {
  it('reads one or two hex digits an octet, prints them without leading zeros', () => {
    expect(linkAton('0:14:4F:f9:c:d')).toEqual([0, 0x14, 0x4f, 0xf9, 0xc, 0xd]);
    expect(linkAton('1:2')).toEqual([1, 2]);
    for (const bad of ['', ':', '1::2', '123:4', 'g:1', '1:2:']) expect(linkAton(bad), bad).toBeUndefined();
    expect(linkNtoa([0, 0x14, 0x4f, 0xf9, 0xc, 0xd])).toBe('0:14:4f:f9:c:d');
  });
});
