// The parsers on what the lab's own tools print (their layouts are the real ones, on both
// releases), and on captures mangled in transit: CRLF, tabs expanded, trailing blanks stripped,
// a last line cut off, random text. Nothing throws; what is not understood is said, line by line.
import { describe, it, expect } from 'vitest';
import { parseCapture } from './index';

const IFCONFIG = [
  'lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1',
  '\tinet 127.0.0.1 netmask ff000000 ',
  'ipmp0: flags=8001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP> mtu 1500 index 2',
  '\tinet 192.168.10.10 netmask ffffff00 broadcast 192.168.10.255',
  '\tgroupname ipmp0',
  'net0: flags=9040843<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER> mtu 1500 index 3',
  '\tinet 192.168.10.30 netmask ffffff00 broadcast 192.168.10.255',
  '\tgroupname ipmp0',
  '\tether 2:8:20:4c:3a:10 ',
  'net2:1: flags=2000841<UP,RUNNING,MULTICAST,IPv6> mtu 1500 index 5',
  '\tinet6 2001:db8::5/64 ',
  '',
].join('\n');

const NETSTAT = [
  '',
  'Routing Table: IPv4',
  '  Destination           Gateway           Flags  Ref     Use     Interface ',
  '-------------------- -------------------- ----- ----- ---------- --------- ',
  'default              192.168.10.1         UG        1          0           ',
  '10.5.0.0             192.168.10.254       UGR       1          0 ipmp0     ',
  '',
  'Routing Table: IPv6',
  '  Destination/Mask            Gateway                   Flags Ref   Use    If   ',
  '--------------------------- --------------------------- ----- --- ------- ----- ',
  '2001:db8:1::/48             2001:db8::1                 UG      1       0 net2  ',
  '',
].join('\n');

const summary = (text: string, name = 'capture.txt') =>
  parseCapture(name, text).map((c) => ({ kind: c.kind, lifs: c.lifs.map((l) => `${l.name} ${l.family} ${l.address}/${l.prefixlen} ${l.group ?? ''}`.trim()), routes: c.routes.map((r) => `${r.destination}/${r.prefixlen ?? '?'} ${r.gateway} ${r.flags}`), unparsed: c.unparsed.map((u) => `${u.line} ${u.why}`) }));

describe('captures of the lab\'s own layouts', () => {
  it('ifconfig -a: flags, addresses, groups, ether, logical IPv6 units', () => {
    expect(summary(IFCONFIG)).toEqual([{ kind: 'ifconfig-a', unparsed: [], routes: [], lifs: [
      'lo0 inet 127.0.0.1/8', 'ipmp0 inet 192.168.10.10/24 ipmp0', 'net0 inet 192.168.10.30/24 ipmp0', 'net2:1 inet6 2001:db8::5/64',
    ] }]);
    expect(parseCapture('x', IFCONFIG)[0].lifs[2]).toMatchObject({ flagsHex: '9040843', ether: '2:8:20:4c:3a:10', index: 3, mtu: 1500 });
  });

  it('netstat -rn: both tables; IPv4 rows carry no mask, IPv6 rows do', () => {
    expect(summary(NETSTAT)).toEqual([{ kind: 'netstat-rn', lifs: [], unparsed: [], routes: ['default/? 192.168.10.1 UG', '10.5.0.0/? 192.168.10.254 UGR', '2001:db8:1::/48 2001:db8::1 UG'] }]);
  });

  it('a session log: each command\'s output after its prompt', () => {
    const log = `root@a:~# ifconfig -a\n${IFCONFIG}root@a:~# netstat -rn\n${NETSTAT}root@a:~# uptime\n  10:00am  up 3 days\n`;
    expect(summary(log).map((s) => s.kind)).toEqual(['ifconfig-a', 'netstat-rn', 'ifconfig-a']);
    expect(summary(log)[2].unparsed).toEqual([`${log.split('\n').indexOf('  10:00am  up 3 days') + 1} output of a command the lab does not read`]);
  });
});

describe('mangled captures', () => {
  it('CRLF, tabs expanded to spaces and trailing blanks stripped read the same', () => {
    const mangled = IFCONFIG.replace(/\t/g, '        ').replace(/ +\n/g, '\n').replace(/\n/g, '\r\n');
    expect(summary(mangled)).toEqual(summary(IFCONFIG));
    expect(summary(NETSTAT.replace(/ +\n/g, '\n').replace(/\n/g, '\r\n'))).toEqual(summary(NETSTAT));
  });

  it('a capture cut off mid-line says so', () => {
    const cut = IFCONFIG.slice(0, IFCONFIG.indexOf('netmask ffffff00 broadcast 192.168.10.255') + 7);
    expect(summary(cut)[0].unparsed).toEqual(['4 netmask without a value (cut off?)']);
    const flags = 'net0: flags=1000843<UP,BROAD';
    expect(summary(flags)[0].unparsed).toEqual(['1 a flags line cut off or malformed']);
    expect(summary(`${IFCONFIG}${flags}`)[0].unparsed).toEqual(['12 a flags line cut off or malformed']);
    expect(summary(NETSTAT.slice(0, NETSTAT.indexOf('10.5.0.0') + 20))[0].unparsed).toEqual(['6 a route row cut off']);
  });

  it('random text is no capture, and never throws', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: Math.floor(rnd() * 400) }, () => String.fromCharCode(Math.floor(rnd() * 128))).join('');
      expect(() => parseCapture('random.txt', text)).not.toThrow();
    }
    expect(parseCapture('x', 'hello\nworld\n')).toEqual([]);
  });

  it('a boot file by its name, kept whole; a binary one refused line by line', () => {
    expect(parseCapture('/tmp/hostname.net0', 'group ipmp0 up\r\n')[0].files).toEqual([{ path: '/etc/hostname.net0', content: 'group ipmp0 up\n' }]);
    expect(parseCapture('static_routes', '-net 10.0.0.0/8 192.168.1.1')[0].files[0]).toEqual({ path: '/etc/inet/static_routes', content: '-net 10.0.0.0/8 192.168.1.1\n' });
    expect(parseCapture('hostname6.net1', 'a\u0000b\n')[0].unparsed).toEqual([{ line: 1, text: 'a\u0000b', why: 'control characters: not a text file' }]);
  });
});

describe('Solaris 11.4\'s reports', () => {
  const OVERVIEW = [
    'NAME         CLASS/TYPE STATE     UNDER  ADDR',
    'lo0          loopback   ok        --     --',
    '  lo0/v4     static     ok        --     127.0.0.1/8',
    'ipmp0        ipmp       ok        --     --',
    '  ipmp0/v4   static     ok        --     10.0.0.10/24',
    'net0         ip         ok        ipmp0  --',
    '  net0/test  static     ok        --     10.0.0.30/24',
    'net1         ip         ok        ipmp0  --',
    'net2         ip         ok        --     --',
    '  net2/v6    addrconf   ok        --     fe80::8:20ff:fe4c:3a12/10',
    '',
  ].join('\n');

  it('bare ipadm: interfaces, IPMP membership, address objects', () => {
    const [c] = parseCapture('ipadm.txt', OVERVIEW);
    expect(c.kind).toBe('ipadm-overview');
    expect(c.unparsed).toEqual([]);
    expect(c.groups.map((g) => g.interface)).toEqual(['ipmp0']);
    expect(c.members.map((m) => `${m.name}@${m.group}`)).toEqual(['net0@ipmp0', 'net1@ipmp0']);
    expect(c.addrobjs.map((o) => `${o.addrobj} ${o.type} ${o.address}`)).toEqual(['lo0/v4 static 127.0.0.1/8', 'ipmp0/v4 static 10.0.0.10/24', 'net0/test static 10.0.0.30/24', 'net2/v6 addrconf fe80::8:20ff:fe4c:3a12/10']);
  });

  it('ipmpstat -P: the fields its prompt line named, colons escaped', () => {
    const log = '# ipmpstat -gP -o group,groupname,fdt,interfaces\nipmp0:ipmp0:10.00s:net1 net0 (net2)\n# ipmpstat -iP -o all\nnet1:yes:ipmp0:--mb---:up:disabled:ok\nnet2:no:ipmp0:is-----:up:disabled:ok\n# ipmpstat -tP -o interface,targets\nnet0:10.0.0.1 10.0.0.2\n';
    const caps = parseCapture('p.txt', log);
    expect(caps.map((c) => c.kind)).toEqual(['ipmpstat-parsable', 'ipmpstat-parsable', 'ipmpstat-parsable']);
    expect(caps[0].groups).toEqual([{ interface: 'ipmp0', name: 'ipmp0', state: undefined, fdt: '10.00s', members: [
      { name: 'net1', standby: false, active: true }, { name: 'net0', standby: false, active: true }, { name: 'net2', standby: true, active: false }] }]);
    expect(caps[1].members.map((m) => `${m.name} ${m.standby}`)).toEqual(['net1 false', 'net2 true']);
    expect(caps[2].probeTargets).toEqual([{ interface: 'net0', targets: ['10.0.0.1', '10.0.0.2'] }]);
    expect(parseCapture('q.txt', '# ipmpstat -gP\nipmp0:ipmp0\n')[0].unparsed[0].why).toBe('parsable output without the -o fields its command named');
  });
});
