// Which address words go through libipadm and what they print (ifconfig.c setifaddr, addif and
// the parser's destination handling; libipadm ipadm_create_addr).
import { describe, it, expect, afterEach } from 'vitest';
import { newHost } from './test-kit';
import type { Host } from './test-kit';

let host: Host;
afterEach(() => host?.cleanup());

const inetLine = (h: Host, name: string) => h.ifconfig(name).out.split('\n')[1];

describe('an ordinary interface: libipadm creates the address', () => {
  it('refuses a /31 in one command with libipadm\'s words; the mask libipadm set first stays', () => {
    host = newHost();
    host.ifconfig('net1', 'plumb');
    expect(host.ifconfig('net1', '10.1.0.1/31', 'up')).toMatchObject({
      code: 1, out: '', err: "ifconfig: could not create address:Can't assign requested address\n",
    });
    expect(inetLine(host, 'net1')).toBe('\tinet 0.0.0.0 netmask fffffffe ');
    expect(host.ifconfig('net1', '10.1.0.1', 'netmask', '255.255.255.254')).toMatchObject({ code: 1, err: "ifconfig: could not create address:Can't assign requested address\n" });
  });

  it('accepts the same values in two steps, keeping the broadcast address of the first', () => {
    host = newHost();
    host.ifconfig('net1', 'plumb');
    expect(host.ifconfig('net1', '10.1.0.1')).toMatchObject({ code: 0, err: '' });
    expect(host.ifconfig('net1', 'netmask', '255.255.255.254')).toMatchObject({ code: 0, err: '' });
    expect(inetLine(host, 'net1')).toBe('\tinet 10.1.0.1 netmask fffffffe broadcast 10.255.255.255');
  });

  it('creates the address before the next word runs, so `destination` follows it', () => {
    host = newHost();
    host.ifconfig('net1', 'plumb');
    expect(host.ifconfig('net1', '10.1.0.1/24', 'destination', '10.1.0.2', 'up')).toMatchObject({ code: 0, err: '' });
    expect(inetLine(host, 'net1')).toBe('\tinet 10.1.0.1 --> 10.1.0.2 netmask ffffff00 ');
  });

  it('a destination on an interface that is not point-to-point is libipadm\'s invalid argument', () => {
    host = newHost();
    host.ifconfig('net1', 'plumb');
    expect(host.ifconfig('net1', '10.1.0.1/24', '10.1.0.2')).toMatchObject({ code: 1, err: 'ifconfig: could not create address:Invalid argument provided\n' });
  });

  it('takes no further address once libipadm has created one', () => {
    host = newHost();
    host.ifconfig('net1', 'plumb');
    expect(host.ifconfig('net1', '10.1.0.1/24', 'up', '10.1.0.2')).toMatchObject({
      code: 1, err: 'ifconfig: cannot configure more than two addresses in one command\n',
    });
    expect(inetLine(host, 'net1')).toBe('\tinet 10.1.0.1 netmask ffffff00 broadcast 10.1.0.255');
  });

  it('removes the logical interface addif made when its address is refused', () => {
    host = newHost();
    host.ifconfig('net1', 'plumb');
    expect(host.ifconfig('net1', 'addif', '10.1.0.1/31')).toMatchObject({
      code: 1, out: 'Created new logical interface net1:1\n', err: "ifconfig: could not create address:Can't assign requested address\n",
    });
    expect(host.ifconfig('net1:1').err).toBe('ifconfig: status: SIOCGLIFFLAGS: net1:1: no such interface\n');
  });

  it('an unprivileged caller lacks the authorization libipadm checks', () => {
    host = newHost();
    host.ifconfig('net1', 'plumb');
    expect(host.ifconfigAs({ IPMPLAB_PRIVILEGED: '0' }, 'net1', '10.1.0.1/24')).toMatchObject({
      code: 1, err: 'ifconfig: could not create address:Insufficient user authorizations\n',
    });
  });
});

describe('an IPMP interface: plain ioctls, perror\'ed under their names', () => {
  it('puts the old mask back when the address is refused', () => {
    host = newHost();
    host.ifconfig('ipmp0', 'ipmp');
    expect(host.ifconfig('ipmp0', '10.2.0.1/31')).toMatchObject({ code: 1, err: 'ifconfig: SIOCSLIFADDR: ipmp0: Cannot assign requested address\n' });
    expect(inetLine(host, 'ipmp0')).toBe('\tinet 0.0.0.0 netmask 0 ');
  });

  it('addif sets a given mask (perror\'ed as addif: SIOCSLIFNETMASK) and the address (SIOCSLIFADDR) at once', () => {
    host = newHost();
    host.ifconfig('ipmp0', 'ipmp');
    expect(host.ifconfig('ipmp0', 'addif', '10.0.0.11', 'netmask', '255.0.255.0', 'up')).toMatchObject({
      code: 1, out: 'Created new logical interface ipmp0:1\n', err: 'ifconfig: addif: SIOCSLIFNETMASK: ipmp0:1: Operation not supported\n',
    });
    expect(host.ifconfig('ipmp0', 'addif', '10.0.0.12/31')).toMatchObject({
      code: 1, out: 'Created new logical interface ipmp0:2\n', err: 'ifconfig: SIOCSLIFADDR: ipmp0:2: Cannot assign requested address\n',
    });
  });
});
