// show-if's layouts on both releases, through libofmt as ipadm opens it.
import { describe, it, expect } from 'vitest';
import type { Release } from '@ipmplab/core/syscalls';
import { ofmtOpen } from '@ipmplab/userland';
import type { IfInfo } from '@ipmplab/userland';
import { showIfDefaultFields, showIfFields } from './show-if';

const info = (name: string, o: Partial<IfInfo>): IfInfo => ({
  name, class: 'ip', state: 'ok', cflags: new Set(), pflags: new Set(), active: true, unders: [], punders: [], ipmpif: '', ...o,
});
const ROWS: IfInfo[] = [
  info('lo0', { class: 'loopback', cflags: new Set(['multicast', 'virtual', 'ipv4', 'ipv6']) }),
  info('net0', { cflags: new Set(['broadcast', 'multicast', 'ipv4', 'ipv6', 'underIpmp']), pflags: new Set(['ipv4', 'ipv6', 'underIpmp']), ipmpif: 'ipmp0' }),
  info('net2', { state: 'ok', active: false, cflags: new Set(['broadcast', 'multicast', 'ipv4', 'standby', 'inactive', 'underIpmp']), pflags: new Set(['ipv4', 'standby', 'underIpmp']), ipmpif: 'ipmp0' }),
  info('ipmp0', { class: 'ipmp', cflags: new Set(['broadcast', 'multicast', 'ipv4', 'ipmp']), pflags: new Set(['ipv4']), unders: ['net0', 'net2'] }),
  info('ipmp1', { class: 'ipmp', state: 'disabled', active: false, pflags: new Set(['ipv4', 'ipv6']), punders: ['net3'] }),
];

function print(release: Release, fields = showIfDefaultFields(release), parsable = false): string {
  const r = ofmtOpen(fields, showIfFields(release), { parsable, maxcols: 80, rows: 24 });
  expect(r.status).toBe('SUCCESS');
  return ROWS.map((row) => r.handle!.print(row)).join('');
}

describe('show-if', () => {
  it('Solaris 11: IFNAME CLASS STATE ACTIVE OVER by default; the persistent members of a disabled IPMP interface', () => {
    expect(print('solaris11')).toBe([
      'IFNAME     CLASS    STATE    ACTIVE OVER',
      'lo0        loopback ok       yes    --',
      'net0       ip       ok       yes    --',
      'net2       ip       ok       no     --',
      'ipmp0      ipmp     ok       yes    net0 net2',
      'ipmp1      ipmp     disabled no     net3',
      '',
    ].join('\n'));
  });

  it('Solaris 11: CURRENT and PERSISTENT letters in S11 order', () => {
    expect(print('solaris11', 'ifname,current,persistent')).toBe([
      'IFNAME     CURRENT       PERSISTENT',
      'lo0        -m46-v------  ----',
      'net0       bm46---l----  46-l',
      'net2       bm4---sli---  4-sl',
      'ipmp0      bm4---------  4---',
      'ipmp1      ------------  46--',
      '',
    ].join('\n'));
  });

  it('illumos: IFNAME STATE CURRENT PERSISTENT, letters b m p v I s i V a Z 4 6 and s 4 6', () => {
    expect(print('illumos')).toBe([
      'IFNAME     STATE    CURRENT      PERSISTENT',
      'lo0        ok       -m-v------46 ---',
      'net0       ok       bm--------46 -46',
      'net2       ok       bm---si---4- s4-',
      'ipmp0      ok       bm--I-----4- -4-',
      'ipmp1      disabled ------------ -46',
      '',
    ].join('\n'));
  });

  it('parsable: the values joined with ":"', () => {
    expect(print('illumos', 'ifname,state', true).split('\n')[1]).toBe('net0:ok');
  });
});
