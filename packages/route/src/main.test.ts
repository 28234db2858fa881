// route(8) in-process against a temporary state file: result lines, exit statuses (= errno),
// route get blocks, flush, persistent routes, -v dumps (reference routing-socket §3.3–§3.8).
import { describe, it, expect, afterEach } from 'vitest';
import { mibRoutes, hostFiles, openState, readJournal, decodeMessage, RTM, ioctl } from '@ipmplab/core/testing';
import { configure, lines } from '@ipmplab/test-support';
import { lanLab, newLab } from './test-kit';
import type { Lab } from './test-kit';
import { USAGE } from './messages';

let lab: Lab;
afterEach(() => lab?.cleanup());

const GET_HEADER = ' recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire';
const ZERO_1500 = '       0         0         0         0         0         0      1500         0 ';

const table = (l: Lab, family: 'inet' | 'inet6' = 'inet') =>
  l.kernel((k) => [...mibRoutes(k, family)].filter((r) => r.type === 'offlink' || r.type === 'ifroute').map((r) => `${r.dst}/${r.prefixlen} ${r.gateway}`));

describe('add, delete, change (§3.3)', () => {
  it('prints the short line and exits 0; failures append the reason and exit with the errno', () => {
    lab = lanLab();
    expect(lab.route('add', '10.0.0.0/8', '192.168.1.1')).toMatchObject({ code: 0, out: 'add net 10.0.0.0/8: gateway 192.168.1.1\n', err: '' });
    expect(lab.route('add', '10.0.0.0/8', '192.168.1.1')).toMatchObject({ code: 17, out: 'add net 10.0.0.0/8: gateway 192.168.1.1: entry exists\n', err: '' });
    expect(lab.route('add', 'default', '172.99.0.1')).toMatchObject({ code: 128, out: 'add net default: gateway 172.99.0.1: Network is unreachable\n', err: '' });
    expect(lab.route('delete', '10.1.2.3', '192.168.1.1')).toMatchObject({ code: 3, out: 'delete host 10.1.2.3: gateway 192.168.1.1: not in table\n', err: '' });
    expect(lab.route('change', '10.0.0.0/8', '192.168.1.2')).toMatchObject({ code: 0, out: 'change net 10.0.0.0/8: gateway 192.168.1.2\n' });
    expect(table(lab)).toEqual(['10.0.0.0/8 192.168.1.2']);
    expect(lab.route('delete', '10.0.0.0/8', '192.168.1.2')).toMatchObject({ code: 0, out: 'delete net 10.0.0.0/8: gateway 192.168.1.2\n' });
    expect(table(lab)).toEqual([]);
  });

  it('words unlisted errnos with strerror and perror()s them to stderr without the route: prefix', () => {
    lab = lanLab();
    const r = lab.route('add', '10.0.0.0', '192.168.1.1', '-netmask', '255.0.255.0');
    expect(r).toMatchObject({ code: 48, out: 'add net 10.0.0.0: gateway 192.168.1.1: Operation not supported\n', err: 'writing to routing socket: Operation not supported\n' });
  });

  it('decides host and net like route.c: classful host part, -net, masks, default', () => {
    lab = lanLab();
    expect(lab.route('add', '10.1.0.0', '192.168.1.1').out).toBe('add host 10.1.0.0: gateway 192.168.1.1\n');
    expect(lab.route('add', '-net', '10.1.0.0', '192.168.1.1').out).toBe('add net 10.1.0.0: gateway 192.168.1.1\n');
    expect(lab.route('add', '172.16.0.0', '192.168.1.1').out).toBe('add net 172.16.0.0: gateway 192.168.1.1\n');
    expect(lab.route('add', '192.168.7.0', '192.168.1.1').out).toBe('add net 192.168.7.0: gateway 192.168.1.1\n');
    expect(lab.route('add', '10.9.9.9/32', '192.168.1.1').out).toBe('add host 10.9.9.9/32: gateway 192.168.1.1\n');
    expect(lab.route('add', 'default', '192.168.1.1').out).toBe('add net default: gateway 192.168.1.1\n');
    expect(lab.route('add', '-net', '128.32', '192.168.1.1').out).toBe('add net 128.32: gateway 192.168.1.1\n');
    expect(table(lab)).toEqual(expect.arrayContaining([
      '10.1.0.0/32 192.168.1.1', '10.1.0.0/16 192.168.1.1', '172.16.0.0/16 192.168.1.1', '192.168.7.0/24 192.168.1.1',
      '10.9.9.9/32 192.168.1.1', '0.0.0.0/0 192.168.1.1', '128.0.0.0/16 192.168.1.1',
    ]));
  });

  it('the old trailing metric: 0 is an interface route; -v says so', () => {
    lab = lanLab();
    expect(lab.route('-v', 'add', '172.17.0.0', '192.168.1.10', '0').out).toBe(lines(
      'old usage of trailing number, assuming route to if',
      'newrt->ri_dst: inet 172.17.0.0; newrt->ri_gate: inet 192.168.1.10; newrt->ri_mask: inet 255.255.0.0; RTM_ADD: Add Route: len 124, pid: 0, seq 1, errno 0, flags:<STATIC>',
      'locks:  inits: ',
      'sockaddrs: <DST,GATEWAY,NETMASK>',
      ' 172.17.0.0 192.168.1.10 255.255.0.0',
      'add net 172.17.0.0: gateway 192.168.1.10',
    ));
    expect(lab.route('add', '172.18.0.0/16', '192.168.1.10', '-interface').code).toBe(0);
    expect(lab.route('add', '172.19.0.0/16', '192.168.1.99', '-interface')).toMatchObject({ code: 128, out: 'add net 172.19.0.0/16: gateway 192.168.1.99: Network is unreachable\n' });
  });

  it('reject and blackhole routes through 127.0.0.1', () => {
    lab = lanLab();
    expect(lab.route('add', '203.0.113.0/24', '127.0.0.1', '-reject').out).toBe('add net 203.0.113.0/24: gateway 127.0.0.1\n');
    expect(lab.route('add', '198.51.100.0/24', '127.0.0.1', '-blackhole').out).toBe('add net 198.51.100.0/24: gateway 127.0.0.1\n');
    expect(lab.route('-n', 'get', '203.0.113.9').out).toBe(lines(
      '   route to: 203.0.113.9',
      'destination: 203.0.113.0',
      '       mask: 255.255.255.0',
      '      flags: <UP,REJECT,DONE,STATIC,BLACKHOLE>',
      GET_HEADER,
      '       0         0         0         0         0         0         0         0 ',
    ));
  });

  it('-n prints the gateway as sent; names go through the hosts file', () => {
    lab = lanLab();
    expect(lab.route('add', '-interface', '10.0.0.0/8', 'localhost').out).toBe('add net 10.0.0.0/8: gateway localhost\n');
    expect(lab.route('-n', 'delete', '-interface', '10.0.0.0/8', 'localhost').out).toBe('delete net 10.0.0.0/8: gateway 127.0.0.1\n');
    expect(lab.route('add', 'arpanet', '192.168.1.1').out).toBe('add net arpanet: gateway 192.168.1.1\n');
    expect(table(lab)).toContain('10.0.0.0/8 192.168.1.1');
    expect(lab.route('add', 'nosuchhost', '192.168.1.1')).toMatchObject({ code: 1, err: 'nosuchhost: bad value\n', out: '' });
  });

  it('-ifp resolves the interface name or fails with exit 1', () => {
    lab = lanLab();
    expect(lab.route('add', '10.0.0.0/8', '192.168.1.1', '-ifp', 'net0').code).toBe(0);
    expect(lab.route('add', '10.0.0.0/8', '192.168.1.1', '-ifp', 'net7')).toMatchObject({ code: 1, out: '', err: 'route: net7: no such interface\n' });
  });

  it('an unprivileged caller gets EPERM (exit 1) but may use get', () => {
    lab = lanLab({ IPMPLAB_PRIVILEGED: '0' });
    expect(lab.route('add', '10.0.0.0/8', '192.168.1.1')).toMatchObject({ code: 1, out: 'add net 10.0.0.0/8: gateway 192.168.1.1: insufficient privileges\n', err: '' });
    expect(lab.route('get', '192.168.1.20').code).toBe(0);
    expect(lab.route('flush')).toMatchObject({ code: 13, out: '', err: 'route: flush: insufficient privileges\n' });
    expect(lab.route('-p', 'add', '10.0.0.0/8', '192.168.1.1').code).toBe(1);
  });

  it('rtm_seq starts at 1 in every run; the echo carries the caller pid', () => {
    lab = lanLab();
    lab.route('add', '10.0.0.0/8', '192.168.1.1');
    lab.route('add', '10.0.0.0/8', '192.168.1.1');
    const db = openState(lab.file);
    const rt = readJournal(db, 1, 0, 100000).entries.map((e) => decodeMessage(e.bytes)).filter((m) => m.header === 'rt' && m.type === RTM.ADD && m.pid !== 0);
    db.close();
    expect(rt.map((m) => m.header === 'rt' && [m.seq, m.errno, m.pid])).toEqual([[1, 0, process.pid], [1, 17, process.pid]]);
  });
});

describe('syntax errors (§3.2)', () => {
  const cases: [string[], string][] = [
    [[], USAGE],
    [['-n'], USAGE],
    [['foo'], `route: botched keyword: foo\n${USAGE}`],
    [['-x'], `route: illegal option -- x\n${USAGE}`],
    [['-R'], `route: option requires an argument -- R\n${USAGE}`],
    [['get'], 'route: destination required\n'],
    [['add', '10.0.0.0/8'], 'route: gateway required for add or delete command\n'],
    [['add', '10.0.0.0/8', '1.2.3.4', '-netmask'], 'route: argument required following keyword -netmask\n'],
    [['add', '-foo', '10.0.0.0/8', '1.2.3.4'], 'route: botched keyword: foo\n'],
    [['add', '-mask', '1', '2'], 'route: botched keyword: mask\n'],
    [['add', '-host', '-net', '10.0.0.0', '1.2.3.4'], 'route: -host and -net are mutually exclusive\n'],
    [['add', '10.0.0.0/x', '1.2.3.4'], 'route: bad prefix length x\n'],
    [['add', '10.0.0.0/33', '1.2.3.4'], 'route: prefix length 33 out of range\n'],
    [['add', '10/-33', '1.2.3.4'], 'route: bad prefix length: -33\n'],
    [['add', '/8', '1.2.3.4'], "route: /8: unexpected '/'\n"],
    [['add', '10.0.0.0/8', '1.2.3.4/8'], "route: 1.2.3.4/8: unexpected '/'\n"],
    [['add', 'bogus', '1.2.3.4'], 'bogus: bad value\n'],
    [['add', '-inet6', 'bogus', '::1'], 'route: bogus: bad address\n'],
    [['add', '-inet6', '2001:db8::', '::1', '-netmask', 'ffff::'], 'route: -netmask not supported for IPv6: use <prefix>/<prefix-length> instead\n'],
    [['add', '-secattr', 'x', '10.0.0.0', '1.2.3.4'], 'route: system is not labeled; cannot specify security attributes.\n'],
    [['show'], 'route: show command requires -p\n'],
    [['-p', 'show', 'x'], 'route: invalid arguments for show\n'],
    [['flush', 'x'], `route: botched keyword: x\n${USAGE}`],
    [['monitor', '-foo'], `route: botched keyword: -foo\n${USAGE}`],
  ];
  for (const [args, err] of cases) {
    it(`route ${args.join(' ')}`, () => {
      lab = newLab();
      expect(lab.route(...args)).toMatchObject({ code: 1, out: '', err });
    });
  }

  it('-z: only the global zone exists', () => {
    lab = newLab();
    expect(lab.route('-z', 'web', 'get', '1.2.3.4')).toMatchObject({ code: 22, err: 'route: unable to get zone state: Invalid argument\n' });
    expect(lab.route('-z', 'global', 'get', '127.0.0.1').code).toBe(0);
  });

  it('route monitor -link fails at socket()', () => {
    lab = newLab();
    expect(lab.route('monitor', '-link')).toMatchObject({ code: 120, out: '', err: 'route: socket: Protocol not supported\n' });
  });

  it('-t writes to /dev/null; -d builds but does not send', () => {
    lab = lanLab();
    expect(lab.route('-t', 'add', '10.0.0.0/8', '192.168.1.1')).toMatchObject({ code: 0, out: 'add net 10.0.0.0/8: gateway 192.168.1.1\n' });
    expect(lab.route('-t', 'get', '10.0.0.0/8')).toMatchObject({ code: 0, out: '', err: 'route: read from routing socket: Bad file number\n' });
    expect(lab.route('-t', 'flush')).toMatchObject({ code: 95, err: 'route: setsockopt: Socket operation on non-socket\n' });
    expect(lab.route('-d', 'add', '10.0.0.0/8', '192.168.1.1').out).toBe('add net 10.0.0.0/8: gateway 192.168.1.1\n');
    expect(table(lab)).toEqual([]);
  });
});

describe('route get (§3.4)', () => {
  it('prints the block, with the metrics line ending in a space', () => {
    lab = lanLab();
    lab.route('add', 'default', '192.168.1.1');
    expect(lab.route('get', 'default')).toMatchObject({
      code: 0,
      out: lines(
        '   route to: default',
        'destination: default',
        '       mask: default',
        '    gateway: 192.168.1.1',
        '  interface: net0',
        '      flags: <UP,GATEWAY,DONE,STATIC>',
        GET_HEADER,
        ZERO_1500,
      ),
    });
  });

  it('an on-link destination answers with the interface route (no gateway line)', () => {
    lab = lanLab();
    expect(lab.route('get', '192.168.1.77').out).toBe(lines(
      '   route to: 192.168.1.77',
      'destination: 192.168.1.0',
      '       mask: 255.255.255.0',
      '  interface: net0',
      '      flags: <UP,DONE,KERNEL>',
      GET_HEADER,
      ZERO_1500,
    ));
  });

  it('shows the metrics, locks (L) and the kept hop count', () => {
    lab = lanLab();
    lab.route('add', '10.20.0.0/16', '192.168.1.1', '-mtu', '1400', '-hopcount', '5', '-lock', '-rtt', '20000', '-lockrest', '-rttvar', '3000', '-recvpipe', '100');
    expect(lab.route('get', '10.20.1.1').out.split('\n').slice(-3)).toEqual([GET_HEADER, '     100L        0         0        20L        3L        5      1400         0 ', '']);
    lab.route('change', '10.20.0.0/16', '192.168.1.1', '-hopcount', '9');
    expect(lab.route('get', '10.20.1.1').out).toContain('        9      1400');
  });

  it('-mtu beyond the int range wraps through atoi: 4294967296 is 0, so get reports the interface MTU; -1 is stored as 4294967295', () => {
    lab = lanLab();
    expect(lab.route('add', '10.20.0.0/16', '192.168.1.1', '-mtu', '4294967296')).toMatchObject({ code: 0, out: 'add net 10.20.0.0/16: gateway 192.168.1.1\n' });
    expect(lab.route('get', '10.20.1.1').out.split('\n').slice(-3)).toEqual([GET_HEADER, ZERO_1500, '']);
    lab.route('add', '10.30.0.0/16', '192.168.1.1', '-mtu', '-1');
    // print_getmsg prints rmx_mtu with %8d.
    expect(lab.route('get', '10.30.1.1').out).toContain('        0        -1         0 ');
  });

  it('a failed get prints the destination as typed, or with -n a space and the address', () => {
    lab = lanLab();
    expect(lab.route('get', '10.9.9.9')).toMatchObject({ code: 3, out: '10.9.9.9: not in table\n' });
    expect(lab.route('-n', 'get', '10.9.9.9')).toMatchObject({ code: 3, out: ' 10.9.9.9: not in table\n' });
    expect(lab.route('-n', 'get', '-net', '10')).toMatchObject({ code: 3, out: ' 10.0.0.0: not in table\n' });
  });

  it('-v adds the request dump, the interface index and address, and the locks/inits block', () => {
    lab = lanLab();
    lab.route('add', 'default', '192.168.1.1');
    expect(lab.route('-v', '-n', 'get', '10.1.2.3').out).toBe(lines(
      'newrt->ri_dst: inet 10.1.2.3; newrt->ri_ifp: link ; RTM_GET: Report Metrics: len 344, pid: 0, seq 1, errno 0, flags:<GATEWAY,HOST,STATIC>',
      'locks:  inits: ',
      'sockaddrs: <DST,IFP>',
      ' 10.1.2.3 ',
      '   route to: 10.1.2.3',
      'destination: default',
      '       mask: default',
      '    gateway: 192.168.1.1',
      '  interface: net0 index 2 address 02 08 20 4c 3a 10 ',
      '      flags: <UP,GATEWAY,DONE,STATIC>',
      GET_HEADER,
      ZERO_1500,
      'locks:  inits: <rttvar,rtt,ssthresh,sendpipe,recvpipe,mtu>',
      'sockaddrs: <DST,GATEWAY,NETMASK,IFP,IFA>',
      ' default 192.168.1.1 default net0:2.8.20.4c.3a.10 192.168.1.10',
    ));
  });

  it('-v through an IPMP interface: its link address has the members\' length and zero bytes (ipmp-semantics §2.13)', () => {
    lab = newLab();
    lab.kernel((k) => {
      ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
      ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
      ioctl(k, 'SIOCSLIFGROUPNAME', { name: 'net0', af: 'inet', group: 'ipmp0' });
      configure(k, 'ipmp0', 'inet', '10.0.0.1', '255.255.255.0');
    });
    const out = lab.route('-v', '-n', 'get', '10.0.0.5').out.split('\n');
    expect(out).toContain('  interface: ipmp0 index 2 address 00 00 00 00 00 00 ');
    expect(out).toContain(' 10.0.0.0 10.0.0.1 255.255.255.0 ipmp0:0.0.0.0.0.0 10.0.0.1');
  });

  it('names the destination unless -n', () => {
    lab = newLab();
    expect(lab.route('get', '127.0.0.1').out.split('\n').slice(0, 2)).toEqual(['   route to: localhost', 'destination: localhost']);
    expect(lab.route('-n', 'get', '127.0.0.1').out.split('\n').slice(0, 2)).toEqual(['   route to: 127.0.0.1', 'destination: 127.0.0.1']);
  });
});

describe('IPv6', () => {
  it('adds, gets and deletes with -inet6 and prefix lengths', () => {
    lab = lanLab();
    expect(lab.route('add', '-inet6', '2001:db8:2::/48', '2001:db8:1::1').out).toBe('add net 2001:db8:2::/48: gateway 2001:db8:1::1\n');
    expect(lab.route('add', '-inet6', '2001:db8:3::1', '2001:db8:1::1').out).toBe('add host 2001:db8:3::1: gateway 2001:db8:1::1\n');
    expect(lab.route('get', '-inet6', '2001:db8:2::5').out).toBe(lines(
      '   route to: 2001:db8:2::5',
      'destination: 2001:db8:2::',
      '       mask: ffff:ffff:ffff::',
      '    gateway: 2001:db8:1::1',
      '  interface: net1',
      '      flags: <UP,GATEWAY,DONE,STATIC>',
      GET_HEADER,
      ZERO_1500,
    ));
    expect(table(lab, 'inet6')).toEqual(expect.arrayContaining(['2001:db8:2::/48 2001:db8:1::1', '2001:db8:3::1/128 2001:db8:1::1']));
    expect(lab.route('-f', 'inet6', 'delete', '2001:db8:3::1', '2001:db8:1::1').out).toBe(lines(
      '2001:db8:2::         2001:db8:1::1        done',
      '2001:db8:3::1        2001:db8:1::1        done',
      'delete host 2001:db8:3::1: gateway 2001:db8:1::1: not in table',
    ));
  });
});

describe('route flush (§3.6)', () => {
  it('deletes default, prefix and host routes only; -n shortens nets', () => {
    lab = lanLab();
    lab.route('add', 'default', '192.168.1.1');
    lab.route('add', '10.0.0.0/8', '192.168.1.1');
    lab.route('add', '172.16.0.0/16', '192.168.1.2');
    lab.route('add', '192.0.2.0/24', '192.168.1.1');
    lab.route('add', '10.1.2.3', '192.168.1.1');
    lab.route('add', '172.20.0.0/16', '192.168.1.10', '-interface');
    expect(lab.route('-n', 'flush')).toMatchObject({
      code: 0,
      out: lines(
        'default              192.168.1.1          done',
        '10                   192.168.1.1          done',
        '10.1.2.3             192.168.1.1          done',
        '172.16               192.168.1.2          done',
        '192.0.2              192.168.1.1          done',
      ),
    });
    expect(table(lab)).toEqual(['172.20.0.0/16 192.168.1.10']);
    expect(lab.route('flush').out).toBe('');
  });

  it('without -n, networks are named from /etc/inet/networks; -q is quiet', () => {
    lab = lanLab();
    lab.route('add', '10.0.0.0/8', '192.168.1.1');
    lab.route('add', '10.1.0.0/16', '192.168.1.1');
    expect(lab.route('flush').out).toBe(lines('arpanet              192.168.1.1          done', '10.1                 192.168.1.1          done'));
    lab.route('add', '10.0.0.0/8', '192.168.1.1');
    expect(lab.route('-q', 'flush').out).toBe('');
    expect(table(lab)).toEqual([]);
  });

  it('-v prints each delete as route monitor would, seq = the index in the MIB walk', () => {
    lab = lanLab();
    lab.route('add', '10.0.0.0/8', '192.168.1.1');
    const out = lab.route('-v', '-n', 'flush').out;
    expect(out).toMatch(/^Examining routing table from T_SVR4_OPTMGMT_REQ\nRTM_DELETE: Delete Route: len 124, pid: 0, seq \d+, errno 0, flags:<GATEWAY>\nlocks:  inits: \nsockaddrs: <DST,GATEWAY,NETMASK>\n 10.0.0.0 192.168.1.1 255.0.0.0\n$/);
  });
});

describe('persistent routes (§3.7)', () => {
  const FILE = '/etc/inet/static_routes';
  const file = (l: Lab) => {
    const db = openState(l.file);
    try {
      return hostFiles(db, 1).read(FILE);
    } finally {
      db.close();
    }
  };

  it('add, show, get, delete', () => {
    lab = lanLab();
    expect(lab.route('-p', 'show').out).toBe('No persistent routes are defined\n');
    expect(lab.route('-p', 'add', '10.0.0.0/8', '192.168.1.1')).toMatchObject({
      code: 0, out: lines('add net 10.0.0.0/8: gateway 192.168.1.1', 'add persistent net 10.0.0.0/8: gateway 192.168.1.1'),
    });
    expect(file(lab)).toBe('# File generated by route(1M) - do not edit.\n10.0.0.0/8 192.168.1.1\n');
    expect(lab.route('-p', 'add', '10.0.0.0/8', '192.168.1.1')).toMatchObject({
      code: 1,
      all: lines('add net 10.0.0.0/8: gateway 192.168.1.1: entry exists', 'add persistent net 10.0.0.0/8: gateway 192.168.1.1: entry exists'),
      err: 'add persistent net 10.0.0.0/8: gateway 192.168.1.1: entry exists\n',
    });
    expect(lab.route('-p', '-f', 'inet6', 'add', '2001:db8:9::/48', '2001:db8:1::1').code).toBe(0);
    expect(lab.route('-p', 'show').out).toBe(lines('persistent: route add 10.0.0.0/8 192.168.1.1', 'persistent: route add -inet6 2001:db8:9::/48 2001:db8:1::1'));
    expect(lab.route('-p', 'get', '10.0.0.0/8').out.split('\n').slice(-2)).toEqual(['persistent: route add 10.0.0.0/8 192.168.1.1', '']);
    expect(lab.route('-p', 'get', '10.7.0.0/16')).toMatchObject({ code: 0, out: lines('10.7.0.0/16: not in table', 'get persistent net 10.7.0.0/16: not in file') });
    expect(lab.route('-p', 'delete', '10.0.0.0/8', '192.168.1.1')).toMatchObject({
      code: 0, out: lines('delete net 10.0.0.0/8: gateway 192.168.1.1', 'delete persistent net 10.0.0.0/8: gateway 192.168.1.1'),
    });
    expect(lab.route('-p', 'delete', '10.0.0.0/8', '192.168.1.1')).toMatchObject({
      code: 1,
      out: 'delete net 10.0.0.0/8: gateway 192.168.1.1: not in table\n',
      err: 'delete persistent net 10.0.0.0/8: gateway 192.168.1.1: not in file\n',
    });
    expect(lab.route('-p', 'change', '10.0.0.0/8', '192.168.1.1')).toMatchObject({ code: 1, err: 'route: change command not supported with -p\n' });
  });

  it('a kernel failure other than EEXIST/ESRCH leaves the file alone', () => {
    lab = lanLab();
    expect(lab.route('-p', 'add', '10.0.0.0/8', '10.99.99.99').code).toBe(128);
    expect(file(lab)).toBeUndefined();
  });

  it('-R changes only the file under the root', () => {
    lab = lanLab();
    expect(lab.route('-p', '-R', '/a', 'add', '10.0.0.0/8', '192.168.1.1')).toMatchObject({ code: 0, out: 'add persistent net 10.0.0.0/8: gateway 192.168.1.1\n' });
    expect(table(lab)).toEqual([]);
    expect(lab.route('-p', '-R', '/a', 'show').out).toBe('persistent: route add 10.0.0.0/8 192.168.1.1\n');
    expect(lab.route('-p', 'show').out).toBe('No persistent routes are defined\n');
  });

  it('flush -p empties the file of the family', () => {
    lab = lanLab();
    lab.route('-p', 'add', '10.0.0.0/8', '192.168.1.1');
    lab.route('-p', 'add', '-inet6', '2001:db8:9::/48', '2001:db8:1::1');
    expect(lab.route('-p', '-n', 'flush').out).toBe(lines('delete persistent net 10.0.0.0/8: gateway 192.168.1.1', '10                   192.168.1.1          done'));
    expect(lab.route('-p', 'show').out).toBe('persistent: route add -inet6 2001:db8:9::/48 2001:db8:1::1\n');
  });
});

describe('--json (lab addition)', () => {
  it('prints records instead of the text', () => {
    lab = lanLab();
    const r = lab.route('--json', 'add', '10.0.0.0/8', '192.168.1.1');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([{ command: 'add', type: 'net', destination: '10.0.0.0/8', gateway: '192.168.1.1', flags: '<GATEWAY,STATIC>', errno: 0, error: null }]);
    const g = JSON.parse(lab.route('--json', 'get', '10.1.1.1').out);
    expect(g[0].reply).toMatchObject({ destination: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.1', interface: 'net0' });
  });
});
