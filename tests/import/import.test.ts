// ipmplab import: a host rebuilt from captures. A lab host's own ifconfig -a, netstat -rn,
// ipmpstat -g and static_routes, imported into a fresh host, give back the same ifconfig -a and
// netstat -rn (both releases); the captures collected from public sources build what they show
// and say what they cannot; a file that is no capture, or one cut off, changes nothing.
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { interleavedIO, tempStateFiles } from '@ipmplab/test-support';
import { labMain } from '../../packages/ipmplab/src/main';
import { TOOLS } from '../../packages/ipmplab/src/requests/tools';

const temps = tempStateFiles('ipmplab-import');
afterAll(() => temps.cleanup());
const CAPTURES = path.join(__dirname, '..', 'fixtures', 'captures');

function run(file: string, line: string): { code: number; out: string; err: string } {
  const io = interleavedIO({});
  const [tool, ...args] = line.split(' ');
  const code = (tool === 'ipmplab' ? labMain : TOOLS[tool]())([...args, '--state', file], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

const must = (file: string, line: string) => {
  const r = run(file, line);
  expect({ line, code: r.code, err: r.err }).toEqual({ line, code: 0, err: '' });
  return r.out;
};

function lab(release: string, lines: string[]): string {
  const file = temps.file();
  must(file, `ipmplab init --release ${release} --links e1000g0,e1000g1,e1000g2,e1000g3`);
  for (const l of ['ipmplab clock manual 2030-01-01T00:00:00Z', ...lines, 'ipmplab clock advance 30s']) must(file, l);
  return file;
}

function fresh(): string {
  const file = temps.file();
  must(file, 'ipmplab init');
  must(file, 'ipmplab clock manual 2030-01-01T00:00:00Z');
  return file;
}

const BUILD = [
  'ifconfig ipmp0 ipmp 192.168.10.10/24 up',
  'ifconfig e1000g0 plumb 192.168.10.30/24 -failover group ipmp0 up',
  'ifconfig e1000g1 plumb 192.168.10.32/24 -failover group ipmp0 standby up',
  'ifconfig e1000g2 plumb 172.16.5.1/16 up',
  'ifconfig e1000g2 addif 172.16.5.2/16 up',
  'route -p add -net 10.50.0.0/16 192.168.10.1',
  'route add default 192.168.10.1',
  'route add -host 10.60.0.1 172.16.0.1',
];

describe('ipmplab import', () => {
  for (const release of ['illumos', 'solaris11']) {
    it(`a ${release} host's own captures rebuild it: the same ifconfig -a and netstat -rn`, () => {
      const source = lab(release, BUILD);
      const dir = path.dirname(source);
      const session = `root@a:~# ifconfig -a\n${must(source, 'ifconfig -a')}root@a:~# netstat -rn\n${must(source, 'netstat -rn')}root@a:~# ipmpstat -g\n${must(source, 'ipmpstat -g')}`;
      fs.writeFileSync(path.join(dir, 'session.txt'), session.replace(/\n/g, '\r\n'));
      fs.writeFileSync(path.join(dir, 'static_routes'), must(source, 'ipmplab file cat /etc/inet/static_routes'));
      const copy = fresh();
      if (release === 'solaris11') must(copy, 'ipmplab init --release solaris11');
      if (release === 'solaris11') must(copy, 'ipmplab clock manual 2030-01-01T00:00:00Z');
      const r = run(copy, `ipmplab import ${path.join(dir, 'session.txt')} ${path.join(dir, 'static_routes')}`);
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      must(copy, 'ipmplab clock advance 30s');
      for (const view of ['ifconfig -a', 'netstat -rn', 'ipmpstat -g', 'ipmplab file cat /etc/inet/static_routes']) expect(must(copy, view), view).toBe(must(source, view));
    });
  }

  it('a Solaris 11.4 host captured with bare ipadm and ipmpstat -P builds the same groups, addresses and routes', () => {
    const source = lab('solaris11', [
      'ipadm create-ipmp ipmp0', 'ipadm create-ip e1000g0', 'ipadm create-ip e1000g1', 'ipadm add-ipmp -i e1000g0 -i e1000g1 ipmp0',
      'ipadm create-addr -T static -a 10.0.0.10/24 ipmp0/v4', 'ipadm create-addr -T static -a 10.0.0.30/24 e1000g0/test',
      'ipadm create-ip e1000g2', 'ipadm create-addr -T static -a 172.16.0.1/16 e1000g2/v4', 'route -p add default 10.0.0.1',
    ]);
    const dir = path.dirname(source);
    const log = `root@s11:~# ipadm\n${must(source, 'ipadm')}root@s11:~# ipmpstat -gP -o group,groupname,state,fdt,interfaces\n${must(source, 'ipmpstat -gP -o group,groupname,state,fdt,interfaces')}` +
      `root@s11:~# netstat -rn\n${must(source, 'netstat -rn')}`;
    fs.writeFileSync(path.join(dir, 's11.txt'), log);
    const copy = temps.file();
    must(copy, 'ipmplab init --release solaris11');
    must(copy, 'ipmplab clock manual 2030-01-01T00:00:00Z');
    const r = run(copy, `ipmplab import ${path.join(dir, 's11.txt')}`);
    expect(r.code).toBe(0);
    must(copy, 'ipmplab clock advance 30s');
    // ipmpstat -a differs, as ipadm and ifconfig hosts do: ipadm plumbed the IPMP interface's IPv6
    // (an address ::, down) and the data address bound to the other member first.
    for (const view of ['ipmpstat -g', 'netstat -rn -f inet']) expect(must(copy, view), view).toBe(must(source, view));
    const addrs = (f: string) => must(f, 'ipadm show-addr -p -o addr').split('\n').sort();
    expect(addrs(copy)).toEqual(addrs(source));
  });

  it('OmniOS captures (ipadm show-addr, netstat -rn, dladm show-phys) build their host', () => {
    const file = fresh();
    const r = run(file, `ipmplab import ${['omnios-wiki-static.txt', 'omnios-wiki-netstat-rn.txt', 'omnios-wiki-dladm-show-phys.txt'].map((f) => path.join(CAPTURES, f)).join(' ')}`);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    must(file, 'ipmplab clock advance 5s');
    expect(must(file, 'ifconfig e1000g0')).toMatch(/^e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2\n\tinet 192\.168\.1\.10 netmask ffffff00 broadcast 192\.168\.1\.255\n/);
    expect(must(file, 'netstat -rn -f inet')).toMatch(/\ndefault +192\.168\.1\.1 +UG /);
    expect(must(file, 'dladm show-phys -o link')).toBe('LINK\ne1000g0\ne1000g1\n');
  });

  it('a DHCP interface is built with its address and said not reproduced', () => {
    const file = fresh();
    const r = run(file, `ipmplab import ${path.join(CAPTURES, 'ansible-18377-ifconfig-a.txt')}`);
    expect(r.code).toBe(0);
    expect(r.err.split('\n')).toContain('ipmplab: import: not reproduced: rtls0: configured by DHCP (the lab has no DHCP client): its address is set statically');
    expect(r.err.split('\n')).toContain('ipmplab: import: differs: rtls0 (inet): index 2 where the capture has 3');
    expect(must(file, 'ifconfig rtls0')).toContain('inet 192.168.125.125 netmask ffffff00 broadcast 192.168.125.255\n\tether 0:20:91:83:45:82 \n');
  });

  it('ipmpstat -g and -i alone build the groups, members, standby, offline and cables they show', () => {
    const file = fresh();
    const r = run(file, `ipmplab import ${path.join(CAPTURES, 'oracle-819-6990-ipmpstat-g.txt')} ${path.join(CAPTURES, 'oracle-819-6990-ipmpstat-i.txt')}`);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    must(file, 'ipmplab clock advance 30s');
    expect(must(file, 'ipmpstat -g -o group,groupname,state')).toBe('GROUP       GROUPNAME   STATE\nfield2      field2      ok\nacctg1      acctg1      failed\nitops0      itops0      ok\n');
    expect(must(file, 'ipmpstat -i -o interface,group,flags,link')).toContain('hme1        acctg1      -s-----   down');
  });

  it('a web page\'s capture: its boot files put on the disk, what it garbled reported line by line', () => {
    const file = fresh();
    const r = run(file, `ipmplab import ${path.join(CAPTURES, 'soniah-blog-ipmp.txt')}`);
    expect(r.code).toBe(0);
    expect(r.err).toContain('soniah-blog-ipmp.txt: line 11: not understood (an inet line needs an IPv4 address on an IPv4 interface):  inet 10.888.999.133');
    expect(must(file, 'ipmplab file cat /etc/hostname.bge3')).toBe('10.888.999.134 netmask + broadcast + mtu 1380 deprecated -failover standby group inner-prod up\n');
    expect(must(file, 'ifconfig bge3')).toMatch(/^bge3: flags=\w+<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER,STANDBY,INACTIVE,FIXEDMTU> mtu 1380 /);
  });

  it('only the host named: another host of the lab is left as it was', () => {
    const file = fresh();
    must(file, 'ipmplab host add b');
    must(file, 'ifconfig net0 plumb 10.0.0.1/24 up');
    const before = must(file, 'ifconfig -a');
    expect(run(file, `ipmplab import --host b ${path.join(CAPTURES, 'ansible-18377-ifconfig-a.txt')}`).code).toBe(0);
    expect(must(file, 'ifconfig -a')).toBe(before);
    expect(must(file, 'ifconfig -a --host b')).toContain('rtls0: flags=');
  });

  it('random text, a capture cut off and a missing file are refused in one line, nothing changed', () => {
    const file = fresh();
    must(file, 'ifconfig net0 plumb 10.0.0.1/24 up');
    const dir = path.dirname(file);
    fs.writeFileSync(path.join(dir, 'junk.txt'), 'hello\nworld\n');
    fs.writeFileSync(path.join(dir, 'cut.txt'), fs.readFileSync(path.join(CAPTURES, 'ansible-18377-ifconfig-a.txt'), 'utf8').slice(0, 250));
    const views = () => ['ifconfig -a', 'netstat -rn', 'ipmplab host ls', 'ipmplab file ls'].map((v) => must(file, v));
    const before = views();
    for (const [f, err] of [
      ['junk.txt', `ipmplab: import ${path.join(dir, 'junk.txt')}: not a capture the lab reads (ifconfig -a, netstat -rn, ipadm, ipmpstat, dladm output, /etc/hostname.*, static_routes); nothing changed\n`],
      ['cut.txt', `ipmplab: import ${path.join(dir, 'cut.txt')}: line 5 is cut off; nothing changed\n`],
      ['nosuch.txt', `ipmplab: import ${path.join(dir, 'nosuch.txt')}: No such file or directory\n`],
    ]) {
      expect(run(file, `ipmplab import ${path.join(CAPTURES, 'omnios-wiki-static.txt')} ${path.join(dir, f)}`)).toEqual({ code: 1, out: '', err });
    }
    expect(views()).toEqual(before);
  });
});
