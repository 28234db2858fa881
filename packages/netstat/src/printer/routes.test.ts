import { describe, it, expect } from 'vitest';
import { mibAddrs, mibRoutes, RTF } from '@ipmplab/core/testing';
import type { Family, Kernel, Route } from '@ipmplab/core/testing';
import { bootedKernel, bringUp as up, capture, lines } from '@ipmplab/test-support';
import { addFilter, emptyFilters } from '../filters';
import type { Filters } from '../filters';
import { makeNames } from '../names';
import { orderIPv4, orderIPv6, printRoutes, printRouteTable, routeFlags, routeRecords } from './routes';
import type { RouteReportOptions } from './routes';
import { route, tableOrder } from '../test-kit';

const V4_HEAD = [
  '',
  'Routing Table: IPv4',
  '  Destination           Gateway           Flags  Ref     Use     Interface ',
  '-------------------- -------------------- ----- ----- ---------- --------- ',
];
const V6_HEAD = [
  '',
  'Routing Table: IPv6',
  '  Destination/Mask            Gateway                   Flags Ref   Use    If   ',
  '--------------------------- --------------------------- ----- --- ------- ----- ',
];

function filters(...args: string[]): Filters {
  const f = emptyFilters();
  for (const a of args) {
    const e = addFilter(f, a, { ifIndex: () => ({ ok: true, index: 1 }) });
    if (e) throw new Error(e.stderr);
  }
  return f;
}

function mtuOf(k: Kernel) {
  return (ifname: string, family: Family) => mibAddrs(k, family).find((a) => a.phys === ifname)?.mtu ?? 0;
}

/** netstat -r[flags] against a kernel (routes read in the store's table order). */
function netstatR(k: Kernel, o: { n?: boolean; a?: boolean; v?: boolean; f?: string[] } = {}): string {
  const opts: RouteReportOptions = {
    all: !!o.a, verbose: !!o.v, filters: filters(...(o.f ?? [])), names: makeNames(!!o.n), mtu: mtuOf(k),
  };
  return capture((emit) => printRoutes((fam) => tableOrder(mibRoutes(k, fam)), opts, emit));
}

function withNet0(): Kernel {
  const k = bootedKernel();
  up(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
  return k;
}

function withNet0v6(): Kernel {
  const k = withNet0();
  up(k, 'net0', 'inet6');
  return k;
}

describe('fresh host (lo0 up for IPv4 and IPv6)', () => {
  it('netstat -rn', () => {
    expect(netstatR(bootedKernel(), { n: true })).toBe(lines(
      ...V4_HEAD,
      '127.0.0.1            127.0.0.1            UH        2          0 lo0       ',
      ...V6_HEAD,
      '::1                         ::1                         UH      2       0 lo0   ',
    ));
  });

  it('netstat -rna is identical', () => {
    expect(netstatR(bootedKernel(), { n: true, a: true })).toBe(netstatR(bootedKernel(), { n: true }));
  });

  it('netstat -r names 127.0.0.1 and ::1 localhost in both columns', () => {
    expect(netstatR(bootedKernel())).toBe(lines(
      ...V4_HEAD,
      'localhost            localhost            UH        2          0 lo0       ',
      ...V6_HEAD,
      'localhost                   localhost                   UH      2       0 lo0   ',
    ));
  });
});

describe('lo0 + net0 10.0.0.1/24 up', () => {
  it('netstat -rn', () => {
    expect(netstatR(withNet0(), { n: true })).toBe(lines(
      ...V4_HEAD,
      '10.0.0.0             10.0.0.1             U         2          0 net0      ',
      '127.0.0.1            127.0.0.1            UH        2          0 lo0       ',
      ...V6_HEAD,
      '::1                         ::1                         UH      2       0 lo0   ',
    ));
  });

  it('netstat -rna: broadcast and local entries, more specific mask first for 10.0.0.0', () => {
    expect(netstatR(withNet0(), { n: true, a: true })).toBe(lines(
      ...V4_HEAD,
      '0.0.0.0                  --               UHb       1          0 net0      ',
      '10.0.0.0                 --               UHb       1          0 net0      ',
      '10.0.0.0             10.0.0.1             U         2          0 net0      ',
      '10.0.0.1                 --               UHL       1          0 net0      ',
      '10.0.0.255               --               UHb       1          0 net0      ',
      '10.255.255.255           --               UHb       1          0 net0      ',
      '127.0.0.1            127.0.0.1            UH        2          0 lo0       ',
      '255.255.255.255          --               UHb       1          0 net0      ',
      ...V6_HEAD,
      '::1                         ::1                         UH      2       0 lo0   ',
    ));
  });

  it('netstat -r: pr_net shows 10.0.0.0/24 as arpanet (x86 byte order), hosts by name', () => {
    expect(netstatR(withNet0())).toBe(lines(
      ...V4_HEAD,
      'arpanet              10.0.0.1             U         2          0 net0      ',
      'localhost            localhost            UH        2          0 lo0       ',
      ...V6_HEAD,
      'localhost                   localhost                   UH      2       0 lo0   ',
    ));
  });

  it('netstat -ra: host entries go through pr_addr (numeric when unnamed)', () => {
    const out = netstatR(withNet0(), { a: true });
    expect(out).toContain('\n10.0.0.0                 --               UHb       1          0 net0      \n');
    expect(out).toContain('\narpanet              10.0.0.1             U         2          0 net0      \n');
    expect(out).toContain('\n10.255.255.255           --               UHb       1          0 net0      \n');
  });
});

describe('IPv6 link-local route', () => {
  it('netstat -rn: fe80::/10 via the link-local address', () => {
    expect(netstatR(withNet0v6(), { n: true, f: ['inet6'] })).toBe(lines(
      ...V6_HEAD,
      '::1                         ::1                         UH      2       0 lo0   ',
      'fe80::/10                   fe80::8:20ff:fe4c:3a10      U       2       0 net0  ',
    ));
  });

  it('netstat -rna: the local /128 (UHL), prefix lengths from 128 down', () => {
    expect(netstatR(withNet0v6(), { n: true, a: true, f: ['inet6'] })).toBe(lines(
      ...V6_HEAD,
      '::1                         ::1                         UH      2       0 lo0   ',
      'fe80::8:20ff:fe4c:3a10          --                      UHL     1       0 net0  ',
      'fe80::/10                   fe80::8:20ff:fe4c:3a10      U       2       0 net0  ',
    ));
  });
});

describe('-v (IRE tables)', () => {
  it('netstat -rnv', () => {
    expect(netstatR(withNet0v6(), { n: true, v: true })).toBe(lines(
      '',
      'IRE Table: IPv4',
      '  Destination             Mask           Gateway          Device  MTU  Ref Flg  Out  In/Fwd ',
      '-------------------- --------------- -------------------- ------ ----- --- --- ----- ------ ',
      '10.0.0.0             255.255.255.0   10.0.0.1             net0    1500   2 U        0      0 ',
      '127.0.0.1            255.255.255.255 127.0.0.1            lo0     8232   2 UH       0      0 ',
      '',
      'IRE Table: IPv6',
      '  Destination/Mask            Gateway                    If    MTU  Ref Flags  Out   In/Fwd ',
      '--------------------------- --------------------------- ----- ----- --- ----- ------ ------ ',
      '::1                         ::1                         lo0    8252   2 UH         0      0 ',
      'fe80::/10                   fe80::8:20ff:fe4c:3a10      net0   1500   2 U          0      0 ',
    ));
  });

  it('netstat -rnva: hidden entries, gateway "--", flags glued to Out', () => {
    const out = netstatR(withNet0v6(), { n: true, v: true, a: true });
    expect(out).toContain('\n0.0.0.0              255.255.255.255     --               net0    1500   1 UHb      0      0 \n');
    expect(out).toContain('\nfe80::8:20ff:fe4c:3a10          --                      net0   1500   1 UHL        0      0 \n');
  });

  it('unbound gateway routes: empty device, MTU 0; long flags push the columns', () => {
    const opts: RouteReportOptions = { all: false, verbose: true, filters: emptyFilters(), names: makeNames(true), mtu: () => 1500 };
    const rows = [
      route({ dst: '0.0.0.0', prefixlen: 0, gateway: '192.168.1.1', ref: 3, use: 12 }),
      route({ dst: '10.0.0.0', prefixlen: 8, gateway: '192.168.1.2', flags: RTF.UP | RTF.GATEWAY | RTF.DYNAMIC | RTF.MULTIRT | RTF.SETSRC | RTF.REJECT }),
    ];
    expect(capture((emit) => printRouteTable('inet', rows, opts, emit))).toBe(lines(
      '',
      'IRE Table: IPv4',
      '  Destination             Mask           Gateway          Device  MTU  Ref Flg  Out  In/Fwd ',
      '-------------------- --------------- -------------------- ------ ----- --- --- ----- ------ ',
      'default              0.0.0.0         192.168.1.1                     0   3 UG      12      0 ',
      '10.0.0.0             255.0.0.0       192.168.1.2                     0   1 UGDMSR     0      0 ',
    ));
  });
});

describe('names from the hosts and networks files', () => {
  it('are shown visibly, and the columns count them as shown', () => {
    const files = { hostByAddr: (a: string) => (a === '192.168.1.1' ? 'gw\u001b[2J' : undefined), netByNumber: (n: number) => (n === 10 ? 'n\tet' : undefined) };
    const opts: RouteReportOptions = { all: false, verbose: false, filters: emptyFilters(), names: makeNames(false, files) };
    const rows = [route({ dst: '10.0.0.0', prefixlen: 8, gateway: '192.168.1.1' })];
    expect(capture((emit) => printRouteTable('inet', rows, opts, emit)).split('\n').at(-2)).toBe(
      'n^Iet                gw^[[2J              UG        1          0           ',
    );
  });
});

describe('text the kernel holds (a damaged or hand-edited state)', () => {
  it('is shown visibly, numeric or not, and the columns count it as shown', () => {
    const rows = [route({ dst: '10.0.0.0', prefixlen: 8, gateway: '192.168.1.1\n2', ifname: 'ne\u001bt0' })];
    for (const numeric of [true, false]) {
      const opts: RouteReportOptions = { all: false, verbose: false, filters: emptyFilters(), names: makeNames(numeric, { hostByAddr: () => undefined, netByNumber: () => undefined }) };
      expect(capture((emit) => printRouteTable('inet', rows, opts, emit)).split('\n').at(-2)).toBe(
        '10.0.0.0             192.168.1.1\\n2       UG        1          0 ne^[t0    ',
      );
    }
  });
});

describe('-f families', () => {
  it('-f inet: only the IPv4 table', () => {
    expect(netstatR(withNet0(), { n: true, f: ['inet'] })).toBe(lines(
      ...V4_HEAD,
      '10.0.0.0             10.0.0.1             U         2          0 net0      ',
      '127.0.0.1            127.0.0.1            UH        2          0 lo0       ',
    ));
  });

  it('-f inet6 (also as af:inet6 and as the number 26)', () => {
    const want = lines(...V6_HEAD, '::1                         ::1                         UH      2       0 lo0   ');
    expect(netstatR(withNet0(), { n: true, f: ['inet6'] })).toBe(want);
    expect(netstatR(withNet0(), { n: true, f: ['af:inet6'] })).toBe(want);
    expect(netstatR(withNet0(), { n: true, f: ['26'] })).toBe(want);
  });

  it('-f unix or an unknown number: no routing table at all', () => {
    expect(netstatR(withNet0(), { n: true, f: ['unix'] })).toBe('');
    expect(netstatR(withNet0(), { n: true, f: ['99'] })).toBe('');
  });
});

describe('-f filters', () => {
  it('outif: a name (and its aliases), any, none', () => {
    const k = withNet0v6();
    expect(netstatR(k, { n: true, a: true, f: ['outif:lo0'] })).toBe(lines(
      ...V4_HEAD,
      '127.0.0.1            127.0.0.1            UH        2          0 lo0       ',
      ...V6_HEAD,
      '::1                         ::1                         UH      2       0 lo0   ',
    ));
    expect(netstatR(k, { n: true, f: ['outif:net', 'outif:net0:1'] })).toBe('');
    expect(netstatR(k, { n: true, f: ['outif:none'] })).toBe('');
    expect(netstatR(k, { n: true, f: ['outif:any', 'inet'] })).toBe(netstatR(k, { n: true, f: ['inet'] }));
  });

  it('outif: a base name matches alias interface names; a number matches nothing', () => {
    const opts: RouteReportOptions = { all: false, verbose: false, filters: filters('outif:net0'), names: makeNames(true) };
    const rows = [route({ dst: '10.1.0.0', prefixlen: 16, gateway: '10.0.0.9', ifname: 'net0:1' }), route({ dst: '10.2.0.0', prefixlen: 16, gateway: '10.0.0.9', ifname: 'net00' })];
    expect(capture((emit) => printRouteTable('inet', rows, opts, emit))).toBe(lines(
      ...V4_HEAD,
      '10.1.0.0             10.0.0.9             UG        1          0 net0:1    ',
    ));
    expect(capture((emit) => printRouteTable('inet', rows, { ...opts, filters: filters('outif:2') }, emit))).toBe('');
  });

  it('dst: an address selects the routes that match it; /len the routes at least that specific', () => {
    const k = withNet0();
    expect(netstatR(k, { n: true, a: true, f: ['dst:10.0.0.77'] })).toBe(lines(
      ...V4_HEAD,
      '10.0.0.0             10.0.0.1             U         2          0 net0      ',
    ));
    expect(netstatR(k, { n: true, a: true, f: ['dst:10.0.0.0/16'] })).toBe(lines(
      ...V4_HEAD,
      '10.0.0.0                 --               UHb       1          0 net0      ',
      '10.0.0.0             10.0.0.1             U         2          0 net0      ',
      '10.0.0.1                 --               UHL       1          0 net0      ',
      '10.0.0.255               --               UHb       1          0 net0      ',
    ));
    expect(netstatR(k, { n: true, f: ['dst:localhost'] })).toBe(lines(
      ...V4_HEAD,
      '127.0.0.1            127.0.0.1            UH        2          0 lo0       ',
      ...V6_HEAD,
      '::1                         ::1                         UH      2       0 lo0   ',
    ));
    expect(netstatR(k, { n: true, a: true, f: ['dst:none'] })).toBe(lines(
      ...V4_HEAD,
      '0.0.0.0                  --               UHb       1          0 net0      ',
    ));
    expect(netstatR(k, { n: true, a: true, f: ['dst:any', 'inet'] })).not.toContain('\n0.0.0.0 ');
  });

  it('dst: with an IPv6 prefix', () => {
    expect(netstatR(withNet0v6(), { n: true, a: true, f: ['dst:fe80::1/10'] })).toBe(lines(
      ...V6_HEAD,
      'fe80::8:20ff:fe4c:3a10          --                      UHL     1       0 net0  ',
      'fe80::/10                   fe80::8:20ff:fe4c:3a10      U       2       0 net0  ',
    ));
  });

  it('flags: +set, -clear, exact; rules of one keyword are alternatives', () => {
    const k = withNet0();
    expect(netstatR(k, { n: true, a: true, f: ['flags:+L'] })).toBe(lines(
      ...V4_HEAD,
      '10.0.0.1                 --               UHL       1          0 net0      ',
    ));
    expect(netstatR(k, { n: true, a: true, f: ['inet', 'flags:-Hb'] })).toBe(lines(
      ...V4_HEAD,
      '10.0.0.0             10.0.0.1             U         2          0 net0      ',
    ));
    expect(netstatR(k, { n: true, a: true, f: ['inet', 'flags:UH', 'flags:+L'] })).toBe(lines(
      ...V4_HEAD,
      '10.0.0.1                 --               UHL       1          0 net0      ',
      '127.0.0.1            127.0.0.1            UH        2          0 lo0       ',
    ));
  });

  it('flags: Z is never matched by a filter (illumos flag_bits puts it on another bit)', () => {
    const opts = (f: Filters): RouteReportOptions => ({ all: false, verbose: false, filters: f, names: makeNames(true) });
    const rows = [route({ dst: '0.0.0.0', prefixlen: 0, gateway: '192.168.1.1', ifname: 'test_net0', flags: RTF.UP | RTF.GATEWAY | RTF.ZONE })];
    const shown = lines(...V4_HEAD, 'default              192.168.1.1          UGZ       1          0 test_net0 ');
    expect(capture((emit) => printRouteTable('inet', rows, opts(emptyFilters()), emit))).toBe(shown);
    expect(capture((emit) => printRouteTable('inet', rows, opts(filters('flags:+Z')), emit))).toBe('');
    expect(capture((emit) => printRouteTable('inet', rows, opts(filters('flags:-Z')), emit))).toBe(shown);
  });
});

describe('flags and columns of other kinds of entries', () => {
  it('the real-sample rows: unbound gateway route, reject/blackhole on lo0, zone', () => {
    const rows = [
      route({ dst: '0.0.0.0', prefixlen: 0, gateway: '192.168.1.1', ifname: 'test_net0', flags: RTF.UP | RTF.GATEWAY | RTF.ZONE }),
      route({ dst: '10.0.0.0', prefixlen: 8, gateway: '192.168.1.250' }),
      route({ dst: '203.0.113.0', prefixlen: 24, gateway: '127.0.0.1', ifname: 'lo0', type: 'ifroute', flags: RTF.UP | RTF.REJECT | RTF.BLACKHOLE }),
    ];
    const opts: RouteReportOptions = { all: false, verbose: false, filters: emptyFilters(), names: makeNames(true) };
    expect(capture((emit) => printRouteTable('inet', rows, opts, emit))).toBe(lines(
      ...V4_HEAD,
      'default              192.168.1.1          UGZ       1          0 test_net0 ',
      '10.0.0.0             192.168.1.250        UG        1          0           ',
      '203.0.113.0          127.0.0.1            URB       1          0 lo0       ',
    ));
  });

  it('flag letters in illumos order; I wins over G', () => {
    const f = (p: Partial<Route>) => routeFlags(route({ dst: '10.0.0.0', prefixlen: 8, ...p })).flags;
    expect(f({})).toBe('UG');
    expect(f({ flags: RTF.UP | RTF.INDIRECT })).toBe('UI');
    expect(f({ prefixlen: 32, flags: RTF.UP | RTF.DYNAMIC })).toBe('UGHD');
    expect(f({ type: 'interface', flags: RTF.UP | RTF.SETSRC | RTF.MULTIRT })).toBe('UMS');
    expect(f({ type: 'loopback', prefixlen: 32 })).toBe('UH');
    expect(f({ type: 'broadcast', prefixlen: 32 })).toBe('UHb');
    expect(f({ type: 'local', prefixlen: 32 })).toBe('UHL');
    expect(routeFlags(route({ dst: 'fe80::1', prefixlen: 128, type: 'local' })).flags).toBe('UHL');
  });

  it('IPv6 default, gateway names, long values push the columns', () => {
    const rows = [
      route({ dst: '2001:db8:1234:5678::', prefixlen: 64, gateway: '2001:db8:1234:5678:aaaa:bbbb:cccc:dddd', ifname: 'net0', type: 'offlink' }),
      route({ dst: '::', prefixlen: 0, gateway: '::1', ifname: 'lo0', use: 1234567 }),
    ];
    const opts: RouteReportOptions = { all: false, verbose: false, filters: emptyFilters(), names: makeNames(false) };
    expect(capture((emit) => printRouteTable('inet6', orderIPv6(rows), opts, emit))).toBe(lines(
      ...V6_HEAD,
      '2001:db8:1234:5678::/64     2001:db8:1234:5678:aaaa:bbbb:cccc:dddd UG      1       0 net0  ',
      'default                     localhost                   UG      1 1234567 lo0   ',
    ));
  });
});

describe('pr_net (destinations of network routes without -n)', () => {
  const names = makeNames(false);
  it('x86 byte order: arpanet/loopback for /8, /16, /24 with zero host bytes', () => {
    expect(names.net('0.0.0.0', 0)).toBe('default');
    expect(names.net('10.0.0.0', 8)).toBe('arpanet');
    expect(names.net('10.0.0.0', 16)).toBe('arpanet');
    expect(names.net('10.0.0.0', 24)).toBe('arpanet');
    expect(names.net('10.1.0.0', 16)).toBe('10.1.0.0');
    expect(names.net('127.0.0.0', 8)).toBe('loopback');
    expect(names.net('127.0.0.0', 24)).toBe('loopback');
    expect(names.net('192.168.1.0', 24)).toBe('192.168.1.0');
    expect(names.net('224.0.0.0', 4)).toBe('224.0.0.0');
    expect(names.net('0.0.0.0', 8)).toBe('0.0.0.0');
  });

  it('with -n always the dotted destination', () => {
    expect(makeNames(true).net('10.0.0.0', 8)).toBe('10.0.0.0');
    expect(makeNames(true).net('0.0.0.0', 0)).toBe('default');
  });
});

describe('order and streaming', () => {
  it('IPv4: one destination at a time, more specific mask first, stable', () => {
    const rows = [
      route({ dst: '10.0.0.0', prefixlen: 8, ifname: 'a' }),
      route({ dst: '10.0.0.0', prefixlen: 24, ifname: 'b' }),
      route({ dst: '10.0.0.0', prefixlen: 24, ifname: 'c' }),
      route({ dst: '10.0.0.0', prefixlen: 32, ifname: 'd' }),
      route({ dst: '10.0.0.1', prefixlen: 32, ifname: 'e' }),
    ];
    expect([...orderIPv4(rows)].map((r) => r.ifname).join('')).toBe('dbcae');
  });

  it('IPv6: prefix length from 128 down to 0', () => {
    const rows = ['::/0', '::1/128', '2001:db8::/64', 'fe80::/10', 'fe80::1/128'].map((t) => {
      const [dst, len] = t.split('/');
      return route({ dst, prefixlen: Number(len) });
    });
    expect(orderIPv6(rows).map((r) => `${r.dst}/${r.prefixlen}`)).toEqual(['::1/128', 'fe80::1/128', '2001:db8::/64', 'fe80::/10', '::/0']);
  });

  it('rows go out while the table is still being read (an endless table prints its first rows)', () => {
    function* endless(): Generator<Route> {
      for (let i = 0; ; i++) yield route({ dst: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, prefixlen: 32, gateway: '192.168.1.1' });
    }
    const opts: RouteReportOptions = { all: false, verbose: false, filters: emptyFilters(), names: makeNames(true) };
    const seen: string[] = [];
    const stop = new Error('enough');
    expect(() => printRouteTable('inet', orderIPv4(endless()), opts, (line) => {
      seen.push(line);
      if (seen.length === 7) throw stop;
    })).toThrow(stop);
    expect(seen.slice(4)).toEqual([
      '10.0.0.0             192.168.1.1          UGH       1          0           ',
      '10.0.0.1             192.168.1.1          UGH       1          0           ',
      '10.0.0.2             192.168.1.1          UGH       1          0           ',
    ]);
  });
});

describe('--json records', () => {
  it('same selection as the text, numeric, null for no gateway or interface', () => {
    const k = withNet0();
    const recs = [...routeRecords((fam) => tableOrder(mibRoutes(k, fam)), { all: true, filters: filters('inet', 'flags:+H') })];
    expect(recs.slice(0, 2)).toEqual([
      { family: 'inet', destination: '0.0.0.0', prefixlen: 32, gateway: null, flags: 'UHb', ref: 1, use: 0, interface: 'net0' },
      { family: 'inet', destination: '10.0.0.0', prefixlen: 32, gateway: null, flags: 'UHb', ref: 1, use: 0, interface: 'net0' },
    ]);
    expect(recs.find((r) => r.destination === '127.0.0.1')).toEqual(
      { family: 'inet', destination: '127.0.0.1', prefixlen: 32, gateway: '127.0.0.1', flags: 'UH', ref: 2, use: 0, interface: 'lo0' });
  });
});
