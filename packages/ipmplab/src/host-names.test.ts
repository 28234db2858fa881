// The host's /etc/inet/hosts, networks and netmasks, as every tool that resolves or prints names
// reads them, and `ipmplab file put` refusing the files the lab does not read.
import { afterAll, describe, it, expect } from 'vitest';
import { runInProcess } from '@ipmplab/test-support';
import { TOOLS } from './requests/tools';
import { lab, removeTempStates, tempState } from './lab-test-kit';

afterAll(removeTempStates);

function tool(file: string, name: string, ...args: string[]): { code: number; out: string; err: string } {
  return runInProcess(TOOLS[name](), [...args, '--state', file]);
}

function host(files: Record<string, string>): string {
  const file = tempState();
  lab(file, ['init']);
  for (const [p, text] of Object.entries(files)) expect(lab(file, ['file', 'put', p, text]).code).toBe(0);
  return file;
}

describe('/etc/hosts', () => {
  it('ifconfig takes host names from it (addif web2 up)', () => {
    const file = host({ '/etc/hosts': '10.0.0.2 web2 # the web server\n10.0.0.3 web3 www\n' });
    expect(tool(file, 'ifconfig', 'ipmp0', 'ipmp', '10.0.0.1/24', 'up').code).toBe(0);
    expect(tool(file, 'ifconfig', 'ipmp0', 'addif', 'web2', 'up')).toEqual({ code: 0, out: 'Created new logical interface ipmp0:1\n', err: '' });
    expect(tool(file, 'ifconfig', 'ipmp0:1').out).toContain('\tinet 10.0.0.2 netmask ff000000 broadcast 10.255.255.255\n');
    // An alias, in any case.
    expect(tool(file, 'ifconfig', 'ipmp0', 'addif', 'WWW/24', 'up').code).toBe(0);
    expect(tool(file, 'ifconfig', 'ipmp0:2').out).toContain('\tinet 10.0.0.3 netmask ffffff00 broadcast 10.0.0.255\n');
    expect(tool(file, 'ifconfig', 'ipmp0', 'addif', 'web9', 'up')).toEqual({ code: 1, out: '', err: 'ifconfig: web9: bad address\n' });
  });

  it('netstat, route and ipmpstat print its names unless -n', () => {
    const file = host({ '/etc/hosts': '10.0.0.2 web2\n10.0.0.254 gw\n' });
    tool(file, 'ifconfig', 'net0', 'plumb', '10.0.0.2/24', 'up');
    expect(tool(file, 'route', 'add', '-net', '10.9.0.0/16', 'gw').out).toBe('add net 10.9.0.0/16: gateway gw\n');
    const rows = tool(file, 'netstat', '-r', '-f', 'inet').out.split('\n');
    expect(rows.find((l) => l.startsWith('10.9'))).toMatch(/^10\.9\.0\.0\s+gw\s+UG /);
    expect(tool(file, 'netstat', '-rn', '-f', 'inet').out).toMatch(/\n10\.9\.0\.0\s+10\.0\.0\.254\s+UG /);
    expect(tool(file, 'route', 'get', 'web2').out).toContain('destination: web2\n');
    expect(tool(file, 'route', '-n', 'get', 'web2').out).toContain('destination: 10.0.0.2\n');
  });

  it('ipmpstat -a prints host names without -n', () => {
    const file = host({ '/etc/hosts': '10.0.0.2 web2\n' });
    tool(file, 'ifconfig', 'ipmp0', 'ipmp', '10.0.0.2/24', 'up');
    tool(file, 'ifconfig', 'net0', 'plumb', 'group', 'ipmp0', 'up');
    expect(tool(file, 'ipmpstat', '-a').out).toMatch(/\nweb2\s+up\s+ipmp0 /);
    expect(tool(file, 'ipmpstat', '-an').out).toMatch(/\n10\.0\.0\.2\s+up\s+ipmp0 /);
  });
});

describe('/etc/netmasks and /etc/networks', () => {
  it('an address without a prefix takes its mask from netmasks; netmask + says what it sets', () => {
    const file = host({ '/etc/netmasks': '10.0.0.0\t255.255.255.0' });
    expect(tool(file, 'ifconfig', 'net0', 'plumb', '10.0.0.5', 'up').code).toBe(0);
    expect(tool(file, 'ifconfig', 'net0').out).toContain('\tinet 10.0.0.5 netmask ffffff00 broadcast 10.0.0.255\n');
    tool(file, 'ifconfig', 'net1', 'plumb', '10.0.0.6/8', 'up');
    expect(tool(file, 'ifconfig', 'net1', 'netmask', '+')).toEqual({ code: 0, out: 'Setting netmask of net1 to 255.255.255.0\n', err: '' });
    expect(tool(file, 'ifconfig', 'net1').out).toContain('netmask ffffff00');
    // On an interface that has no address yet there is nothing to look up.
    tool(file, 'ifconfig', 'net2', 'plumb');
    expect(tool(file, 'ifconfig', 'net2', 'netmask', '+')).toEqual({ code: 0, out: '', err: '' });
  });

  it('an IPMP interface (the plain-ioctl path) takes its mask from netmasks with netmask +', () => {
    const file = host({ '/etc/netmasks': '192.168.7.0 255.255.255.192' });
    expect(tool(file, 'ifconfig', 'ipmp0', 'ipmp', '192.168.7.10', 'netmask', '+', 'up')).toEqual({
      code: 0, out: 'Setting netmask of ipmp0 to 255.255.255.192\n', err: '',
    });
    expect(tool(file, 'ifconfig', 'ipmp0').out).toContain('\tinet 192.168.7.10 netmask ffffffc0 broadcast 192.168.7.63\n');
  });

  it('route takes network names from networks', () => {
    const file = host({ '/etc/networks': 'lab 10.1 labnet' });
    tool(file, 'ifconfig', 'net0', 'plumb', '10.0.0.2/24', 'up');
    expect(tool(file, 'route', 'add', '-net', 'labnet', '-netmask', '255.255.0.0', '10.0.0.254').code).toBe(0);
    expect(tool(file, 'netstat', '-rn', '-f', 'inet').out).toMatch(/\n10\.1\.0\.0\s+10\.0\.0\.254\s+UG /);
  });
});

describe('ipmplab file', () => {
  it('a new host has the stock files the lab reads and its boot\'s volatile map; /etc/hosts is /etc/inet/hosts', () => {
    const file = tempState();
    const listing = '/etc/default/mpathd\n/etc/inet/hosts\n/etc/inet/netmasks\n/etc/inet/networks\n/etc/svc/volatile/ipadm/aobjmap.conf\n';
    lab(file, ['init']);
    expect(lab(file, ['file', 'ls']).out).toBe(listing);
    expect(lab(file, ['file', 'cat', '/etc/hosts']).out).toContain('127.0.0.1\tlocalhost\tloghost\n');
    lab(file, ['file', 'put', '/etc/hosts', '10.0.0.2 web2']);
    expect(lab(file, ['file', 'cat', '/etc/inet/hosts']).out).toBe('10.0.0.2 web2\n');
    expect(lab(file, ['file', 'ls']).out).toBe(listing);
  });

  it('refuses to write a file the lab does not read, naming the ones it does', () => {
    const file = tempState();
    lab(file, ['init']);
    expect(lab(file, ['file', 'put', '/etc/resolv.conf', 'nameserver 10.0.0.1'])).toEqual({
      code: 1,
      out: '',
      err: 'ipmplab: file /etc/resolv.conf: not a file the lab reads; it reads /etc/hostname.<if>, /etc/hostname6.<if>, /etc/inet/static_routes, '
        + '/etc/default/mpathd, /etc/inet/hosts (/etc/hosts), /etc/inet/networks (/etc/networks), /etc/inet/netmasks (/etc/netmasks)\n',
    });
    expect(lab(file, ['file', 'cat', '/etc/resolv.conf']).code).toBe(1);
  });
});
