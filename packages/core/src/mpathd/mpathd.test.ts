import { describe, it, expect } from 'vitest';
import { bootedKernel, up, setFlag, rtRequest } from '@ipmplab/test-support';
import { ioctl } from '../kernel/ioctl';
import { setLinkState } from '../kernel/if/link';
import { IFF, formatIfconfigFlags } from '../wire';
import type { HostKernel as Kernel } from '@ipmplab/test-support';
import { mpathdStart, mpathdSync, labHost, labProbeLoss } from './daemon';
import { ipmpSnapshot } from './query';
import { mpathdOffline, mpathdUndoOffline } from './offline';
import { probeInterval } from './probe';

/** A group ipmp0 with net0 and net1 (net1 standby when asked), one data address, in.mpathd running. */
function rig(standby = false): Kernel {
  const k = bootedKernel();
  mpathdStart(k);
  ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
  for (const n of ['net0', 'net1']) {
    ioctl(k, 'PLUMB', { name: n, af: 'inet' });
    ioctl(k, 'SIOCSLIFGROUPNAME', { name: n, af: 'inet', group: 'ipmp0' });
    if (n === 'net1' && standby) setFlag(k, n, IFF.STANDBY, true);
    up(k, n);
  }
  ioctl(k, 'SIOCSLIFADDR', { name: 'ipmp0', af: 'inet', addr: '10.0.0.1' });
  up(k, 'ipmp0');
  sync(k);
  return k;
}

function sync(k: Kernel): void {
  mpathdSync(k);
  k.drainDeferred();
}

const flags = (k: Kernel, n: string) => formatIfconfigFlags(ioctl(k, 'SIOCGLIFFLAGS', { name: n, af: 'inet' }).flags);
const logText = (k: Kernel) => k.state.log.filter((l) => l.source === 'in.mpathd').map((l) => l.text);
const groupRow = (k: Kernel) => {
  const g = ipmpSnapshot(k)!.groups[0];
  return `${g.state} ${g.active.join(' ')} (${g.inactive.join(' ')}) [${g.unusable.join(' ')}]`;
};

describe('in.mpathd, link-based', () => {
  it('a standby stays INACTIVE while the active member works, and takes over when its link goes', () => {
    const k = rig(true);
    expect(flags(k, 'net1')).toBe('61000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,STANDBY,INACTIVE>');
    expect(groupRow(k)).toBe('ok net0 (net1) []');
    setLinkState(k, 'net0', false);
    sync(k);
    expect(flags(k, 'net0')).toBe('11000803<UP,BROADCAST,MULTICAST,IPv4,FAILED>');
    expect(flags(k, 'net1')).toBe('21000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,STANDBY>');
    expect(groupRow(k)).toBe('degraded net1 () [net0]');
    expect(ioctl(k, 'SIOCGLIFBINDING', { name: 'ipmp0', af: 'inet' }).binding).toBe('net1');
    setLinkState(k, 'net0', true);
    sync(k);
    expect(groupRow(k)).toBe('ok net0 (net1) []');
    expect(logText(k)).toEqual([
      'At least 1 IP interface (net0) in group ipmp0 is now usable',
      'The link has gone down on net0',
      'IP interface failure detected on net0 of group ipmp0',
      'The link has come up on net0',
      'IP interface repair detected on net0 of group ipmp0',
    ]);
  });

  it('FAILBACK=no: a repaired interface comes back INACTIVE', () => {
    const k = rig();
    k.state.mpathd!.config.failback = false; // what in.mpathd read from FAILBACK=no
    setLinkState(k, 'net0', false);
    sync(k);
    setLinkState(k, 'net0', true);
    sync(k);
    expect(flags(k, 'net0')).toBe('41000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,INACTIVE>');
    expect(groupRow(k)).toBe('ok net1 (net0) []');
  });

  it('losing every member fails the group; the first repair makes it usable again', () => {
    const k = rig();
    setLinkState(k, 'net0', false);
    setLinkState(k, 'net1', false);
    sync(k);
    expect(groupRow(k)).toBe('failed  () [net1 net0]');
    expect(flags(k, 'ipmp0')).toBe('8011000803<UP,BROADCAST,MULTICAST,IPv4,FAILED,IPMP>');
    expect(logText(k)).toContain('All IP interfaces in group ipmp0 are now unusable');
    setLinkState(k, 'net1', true);
    sync(k);
    expect(logText(k).at(-1)).toBe('At least 1 IP interface (net1) in group ipmp0 is now usable');
  });

  it('a link that flaps more than twice a minute is not repaired until it settles', () => {
    const k = rig();
    for (let i = 0; i < 3; i++) {
      setLinkState(k, 'net0', false);
      sync(k);
      k.advance(k.now + 1000);
      setLinkState(k, 'net0', true);
      sync(k);
    }
    expect(logText(k).at(-1)).toBe('The link has come up on net0 more than 2 times in the last minute; disabling repair until it stabilizes');
    expect(flags(k, 'net0')).toContain('FAILED');
    k.advance(k.now + 60_000);
    sync(k);
    expect(flags(k, 'net0')).not.toContain('FAILED');
  });
});

describe('in.mpathd, offline', () => {
  it('offline needs another usable member; undo brings the interface back', () => {
    const k = rig();
    expect(mpathdOffline(k, 'net1', 1)).toEqual({ code: 'SUCCESS' });
    expect(mpathdOffline(k, 'net0', 1)).toEqual({ code: 'EMINRED' });
    expect(mpathdOffline(k, 'net7', 1)).toEqual({ code: 'EUNKIF' });
    expect(flags(k, 'net1')).toBe('81000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,OFFLINE>');
    expect(mpathdUndoOffline(k, 'net0')).toEqual({ code: 'FAILURE', errno: 22 });
    expect(mpathdUndoOffline(k, 'net1')).toEqual({ code: 'SUCCESS' });
    expect(flags(k, 'net1')).toBe('1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4>');
  });
});

describe('in.mpathd, probe-based', () => {
  function probing(): Kernel {
    const k = rig();
    labHost(k, '10.0.0.254', true);
    // A test address: -failover before up, or it would migrate to ipmp0.
    ioctl(k, 'SIOCLIFADDIF', { name: 'net0:1', af: 'inet' });
    setFlag(k, 'net0:1', IFF.NOFAILOVER, true);
    ioctl(k, 'SIOCSLIFNETMASK', { name: 'net0:1', af: 'inet', addr: '255.255.255.0' });
    ioctl(k, 'SIOCSLIFADDR', { name: 'net0:1', af: 'inet', addr: '10.0.0.30' });
    up(k, 'net0:1');
    sync(k);
    return k;
  }

  it('probes the hosts that answer (multicast mode) from the test address', () => {
    const k = probing();
    const i = ipmpSnapshot(k)!.interfaces.find((x) => x.name === 'net0')!;
    expect(i.targets).toEqual([{ family: 'inet', mode: 'multicast', testaddr: '10.0.0.30', targets: ['10.0.0.254'] }]);
    expect(i.probe).toBe('ok');
    expect(ipmpSnapshot(k)!.groups[0].fdt).toBe(10_000);
  });

  it('prefers on-link routers from the routing table (routes mode)', () => {
    const k = probing();
    expect(rtRequest(k, { type: 'ADD', dst: '0.0.0.0', mask: '0.0.0.0', gateway: '10.0.0.253' }).errno).toBe(0);
    sync(k);
    const i = ipmpSnapshot(k)!.interfaces.find((x) => x.name === 'net0')!;
    expect(i.targets).toEqual([{ family: 'inet', mode: 'routes', testaddr: '10.0.0.30', targets: ['10.0.0.253'] }]);
  });

  it('five lost probes after the quiet period fail the interface; ten answered ones repair it', () => {
    const k = probing();
    const step = probeInterval(k.state.mpathd!);
    k.advance(k.now + 3 * step); // answered: the quiet period ends
    labProbeLoss(k, 'net0', true);
    k.advance(k.now + 4 * step);
    expect(flags(k, 'net0')).not.toContain('FAILED');
    k.advance(k.now + step);
    expect(flags(k, 'net0')).toContain('FAILED');
    expect(ipmpSnapshot(k)!.interfaces.find((x) => x.name === 'net0')!.probe).toBe('failed');
    labProbeLoss(k, 'net0', false);
    k.advance(k.now + 9 * step);
    expect(flags(k, 'net0')).toContain('FAILED');
    k.advance(k.now + step);
    expect(flags(k, 'net0')).not.toContain('FAILED');
    expect(k.state.mpathd!.probeLog.filter((e) => e.lost).length).toBe(5);
  });
});

describe('in.mpathd, duplicate hardware addresses', () => {
  it('offlines the later member with the same MAC (h flag), and onlines it once unique', async () => {
    const { setLinkMac } = await import('../kernel/if/link');
    const k = rig();
    setLinkMac(k, 'net1', k.state.links.net0.mac);
    sync(k);
    expect(flags(k, 'net1')).toBe('81000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,OFFLINE>');
    const net1 = ipmpSnapshot(k)!.interfaces.find((x) => x.name === 'net1')!;
    expect([net1.flags.hwdup, net1.state]).toEqual([true, 'offline']);
    expect(mpathdUndoOffline(k, 'net1')).toEqual({ code: 'EHWADDRDUP' });
    setLinkMac(k, 'net1', '2:8:20:aa:bb:cc');
    sync(k);
    expect(flags(k, 'net1')).toBe('1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4>');
    expect(logText(k).slice(-2)).toEqual([
      'IP interface net1 has a hardware address which is not unique in group ipmp0; offlining',
      'IP interface net1 now has a unique hardware address in group ipmp0; onlining',
    ]);
  });
});
