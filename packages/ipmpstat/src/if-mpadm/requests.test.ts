import { describe, it, expect } from 'vitest';
import { setLinkMac, ioctl, IFF, formatIfconfigFlags, mpathdStart, mpathdSync, ipmpSnapshot, DAD_MS } from '@ipmplab/core/testing';
import { bootedKernel, setFlags, summarize } from '@ipmplab/test-support';
import type { Family } from '@ipmplab/core/testing';
import type { HostKernel as Kernel } from '@ipmplab/test-support';
import { runIfMpadm } from './requests';
import type { MpadmAction } from './grammar';
import { joinIpmp0 } from '../test-kit';

function settle(k: Kernel): void {
  k.advance(k.now + DAD_MS.inet6 + DAD_MS.inet + 1);
  mpathdSync(k);
  k.drainDeferred();
  k.emitted.length = 0;
}

/**
 * The rehearsal: ipmp0 with net0 and net1 (standby), 10.0.0.1 on ipmp0, a test address
 * 10.0.0.30 on net0:1, in.mpathd running.
 */
function rig(caller?: { privileged: boolean; pid: number }): Kernel {
  const k = bootedKernel(['net0', 'net1', 'net2', 'net3'], caller);
  k.asRoot(() => {
    ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
    mpathdStart(k);
    joinIpmp0(k, ['net0', 'net1'], ['net1']);
    ioctl(k, 'SIOCLIFADDIF', { name: 'net0:1', af: 'inet' });
    ioctl(k, 'SIOCSLIFNETMASK', { name: 'net0:1', af: 'inet', addr: '255.255.255.0' });
    ioctl(k, 'SIOCSLIFADDR', { name: 'net0:1', af: 'inet', addr: '10.0.0.30' });
    setFlags(k, 'net0:1', 'inet', IFF.NOFAILOVER | IFF.DEPRECATED | IFF.UP);
    ioctl(k, 'SIOCSLIFNETMASK', { name: 'ipmp0', af: 'inet', addr: '255.255.255.0' });
    ioctl(k, 'SIOCSLIFADDR', { name: 'ipmp0', af: 'inet', addr: '10.0.0.1' });
    setFlags(k, 'ipmp0', 'inet', IFF.UP);
  });
  settle(k);
  return k;
}

function run(k: Kernel, action: MpadmAction, ifname: string): { code: number; err: string } {
  let err = '';
  const code = runIfMpadm(k, action, ifname, (t) => {
    err += t;
  });
  mpathdSync(k); // in.mpathd reacts within the same transaction, as transact() runs it
  k.drainDeferred();
  return { code, err };
}

const flags = (k: Kernel, n: string, af: Family = 'inet') => formatIfconfigFlags(ioctl(k, 'SIOCGLIFFLAGS', { name: n, af }).flags);
const isUp = (k: Kernel, n: string, af: Family = 'inet') => (ioctl(k, 'SIOCGLIFFLAGS', { name: n, af }).flags & IFF.UP) !== 0n;
const groupRow = (k: Kernel) => {
  const g = ipmpSnapshot(k)!.groups[0];
  return `${g.state} ${g.active.join(' ')} (${g.inactive.join(' ')}) [${g.unusable.join(' ')}]`;
};

describe('if_mpadm -d', () => {
  it('offlines a standby and brings its addresses down', () => {
    const k = rig();
    expect(groupRow(k)).toBe('ok net0 (net1) []');
    expect(run(k, 'offline', 'net1')).toEqual({ code: 0, err: '' });
    expect(flags(k, 'net1')).toBe('a1000842<BROADCAST,RUNNING,MULTICAST,IPv4,STANDBY,OFFLINE>');
    expect(groupRow(k)).toBe('degraded net0 () [net1]');
  });

  it('offlines the active member: the standby takes over, every UP address goes down in reverse kernel order', () => {
    const k = rig();
    expect(run(k, 'offline', 'net0')).toEqual({ code: 0, err: '' });
    expect(isUp(k, 'net0')).toBe(false);
    expect(isUp(k, 'net0:1')).toBe(false);
    expect(flags(k, 'net0')).toMatch(/OFFLINE/);
    expect(groupRow(k)).toBe('degraded net1 () [net0]');
    expect(ioctl(k, 'SIOCGLIFBINDING', { name: 'ipmp0', af: 'inet' }).binding).toBe('net1');
    const deladdrs = k.emitted.map(summarize).filter((m) => m.startsWith('RTM_DELADDR'));
    expect(deladdrs.map((m) => m.split(' ')[1].split('/')[0])).toEqual(['10.0.0.30', '0.0.0.0']);
  });

  it('refuses the last functioning member', () => {
    const k = rig();
    run(k, 'offline', 'net1');
    expect(run(k, 'offline', 'net0')).toEqual({
      code: 1, err: 'if_mpadm: fatal: cannot offline net0: no other functioning interfaces are in its IPMP group\n',
    });
    expect(isUp(k, 'net0')).toBe(true);
  });

  it('refuses an interface that is already offline', () => {
    const k = rig();
    run(k, 'offline', 'net1');
    expect(run(k, 'offline', 'net1')).toEqual({ code: 1, err: 'if_mpadm: fatal: interface net1 is already offline\n' });
  });

  it('refuses what in.mpathd does not track: the IPMP interface, an interface in no group', () => {
    const k = rig();
    expect(run(k, 'offline', 'ipmp0').err).toBe('if_mpadm: fatal: cannot offline ipmp0: not a physical interface or not in an IPMP group\n');
    k.asRoot(() => ioctl(k, 'PLUMB', { name: 'net2', af: 'inet' }));
    expect(run(k, 'offline', 'net2').err).toBe('if_mpadm: fatal: cannot offline net2: not a physical interface or not in an IPMP group\n');
    expect(run(k, 'offline', 'net0:1').err).toBe('if_mpadm: fatal: cannot offline net0:1: not a physical interface or not in an IPMP group\n');
  });

  it('cannot get the flags of an unknown interface (IPv4, then IPv6)', () => {
    const k = rig();
    expect(run(k, 'offline', 'net9')).toEqual({ code: 1, err: 'if_mpadm: fatal: cannot get interface flags on net9: No such device or address\n' });
    expect(run(k, 'undo', 'bogus!').err).toBe('if_mpadm: fatal: cannot get interface flags on bogus!: No such device or address\n');
    expect(run(k, 'offline', '').err).toBe('if_mpadm: fatal: cannot get interface flags on : No such device or address\n');
  });

  it('asks the kernel with the name cut to LIFNAMSIZ - 1 but names it in full', () => {
    const k = rig();
    const long = `net1${'x'.repeat(40)}`;
    expect(run(k, 'offline', long).err).toBe(`if_mpadm: fatal: cannot get interface flags on ${long}: No such device or address\n`);
  });

  it('finds an IPv6-only interface through the IPv6 socket', () => {
    const k = rig();
    k.asRoot(() => ioctl(k, 'PLUMB', { name: 'net3', af: 'inet6' }));
    expect(run(k, 'offline', 'net3').err).toBe('if_mpadm: fatal: cannot offline net3: not a physical interface or not in an IPMP group\n');
  });

  it('cannot contact in.mpathd when it is not running', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    expect(run(k, 'offline', 'net0')).toEqual({ code: 1, err: 'if_mpadm: fatal: cannot offline net0: cannot contact in.mpathd\n' });
  });

  it('an unprivileged caller is turned away by in.mpathd (no privileged port)', () => {
    const k = rig({ privileged: false, pid: 1 });
    expect(run(k, 'offline', 'net1')).toEqual({ code: 1, err: 'if_mpadm: fatal: cannot offline net1: Permission denied\n' });
    expect(flags(k, 'net1')).not.toMatch(/OFFLINE/);
  });
});

describe('if_mpadm -r', () => {
  it('brings the addresses back up and undoes the offline: a standby is INACTIVE again', () => {
    const k = rig();
    run(k, 'offline', 'net1');
    expect(run(k, 'undo', 'net1')).toEqual({ code: 0, err: '' });
    expect(flags(k, 'net1')).toBe('61000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,STANDBY,INACTIVE>');
    expect(groupRow(k)).toBe('ok net0 (net1) []');
  });

  it('brings up every down address, even one that was down before the offline', () => {
    const k = rig();
    k.asRoot(() => setFlags(k, 'net0:1', 'inet', 0n, IFF.UP));
    run(k, 'offline', 'net0');
    expect(run(k, 'undo', 'net0')).toEqual({ code: 0, err: '' });
    k.advance(k.now + 5000);
    expect(isUp(k, 'net0')).toBe(true);
    expect(isUp(k, 'net0:1')).toBe(true);
    expect(groupRow(k)).toBe('ok net0 (net1) []');
  });

  it('refuses an interface that is not offline', () => {
    const k = rig();
    expect(run(k, 'undo', 'net0')).toEqual({ code: 1, err: 'if_mpadm: fatal: interface net0 is not offline\n' });
    expect(run(k, 'undo', 'ipmp0')).toEqual({ code: 1, err: 'if_mpadm: fatal: interface ipmp0 is not offline\n' });
  });

  it('keeps the addresses it brought up when in.mpathd refuses the undo', () => {
    const k = rig();
    run(k, 'offline', 'net1');
    setLinkMac(k, 'net1', k.state.links.net0.mac); // now net1's address duplicates net0's
    expect(run(k, 'undo', 'net1')).toEqual({ code: 1, err: 'if_mpadm: fatal: cannot undo-offline net1: interface has duplicate hardware address\n' });
    expect(isUp(k, 'net1')).toBe(true);
    expect(flags(k, 'net1')).toMatch(/OFFLINE/);
  });

  it('an undo in.mpathd did not ask for fails with EINVAL', () => {
    const k = rig();
    k.asRoot(() => setFlags(k, 'net1', 'inet', IFF.OFFLINE));
    expect(k.state.mpathd!.phyints.net1.state).toBe('running');
    expect(run(k, 'undo', 'net1')).toEqual({ code: 1, err: 'if_mpadm: fatal: cannot undo-offline net1: Invalid argument\n' });
  });
});
