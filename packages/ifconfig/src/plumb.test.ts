// plumb, unplumb and ipmp through libipadm (ifconfig.c inetplumb, inetunplumb, create_ipmp;
// ipadm_create_if, ipadm_delete_if).
import { describe, it, expect, afterEach } from 'vitest';
import { newHost } from './test-kit';
import type { Host } from './test-kit';

let host: Host;
afterEach(() => host?.cleanup());

describe('plumb', () => {
  it('an IPMP interface\'s name has no datalink to open: refused, no IPv6 instance, no routing message', () => {
    host = newHost();
    host.ifconfig('ipmp0', 'ipmp');
    expect(host.ifconfig('ipmp0', 'inet6', 'plumb')).toEqual({
      code: 1, out: '', err: 'ifconfig: cannot plumb ipmp0: Could not open DLPI link\n', messages: [],
    });
    expect(host.ifconfig('ipmp0', 'inet6')).toMatchObject({ code: 1, err: 'ifconfig: status: SIOCGLIFFLAGS: ipmp0: no such interface\n' });
    // The IPMP interface of IPv6 is made with `ipmp`.
    expect(host.ifconfig('ipmp0', 'inet6', 'ipmp')).toMatchObject({ code: 0, err: '' });
  });

  it('a member plumbed for a family its group lacks gets the group\'s IPMP interface for it first, up', () => {
    host = newHost();
    host.ifconfig('ipmp0', 'ipmp');
    host.ifconfig('net0', 'plumb', 'group', 'ipmp0');
    expect(host.ifconfig('net0', 'inet6', 'plumb')).toMatchObject({ code: 0, err: '' });
    expect(host.ifconfig('ipmp0', 'inet6').out.split('\n')[0]).toMatch(/^ipmp0: flags=\w+<UP,/);
    expect(host.ifconfig('net0', 'inet6').out).toContain('\tgroupname ipmp0\n');
  });

  it('an existing interface is reported without failing; a missing datalink fails', () => {
    host = newHost();
    host.ifconfig('net0', 'plumb');
    expect(host.ifconfig('net0', 'plumb')).toMatchObject({ code: 0, err: 'ifconfig: cannot plumb net0: Interface already exists\n' });
    expect(host.ifconfig('net9', 'plumb')).toMatchObject({ code: 1, err: 'ifconfig: cannot plumb net9: Could not open DLPI link\n' });
  });

  it('-a plumb plumbs the datalinks dlpi_open opens, which an unprivileged caller opens none of', () => {
    host = newHost();
    expect(host.ifconfigAs({ IPMPLAB_PRIVILEGED: '0' }, '-a', 'plumb')).toMatchObject({ code: 0, out: '', err: '' });
    expect(host.ifconfig('-a', 'plumb')).toMatchObject({ code: 0, err: '' });
    expect(host.ifconfig('net3').code).toBe(0);
  });
});

describe('unplumb', () => {
  it('an IPMP interface with members is refused; without, its addresses are brought down first', () => {
    host = newHost();
    host.ifconfig('ipmp0', 'ipmp', '10.0.0.1/24', 'up');
    host.ifconfig('net0', 'plumb', 'group', 'ipmp0');
    expect(host.ifconfig('ipmp0', 'unplumb')).toMatchObject({ code: 1, err: 'ifconfig: cannot unplumb ipmp0: IPMP group is not empty\n' });
    host.ifconfig('net0', 'unplumb');
    expect(host.ifconfig('ipmp0', 'unplumb')).toMatchObject({ code: 0, err: '' });
    expect(host.ifconfig('ipmp0', 'unplumb')).toMatchObject({ code: 1, err: 'ifconfig: cannot unplumb ipmp0: Interface does not exist\n' });
  });
});
