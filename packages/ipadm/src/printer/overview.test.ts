// The bare `ipadm` of Solaris 11.4: interface rows, each followed by its address rows indented
// by two spaces, NAME 13, CLASS/TYPE 11, STATE 10, UNDER 7, ADDR (the 11.2 documentation's
// widths), "--" for what a row has not.
import { describe, it, expect } from 'vitest';
import { IFF } from '@ipmplab/core/syscalls';
import { ofmtOpen } from '@ipmplab/userland';
import type { AddrInfo, IfInfo } from '@ipmplab/userland';
import { OVERVIEW_FIELDS, overviewAddrRow, overviewIfRow } from './overview';

const iface = (name: string, o: Partial<IfInfo>): IfInfo => ({
  name, class: 'ip', state: 'ok', cflags: new Set(), pflags: new Set(), active: true, unders: [], punders: [], ipmpif: '', ...o,
});
const addr = (aobjname: string, o: Partial<AddrInfo>): AddrInfo => ({
  lifname: aobjname.split('/')[0], family: 'inet', aobjname, type: 'static', state: 'ok', flags: IFF.UP | IFF.RUNNING,
  addr: '', prefixlen: 24, dst: '', persistent: { stored: true, up: true, private: false, deprecated: false }, ...o,
});

describe('the bare ipadm (Solaris 11.4)', () => {
  it('lists each interface with its addresses under it; an IPMP interface with a failed member is degraded', () => {
    const o = ofmtOpen(undefined, OVERVIEW_FIELDS, { parsable: false, maxcols: 0, rows: 24 }).handle!;
    const ifs = [
      iface('lo0', { class: 'loopback' }),
      iface('net0', { ipmpif: 'ipmp0' }),
      iface('net1', { state: 'failed', ipmpif: 'ipmp0' }),
      iface('ipmp0', { class: 'ipmp' }),
      iface('net3', { state: 'disabled' }),
    ];
    const [lo0, net0, net1, ipmp0, net3] = ifs.map((i) => overviewIfRow(i, ifs));
    const rows = [
      lo0,
      overviewAddrRow(addr('lo0/v4', { addr: '127.0.0.1', prefixlen: 8 })),
      net0,
      overviewAddrRow(addr('net0/test', { state: 'inaccessible', addr: '192.168.10.30' })),
      net1,
      ipmp0,
      overviewAddrRow(addr('ipmp0/v4a', { addr: '192.168.10.15' })),
      overviewAddrRow(addr('', { lifname: 'ipmp0:2', addr: '192.168.10.16' })),
      net3,
      overviewAddrRow(addr('net3/verylongname', { state: 'disabled', flags: 0n, savedAddr: '10.0.0.3', prefixlen: 8 })),
    ];
    expect(rows.map((r) => o.print(r)).join('')).toBe([
      'NAME         CLASS/TYPE STATE     UNDER  ADDR',
      'lo0          loopback   ok        --     --',
      '  lo0/v4     static     ok        --     127.0.0.1/8',
      'net0         ip         ok        ipmp0  --',
      '  net0/test  static     inaccessible --  192.168.10.30/24',
      'net1         ip         failed    ipmp0  --',
      'ipmp0        ipmp       degraded  --     --',
      '  ipmp0/v4a  static     ok        --     192.168.10.15/24',
      '  ipmp0/?    static     ok        --     192.168.10.16/24',
      'net3         ip         disabled  --     --',
      '  net3/verylongname static disabled --   10.0.0.3/8',
      '',
    ].join('\n'));
    // Once the member is repaired the IPMP interface is ok again.
    const repaired = ifs.map((i) => (i.name === 'net1' ? { ...i, state: 'ok' as const } : i));
    expect(overviewIfRow(repaired[3], repaired).state).toBe('ok');
  });
});
