import { describe, it, expect } from 'vitest';
import { ioctl, IFF, mibAddrs } from '@ipmplab/core/testing';
import type { Kernel, MibAddr } from '@ipmplab/core/testing';
import { bootedKernel, bringUp as up, capture, lines } from '@ipmplab/test-support';
import { addFilter, emptyFilters } from '../filters';
import { makeNames } from '../names';
import { formatInterfaceRow, interfaceRecords, printInterfaces } from './interfaces';
import type { InterfaceReportOptions } from './interfaces';

const H4 = 'Name  Mtu  Net/Dest      Address        Ipkts  Ierrs Opkts  Oerrs Collis Queue ';
const H6 = 'Name  Mtu  Net/Dest                    Address                     Ipkts  Ierrs Opkts  Oerrs Collis';

function netstatI(k: Kernel, o: { n?: boolean; a?: boolean; I?: string; f?: string } = {}): string {
  const filters = emptyFilters();
  if (o.f) addFilter(filters, o.f, { ifIndex: () => ({ ok: true, index: 1 }) });
  const opts: InterfaceReportOptions = { all: !!o.a, ifname: o.I, filters, names: makeNames(!!o.n) };
  return capture((emit) => printInterfaces((fam) => mibAddrs(k, fam), opts, emit));
}

/** lo0 + net0 10.0.0.1/24 and net0:1 10.0.0.2/24 up, net0 IPv6 up, net1 plumbed only. */
function lab(): Kernel {
  const k = bootedKernel();
  up(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
  up(k, 'net0:1', 'inet', '10.0.0.2', '255.255.255.0');
  up(k, 'net0', 'inet6');
  ioctl(k, 'PLUMB', { name: 'net1', af: 'inet' });
  return k;
}

describe('fresh host', () => {
  it('netstat -in: lo0 in both families, an empty line between', () => {
    expect(netstatI(bootedKernel(), { n: true })).toBe(lines(
      H4,
      'lo0   8232 127.0.0.0     127.0.0.1      0      0     0      0     0      0     ',
      '',
      H6,
      'lo0   8252 ::1                         ::1                         0      0     0      0     0     ',
    ));
  });

  it('netstat -i: network and host names', () => {
    expect(netstatI(bootedKernel())).toBe(lines(
      H4,
      'lo0   8232 loopback      localhost      0      0     0      0     0      0     ',
      '',
      H6,
      'lo0   8252 localhost                   localhost                   0      0     0      0     0     ',
    ));
  });

  it('netstat -ina: a logical row after each physical row', () => {
    expect(netstatI(bootedKernel(), { n: true, a: true })).toBe(lines(
      H4,
      'lo0   8232 127.0.0.0     127.0.0.1      0      0     0      0     0      0     ',
      'lo0   8232 127.0.0.0     127.0.0.1      0      N/A   N/A    N/A   N/A    0     ',
      '',
      H6,
      'lo0   8252 ::1                         ::1                         0      0     0      0     0     ',
      'lo0   8252 ::1                         ::1                         0      N/A   N/A    N/A   N/A   ',
    ));
  });
});

describe('lo0, net0 with a logical interface, net1 plumbed but unconfigured', () => {
  it('netstat -in: one row per interface; unplumbed net2/net3 absent', () => {
    expect(netstatI(lab(), { n: true })).toBe(lines(
      H4,
      'lo0   8232 127.0.0.0     127.0.0.1      0      0     0      0     0      0     ',
      'net0  1500 10.0.0.0      10.0.0.1       0      0     0      0     0      0     ',
      'net1  1500 default       0.0.0.0        0      0     0      0     0      0     ',
      '',
      H6,
      'lo0   8252 ::1                         ::1                         0      0     0      0     0     ',
      'net0  1500 fe80::8:20ff:fe4c:3a10/10   fe80::8:20ff:fe4c:3a10      0      0     0      0     0     ',
    ));
  });

  it('netstat -ina: every logical interface, net0:1 pushes its columns', () => {
    expect(netstatI(lab(), { n: true, a: true, f: 'inet' })).toBe(lines(
      H4,
      'lo0   8232 127.0.0.0     127.0.0.1      0      0     0      0     0      0     ',
      'lo0   8232 127.0.0.0     127.0.0.1      0      N/A   N/A    N/A   N/A    0     ',
      'net0  1500 10.0.0.0      10.0.0.1       0      0     0      0     0      0     ',
      'net0  1500 10.0.0.0      10.0.0.1       0      N/A   N/A    N/A   N/A    0     ',
      'net0:1 1500 10.0.0.0      10.0.0.2       0      N/A   N/A    N/A   N/A    0     ',
      'net1  1500 default       0.0.0.0        0      0     0      0     0      0     ',
      'net1  1500 default       0.0.0.0        0      N/A   N/A    N/A   N/A    0     ',
    ));
  });

  it('-f inet6: no leading empty line', () => {
    expect(netstatI(lab(), { n: true, f: 'inet6' })).toBe(lines(
      H6,
      'lo0   8252 ::1                         ::1                         0      0     0      0     0     ',
      'net0  1500 fe80::8:20ff:fe4c:3a10/10   fe80::8:20ff:fe4c:3a10      0      0     0      0     0     ',
    ));
  });

  it('a down interface is listed like an up one', () => {
    const k = lab();
    const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name: 'net0', af: 'inet' });
    ioctl(k, 'SIOCSLIFFLAGS', { name: 'net0', af: 'inet', flags: flags & ~IFF.UP });
    expect(netstatI(k, { n: true, f: 'inet' })).toBe(netstatI(lab(), { n: true, f: 'inet' }));
  });

  it('a plumbed, not yet up IPv6 interface shows its link-local address', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet6' });
    expect(netstatI(k, { n: true, f: 'inet6' })).toBe(lines(
      H6,
      'lo0   8252 ::1                         ::1                         0      0     0      0     0     ',
      'net0  1500 fe80::8:20ff:fe4c:3a10/10   fe80::8:20ff:fe4c:3a10      0      0     0      0     0     ',
    ));
  });
});

describe('-I interface', () => {
  it('-I net0: its entries in both families (with -a also its aliases)', () => {
    expect(netstatI(lab(), { n: true, I: 'net0' })).toBe(lines(
      H4,
      'net0  1500 10.0.0.0      10.0.0.1       0      0     0      0     0      0     ',
      '',
      H6,
      'net0  1500 fe80::8:20ff:fe4c:3a10/10   fe80::8:20ff:fe4c:3a10      0      0     0      0     0     ',
    ));
    expect(netstatI(lab(), { n: true, a: true, I: 'net0', f: 'inet' })).toBe(lines(
      H4,
      'net0  1500 10.0.0.0      10.0.0.1       0      0     0      0     0      0     ',
      'net0  1500 10.0.0.0      10.0.0.1       0      N/A   N/A    N/A   N/A    0     ',
      'net0:1 1500 10.0.0.0      10.0.0.2       0      N/A   N/A    N/A   N/A    0     ',
    ));
  });

  it('-I net0:1: the physical row (named net0) comes from the matching entry', () => {
    expect(netstatI(lab(), { n: true, a: true, I: 'net0:1' })).toBe(lines(
      H4,
      'net0  1500 10.0.0.0      10.0.0.2       0      0     0      0     0      0     ',
      'net0:1 1500 10.0.0.0      10.0.0.2       0      N/A   N/A    N/A   N/A    0     ',
    ));
  });

  it('-I with an unknown name prints nothing', () => {
    expect(netstatI(lab(), { I: 'net7' })).toBe('');
  });
});

describe('Net/Dest', () => {
  it('pr_netaddr: a network name for the shifted network number, else the host name, else dotted', () => {
    const k = bootedKernel();
    up(k, 'net0', 'inet', '10.0.0.1', '255.0.0.0');
    up(k, 'net1', 'inet', '10.0.0.5', '255.255.255.0');
    expect(netstatI(k, { f: 'inet' })).toBe(lines(
      H4,
      'lo0   8232 loopback      localhost      0      0     0      0     0      0     ',
      'net0  1500 arpanet       10.0.0.1       0      0     0      0     0      0     ',
      'net1  1500 10.0.0.0      10.0.0.5       0      0     0      0     0      0     ',
    ));
  });

  it('point-to-point: the peer address', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net2', af: 'inet' });
    ioctl(k, 'SIOCSLIFADDR', { name: 'net2', af: 'inet', addr: '192.168.9.1' });
    ioctl(k, 'SIOCSLIFDSTADDR', { name: 'net2', af: 'inet', addr: '192.168.9.2' });
    expect(netstatI(k, { n: true, f: 'inet' })).toBe(lines(
      H4,
      'lo0   8232 127.0.0.0     127.0.0.1      0      0     0      0     0      0     ',
      'net2  1500 192.168.9.2   192.168.9.1    0      0     0      0     0      0     ',
    ));
  });

  it('counters and long names push the columns (pure row)', () => {
    const e: MibAddr = {
      name: 'ipmp12345', family: 'inet', phys: 'ipmp12345', index: 9, id: 0, addr: '192.168.100.200', netmask: '255.255.255.0',
      dst: '', mtu: 65535, flags: 0n, counters: { ipackets: 12345678, ierrors: 1, opackets: 7, oerrors: 0, collisions: 0 },
    };
    expect(formatInterfaceRow({ kind: 'physical', name: e.name, entry: e }, makeNames(true))).toBe(
      'ipmp12345 65535 192.168.100.0 192.168.100.200 12345678 1     7      0     0      0     ');
  });
});

describe('--json records', () => {
  it('the rows of the text report, numeric; logical rows have no link counters', () => {
    const filters = emptyFilters();
    addFilter(filters, 'inet', { ifIndex: () => ({ ok: true, index: 1 }) });
    const recs = [...interfaceRecords((fam) => mibAddrs(lab(), fam), { all: true, ifname: 'net0', filters, names: makeNames(false) }, makeNames(true))];
    expect(recs).toEqual([
      { family: 'inet', name: 'net0', logical: false, mtu: 1500, destination: '10.0.0.0', address: '10.0.0.1', ipackets: 0, ierrors: 0, opackets: 0, oerrors: 0, collisions: 0, queue: 0 },
      { family: 'inet', name: 'net0', logical: true, mtu: 1500, destination: '10.0.0.0', address: '10.0.0.1', ipackets: 0, ierrors: null, opackets: null, oerrors: null, collisions: null, queue: 0 },
      { family: 'inet', name: 'net0:1', logical: true, mtu: 1500, destination: '10.0.0.0', address: '10.0.0.2', ipackets: 0, ierrors: null, opackets: null, oerrors: null, collisions: null, queue: 0 },
    ]);
  });
});
