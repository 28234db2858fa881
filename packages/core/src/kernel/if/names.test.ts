// The kernel's rules for names: logical interface names, and group names (any bytes, at most
// LIFGRNAMSIZ - 1 of them, up to the first NUL).
import { describe, expect, it } from 'vitest';
import { bootedKernel, errnoOf } from '@ipmplab/test-support';
import { ioctl } from '../ioctl';
import type { Kernel } from '../kernel';
import { cString, LIFGRNAMSIZ, parseLifName } from './names';
import { ERRNO } from '../../wire';

const join = (k: Kernel, name: string, group: string) => ioctl(k, 'SIOCSLIFGROUPNAME', { name, af: 'inet', group });
const groupOf = (k: Kernel, name: string) => ioctl(k, 'SIOCGLIFGROUPNAME', { name, af: 'inet' }).group;

/** A kernel with ipmp0 and net0 plumbed, as ifconfig leaves them. */
function withIpmp0(): Kernel {
  const k = bootedKernel();
  ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
  ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
  return k;
}

describe('cString', () => {
  it('stops at the first NUL and keeps at most size - 1 bytes, never half a character', () => {
    expect(cString('ipmp0', LIFGRNAMSIZ)).toBe('ipmp0');
    expect(cString('a\u0000b', LIFGRNAMSIZ)).toBe('a');
    expect(cString('x'.repeat(40), LIFGRNAMSIZ)).toBe('x'.repeat(31));
    expect(cString('é'.repeat(20), LIFGRNAMSIZ)).toBe('é'.repeat(15));
    expect(cString(`a${'é'.repeat(15)}`, LIFGRNAMSIZ)).toBe(`a${'é'.repeat(15)}`);
    expect(Buffer.byteLength(cString(`ab${'é'.repeat(15)}`, LIFGRNAMSIZ))).toBe(30);
  });
});

describe('group names', () => {
  it('are any bytes: control characters, spaces and tabs are the kernel\'s business no more than letters', () => {
    const k = withIpmp0();
    const name = 'evil\u001b]0;x\u0007 a\tb\u009b';
    join(k, 'ipmp0', name);
    expect(groupOf(k, 'ipmp0')).toBe(name);
    expect(ioctl(k, 'SIOCGLIFGROUPINFO', { group: name }).grifname).toBe('ipmp0');
  });

  it('are cut at LIFGRNAMSIZ - 1 bytes and at a NUL, for setting and for looking up', () => {
    const k = withIpmp0();
    const long = 'abcdefghij'.repeat(4);
    join(k, 'ipmp0', long);
    expect(groupOf(k, 'ipmp0')).toBe(long.slice(0, 31));
    expect(ioctl(k, 'SIOCGLIFGROUPINFO', { group: long }).grname).toBe(long.slice(0, 31));
    join(k, 'net0', long);
    expect(groupOf(k, 'net0')).toBe(long.slice(0, 31));
    join(k, 'ipmp0', 'acct\u0000ing');
    expect(groupOf(k, 'ipmp0')).toBe('acct');
    join(k, 'ipmp0', 'é'.repeat(20));
    expect(groupOf(k, 'ipmp0')).toBe('é'.repeat(15));
  });
});

describe('interface names', () => {
  it('are a letter, letters, digits, "_" or ".", and a unit without leading zeros, shorter than LIFNAMSIZ', () => {
    expect(parseLifName('e1000g0:3')).toEqual({ phys: 'e1000g0', id: 3, type: 'e1000g', ppa: 0 });
    expect(parseLifName('a\u001b[2J0')).toBe('ENXIO');
    expect(parseLifName(`${'a'.repeat(31)}0`)).toBe('ENAMETOOLONG');
  });

  it('are read as the regular expression they were written as read them', () => {
    const byRegex = (name: string) => {
      if (name.length > 31) return 'ENAMETOOLONG';
      const m = /^([a-zA-Z][a-zA-Z0-9._]*?)(0|[1-9][0-9]*)(?::([0-9]+))?$/.exec(name);
      if (!m) return 'ENXIO';
      const id = m[3] === undefined ? 0 : Number(m[3]);
      if (m[3] !== undefined && m[3].length > 1 && m[3].startsWith('0')) return 'ENXIO';
      if (id > 255) return 'ERANGE';
      return { phys: `${m[1]}${m[2]}`, id, type: m[1], ppa: Number(m[2]) };
    };
    // Every name of up to four characters from an alphabet that reaches each rule and its
    // edges, and longer ones around the units, the logical ids and the length limit.
    const alphabet = ['a', 'Z', 'g', '0', '1', '9', '.', '_', ':', '-', ' ', '\u00e9', '\u0660', '\n'];
    let level = [''];
    const names = [''];
    for (let n = 0; n < 4; n++) {
      level = level.flatMap((p) => alphabet.map((c) => p + c));
      names.push(...level);
    }
    for (const phys of ['net0', 'net00', 'net01', 'net0010', 'net000', 'e1000g0', 'e1000g10', 'a.b_c9', 'net0.1', 'x10', 'ipmp0', 'lo0']) {
      for (const tail of ['', ':', ':0', ':00', ':1', ':01', ':255', ':256', ':999', ':1:2', ':x', ':\u0661', '\n']) names.push(phys + tail);
    }
    names.push(`${'a'.repeat(30)}0`, `${'a'.repeat(30)}0:1`, `${'a'.repeat(28)}0:1`, `${'a'.repeat(29)}0:99`, 'net99999999999999999999', 'net0:99999999999999999999');
    for (const name of names) expect(parseLifName(name), JSON.stringify(name)).toEqual(byRegex(name));
  });
});
