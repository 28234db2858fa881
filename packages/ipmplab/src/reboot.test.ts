// `ipmplab reboot`: the persistent configuration is applied as the boot scripts apply it, and a
// boot that did not go through says so and exits 1, naming every line that failed.
import { afterAll, describe, it, expect } from 'vitest';
import { lab, labJson, removeTempStates, tempState } from './lab-test-kit';

afterAll(removeTempStates);

describe('ipmplab reboot', () => {
  it('exits 0 when every boot line applied', () => {
    const file = tempState();
    lab(file, ['init']);
    lab(file, ['file', 'put', '/etc/hostname.net0', '192.168.1.10/24 up']);
    const r = lab(file, ['reboot']);
    expect(r).toEqual({
      code: 0,
      out: 'ipmplab: rebooted; applying the persistent configuration\n+ ifconfig net0 inet plumb\n+ ifconfig net0 inet 192.168.1.10/24 up\n',
      err: '',
    });
  });

  it('exits 1 and lists the lines that failed, after the console line net-physical prints', () => {
    const file = tempState();
    lab(file, ['init']);
    lab(file, ['file', 'put', '/etc/hostname.net0', '192.168.1.10/24 up\\nmtu 99999']);
    lab(file, ['file', 'put', '/etc/hostname.net7', 'up']);
    lab(file, ['file', 'put', '/etc/inet/static_routes', '# a comment\\ndefault 10.9.9.9']);
    const r = lab(file, ['reboot']);
    expect(r.code).toBe(1);
    expect(r.out).toBe([
      'ipmplab: rebooted; applying the persistent configuration',
      '+ ifconfig net0 inet plumb',
      '+ ifconfig net0 inet 192.168.1.10/24 up',
      '+ ifconfig net0 inet mtu 99999',
      // net7 does not plumb: its lines are not run.
      '+ ifconfig net7 inet plumb',
      '+ route add default 10.9.9.9',
      'add net default: gateway 10.9.9.9: Network is unreachable',
      '',
    ].join('\n'));
    expect(r.err).toBe([
      'ifconfig: setifmtu: SIOCSLIFMTU: net0: Invalid argument',
      'ifconfig: cannot plumb net7: Could not open DLPI link',
      'Failed to plumb IPv4 interface(s): net7',
      'Failed to configure IPv4 interface(s): net0',
      'ipmplab: reboot: 3 boot commands failed:',
      'ipmplab: reboot:   /etc/hostname.net0: mtu 99999',
      'ipmplab: reboot:   /etc/hostname.net7: (ifconfig net7 inet plumb)',
      'ipmplab: reboot:   /etc/inet/static_routes: default 10.9.9.9',
      '',
    ].join('\n'));
    // What did apply stays applied.
    expect(labJson(file, ['status']).links[0]).toMatchObject({ name: 'net0', plumbed: ['inet'] });
  });
});
