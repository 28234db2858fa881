// The captures collected from public sources (tests/fixtures/captures, each with its source):
// what the lab reads in each, and every line it does not understand, with why.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseCapture } from './index';

const DIR = path.join(__dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'captures');
const read = (name: string) => parseCapture(name, fs.readFileSync(path.join(DIR, name), 'utf8'));

describe('captures from real hosts', () => {
  it('every capture has its source', () => {
    for (const f of fs.readdirSync(DIR).filter((x) => x.endsWith('.txt'))) expect(fs.existsSync(path.join(DIR, f.replace(/\.txt$/, '.source.md'))), f).toBe(true);
  });

  it('OpenSolaris ifconfig -a pasted as an indented block: lo0 and a DHCP interface', () => {
    const [c, ...rest] = read('ansible-18377-ifconfig-a.txt');
    expect(rest).toEqual([]);
    expect(c.kind).toBe('ifconfig-a');
    expect(c.unparsed).toEqual([]);
    expect(c.lifs[1]).toEqual({
      name: 'rtls0', family: 'inet', flags: ['UP', 'BROADCAST', 'RUNNING', 'MULTICAST', 'DHCP', 'IPv4'], flagsHex: '1004843', mtu: 1500, metric: 0, index: 3,
      address: '192.168.125.125', prefixlen: 24, broadcast: '192.168.125.255', ether: '0:20:91:83:45:82',
    });
  });

  it('OmniOS session logs: ipadm show-addr, netstat -rn, dladm show-phys after their prompts', () => {
    const [addr] = read('omnios-wiki-static.txt');
    expect(addr.kind).toBe('ipadm-show-addr');
    expect(addr.addrobjs.map((o) => [o.addrobj, o.type, o.state, o.address])).toEqual([
      ['lo0/v4', 'static', 'ok', '127.0.0.1/8'], ['e1000g0/v4static', 'static', 'ok', '192.168.1.10/24'], ['lo0/v6', 'static', 'ok', '::1/128'],
    ]);
    const [rn] = read('omnios-wiki-netstat-rn.txt');
    expect(rn.unparsed).toEqual([]);
    expect(rn.routes).toEqual([
      { family: 'inet', destination: 'default', gateway: '192.168.1.1', flags: 'UG', interface: 'e1000g0', prefixlen: undefined },
      { family: 'inet', destination: '192.168.1.0', gateway: '192.168.1.10', flags: 'U', interface: 'e1000g0', prefixlen: undefined },
      { family: 'inet', destination: '127.0.0.1', gateway: '127.0.0.1', flags: 'UH', interface: 'lo0', prefixlen: undefined },
    ]);
    const [phys] = read('omnios-wiki-dladm-show-phys.txt');
    expect(phys.links.map((l) => [l.name, l.state, l.device])).toEqual([['e1000g0', 'unknown', 'e1000g0'], ['e1000g1', '?', 'e1000g1']]);
  });

  it('ipmpstat -g and -i from Oracle\'s guide: brackets over several members, the document\'s typo kept', () => {
    const [g] = read('oracle-819-6990-ipmpstat-g.txt');
    expect(g.unparsed).toEqual([]);
    expect(g.groups.map((x) => [x.interface, x.name, x.state, x.fdt, x.members.map((m) => `${m.name}:${m.active ? 'active' : m.standby ? 'inactive' : m.state}`).join(' ')])).toEqual([
      ['itops0', 'itops0', 'ok', '10.00s', 'subitops0:active subitops1:active'],
      ['acctg1', 'acctg1', 'failed', '--', 'hme0:failed hme1:failed'],
      ['field2', 'field2', 'degraded', '20.00s', 'fops0:active fops3:active fops2:inactive fops1:failed'],
    ]);
    const [i] = read('oracle-819-6990-ipmpstat-i.txt');
    expect(i.unparsed).toEqual([]);
    expect(i.members).toHaveLength(8);
    expect(i.members.find((m) => m.name === 'hme1')).toEqual({ name: 'hme1', group: 'acctg1', standby: true, state: 'failed', link: 'down' });
    expect(i.members.find((m) => m.name === 'fops2')!.group).toBe('filed2');
  });

  it('a Solaris 10 page: <pre> and entities undone, cat of boot files read as files, anonymised addresses reported', () => {
    const caps = read('soniah-blog-ipmp.txt');
    expect(caps.map((c) => c.kind)).toEqual(['hostname-file', 'hostname-file', 'ifconfig-a', 'ifconfig-a', 'hostname-file']);
    expect(caps[0].files).toEqual([{ path: '/etc/hostname.bge2', content: '10.888.999.133 netmask + broadcast + mtu 1380 deprecated -failover group inner-prod up\n addif 10.888.999.132 netmask + broadcast + mtu 1380 group inner-prod up\n' }]);
    expect(caps[2].lifs[0]).toMatchObject({ name: 'bge2', flagsHex: '9040843', mtu: 1380, index: 4, group: 'inner-prod' });
    expect(caps.flatMap((c) => c.unparsed).map((u) => `${u.line}: ${u.why}`)).toEqual([
      '11: an inet line needs an IPv4 address on an IPv4 interface', '13: ether needs six hexadecimal bytes',
      '16: an inet line needs an IPv4 address on an IPv4 interface', '18: ether needs six hexadecimal bytes',
      '7: output of a command the lab does not read',
    ]);
  });
});
