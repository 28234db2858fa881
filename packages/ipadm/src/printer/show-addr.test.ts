// show-addr's layout through libofmt as ipadm opens it (ipadm.c show_addr_fields, print_sa_cb):
// exact text for every STATE, the IF/? rows of addresses without an object, point-to-point
// addresses, disabled objects, overflowing names, -o subsets and -p's escaping.
import { describe, it, expect } from 'vitest';
import type { Release } from '@ipmplab/core/syscalls';
import { IFF } from '@ipmplab/core/syscalls';
import { ofmtOpen } from '@ipmplab/userland';
import type { AddrInfo } from '@ipmplab/userland';
import { SHOW_ADDR_DEFAULT_FIELDS, SHOW_ADDR_DHCP_FIELDS, showAddrFields } from './show-addr';

const UP = IFF.UP | IFF.RUNNING | IFF.IPV4;
const addr = (aobjname: string, o: Partial<AddrInfo>): AddrInfo => ({
  lifname: aobjname.split('/')[0], family: 'inet', aobjname, type: 'static', state: 'ok', flags: UP,
  addr: '', prefixlen: 24, dst: '', persistent: { stored: false, up: false, private: false, deprecated: false }, ...o,
});
const ROWS: AddrInfo[] = [
  addr('lo0/v4', { flags: UP | IFF.LOOPBACK, addr: '127.0.0.1', prefixlen: 8 }),
  addr('net0/v4', { addr: '192.168.10.10', persistent: { stored: true, up: true, private: false, deprecated: false } }),
  addr('net0/dad', { state: 'tentative', addr: '192.168.10.11' }),
  addr('net0/dup', { state: 'duplicate', flags: IFF.RUNNING | IFF.IPV4 | IFF.DUPLICATE, addr: '192.168.10.12' }),
  addr('net0/down', { state: 'down', flags: IFF.RUNNING | IFF.IPV4, addr: '192.168.10.13', persistent: { stored: true, up: false, private: false, deprecated: false } }),
  addr('net1/test', { state: 'inaccessible', flags: IFF.UP | IFF.IPV4 | IFF.NOFAILOVER | IFF.DEPRECATED, addr: '192.168.10.30', persistent: { stored: true, up: true, private: false, deprecated: false } }),
  addr('net1/priv', { flags: UP | IFF.PRIVATE, addr: '192.168.10.31', persistent: { stored: true, up: true, private: true, deprecated: false } }),
  addr('', { lifname: 'net2:1', addr: '10.0.0.5', prefixlen: 8 }),
  addr('net3/gone', { state: 'disabled', flags: 0n, addr: '', savedAddr: 'web.example.com', prefixlen: 0, persistent: { stored: true, up: true, private: false, deprecated: false } }),
  addr('tun0/pt', { flags: UP | IFF.POINTOPOINT, addr: '10.1.1.1', dst: '10.1.1.2', prefixlen: 32 }),
  addr('net0/averyverylongname', { addr: '192.168.10.14' }),
  addr('net0/v6', { family: 'inet6', type: 'addrconf', flags: UP | IFF.IPV6 | IFF.ADDRCONF, addr: 'fe80::8:20ff:fe4c:3a10', prefixlen: 10 }),
  addr('net3/v6', { family: 'inet6', type: 'addrconf', state: 'disabled', flags: 0n, prefixlen: 0 }),
];

function print(release: Release, fields: string, parsable = false): string {
  const r = ofmtOpen(fields, showAddrFields(release), { parsable, maxcols: 80, rows: 24 });
  expect(r.status).toBe('SUCCESS');
  return ROWS.map((row) => r.handle!.print(row)).join('');
}

describe('show-addr', () => {
  it.each(['illumos', 'solaris11'] as const)('%s: ADDROBJ 18, TYPE 9, STATE 13, ADDR by default; every state; IF/?; overflow borrowed from the next field', (release) => {
    expect(print(release, SHOW_ADDR_DEFAULT_FIELDS)).toBe([
      'ADDROBJ           TYPE     STATE        ADDR',
      'lo0/v4            static   ok           127.0.0.1/8',
      'net0/v4           static   ok           192.168.10.10/24',
      'net0/dad          static   tentative    192.168.10.11/24',
      'net0/dup          static   duplicate    192.168.10.12/24',
      'net0/down         static   down         192.168.10.13/24',
      'net1/test         static   inaccessible 192.168.10.30/24',
      'net1/priv         static   ok           192.168.10.31/24',
      'net2/?            static   ok           10.0.0.5/8',
      'net3/gone         static   disabled     web.example.com',
      'tun0/pt           static   ok           10.1.1.1->10.1.1.2',
      'net0/averyverylongname static ok        192.168.10.14/24',
      'net0/v6           addrconf ok           fe80::8:20ff:fe4c:3a10/10',
      'net3/v6           addrconf disabled     --',
      '',
    ].join('\n'));
  });

  it('CURRENT U u p t d and PERSISTENT U p d, one position each', () => {
    expect(print('illumos', 'addrobj,current,persistent')).toBe([
      'ADDROBJ           CURRENT PERSISTENT',
      'lo0/v4            U----   ---',
      'net0/v4           U----   U--',
      'net0/dad          U----   ---',
      'net0/dup          -----   ---',
      'net0/down         -----   ---',
      'net1/test         U---d   U--',
      'net1/priv         U-p--   Up-',
      'net2/?            U----   ---',
      'net3/gone         -----   U--',
      'tun0/pt           U----   ---',
      'net0/averyverylongname U---- ---',
      'net0/v6           U----   ---',
      'net3/v6           -----   ---',
      '',
    ].join('\n'));
  });

  it('-p: fields joined by ":", the ":" and "\\" of a value escaped, empty values empty', () => {
    expect(print('illumos', 'addrobj,state,addr', true).split('\n').slice(10)).toEqual([
      'net0/averyverylongname:ok:192.168.10.14/24',
      'net0/v6:ok:fe80\\:\\:8\\:20ff\\:fe4c\\:3a10/10',
      'net3/v6:disabled:',
      '',
    ]);
    // A single field is printed as it is.
    expect(print('illumos', 'addr', true).split('\n')[11]).toBe('fe80::8:20ff:fe4c:3a10/10');
  });

  it('Solaris 11: -d\'s DHCP lease fields exist and are empty (the lab has no DHCP client)', () => {
    expect(print('solaris11', SHOW_ADDR_DHCP_FIELDS).split('\n').slice(0, 2)).toEqual([
      'ADDROBJ           STATE        ADDR                                          CID-TYPE CID-VALUE                          BEGIN                    EXPIRE                   RENEW',
      'lo0/v4            ok           127.0.0.1/8                                   --       --                                 --                       --                       --',
    ]);
    expect(ofmtOpen(SHOW_ADDR_DHCP_FIELDS, showAddrFields('illumos'), { parsable: false, maxcols: 80, rows: 24 }).status).toBe('EBADFIELDS');
  });
});
