// Failure messages as ifconfig.c's Perror0/Perror2 calls word them, and the requests around them.
import { describe, it, expect, afterEach } from 'vitest';
import { newHost } from './test-kit';
import type { Host } from './test-kit';

let host: Host;
afterEach(() => host?.cleanup());

describe('Perror paths', () => {
  it('setifsubnet perrors plain SIOCSLIFSUBNET; setiftoken borrows setifsubnet\'s missing-prefix message', () => {
    host = newHost();
    expect(host.ifconfig('net9', 'subnet', '10.0.0.0/24')).toMatchObject({ code: 1, err: 'ifconfig: SIOCSLIFSUBNET: net9: no such interface\n' });
    expect(host.ifconfig('net0', 'inet6', 'token', '::1')).toMatchObject({ code: 1, err: 'ifconfig: Missing prefix length in subnet ::1\n' });
  });

  it('removeif after addif acts on the new logical interface, which it refuses', () => {
    host = newHost();
    host.ifconfig('net0', 'plumb', '10.0.0.1/24', 'up');
    expect(host.ifconfig('net0', 'addif', '10.0.0.5/24', 'removeif', '10.0.0.1')).toMatchObject({
      code: 1, out: 'Created new logical interface net0:1\n', err: 'ifconfig: removeif: bad physical interface name net0:1\n',
    });
  });

  it('any flag word that leaves an IPv6 member up brings its group\'s IPv6 IPMP interface up first', () => {
    host = newHost();
    host.ifconfig('ipmp0', 'inet6', 'ipmp');
    host.ifconfig('net0', 'inet6', 'plumb', 'group', 'ipmp0', 'up');
    host.ifconfig('ipmp0', 'inet6', 'down');
    expect(host.ifconfig('net0', 'inet6', '-private')).toMatchObject({ code: 0, err: '' });
    expect(host.ifconfig('ipmp0', 'inet6').out.split('\n')[0]).toMatch(/^ipmp0: flags=\w+<UP,/);
  });
});
