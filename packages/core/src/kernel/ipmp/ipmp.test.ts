import { describe, it, expect } from 'vitest';
import { bootedKernel, configure, flagsOf, setFlag, up, down, errnoOf, summarize, T0 } from '@ipmplab/test-support';
import { ioctl } from '../ioctl';
import { DAD_MS } from '../if/dad';
import { IFF, ERRNO, RTSQ, LIFC, formatIfconfigFlags } from '../../wire';
import type { Kernel } from '../kernel';

/** Messages with who may see them: '*' every socket, 'A' RTAW_UNDER_IPMP only, 'U' unaware only. */
function seen(k: Kernel): string[] {
  const tag = (q: number) => (q === RTSQ.ALL ? '*' : q === RTSQ.UNDER_IPMP ? 'A' : q === RTSQ.NORMAL ? 'U' : String(q));
  const out = k.emitted.map((e) => `${tag(e.rtsq)} ${summarize(e)}`);
  k.emitted.length = 0;
  return out;
}

const fl = (k: Kernel, name: string, af: 'inet' | 'inet6' = 'inet') => formatIfconfigFlags(flagsOf(k, name, af));
const join = (k: Kernel, name: string, group: string, af: 'inet' | 'inet6' = 'inet') => ioctl(k, 'SIOCSLIFGROUPNAME', { name, af, group });
const settle = (k: Kernel) => k.advance(k.now + 5000);

function group(): Kernel {
  const k = bootedKernel();
  ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
  return k;
}

describe('IPMP interface', () => {
  it('starts FAILED, not RUNNING, MTU 68, in a group named after it, with no messages', () => {
    const k = group();
    expect(fl(k, 'ipmp0')).toBe('8011000802<BROADCAST,MULTICAST,IPv4,FAILED,IPMP>');
    expect(ioctl(k, 'SIOCGLIFMTU', { name: 'ipmp0', af: 'inet' }).mtu).toBe(68);
    expect(ioctl(k, 'SIOCGLIFGROUPNAME', { name: 'ipmp0', af: 'inet' }).group).toBe('ipmp0');
    expect(seen(k)).toEqual([]);
    expect(errnoOf(() => ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true }))).toBe(ERRNO.EEXIST);
  });

  it('renames its group through SIOCSLIFGROUPNAME; "" and taken names are refused', () => {
    const k = group();
    ioctl(k, 'PLUMB', { name: 'ipmp1', af: 'inet', ipmp: true });
    join(k, 'ipmp0', 'acctg');
    expect(ioctl(k, 'SIOCGLIFGROUPINFO', { group: 'acctg' }).grifname).toBe('ipmp0');
    expect(errnoOf(() => join(k, 'ipmp0', ''))).toBe(ERRNO.EINVAL);
    expect(errnoOf(() => join(k, 'ipmp0', 'ipmp1'))).toBe(ERRNO.EEXIST);
    expect(errnoOf(() => ioctl(k, 'SIOCGLIFGROUPINFO', { group: 'ipmp0' }))).toBe(ERRNO.ENOENT);
  });

  it('refuses flags that make no sense on it', () => {
    const k = group();
    expect(errnoOf(() => setFlag(k, 'ipmp0', IFF.STANDBY, true))).toBe(ERRNO.EINVAL);
    expect(errnoOf(() => setFlag(k, 'ipmp0', IFF.NOARP, true))).toBe(ERRNO.EINVAL);
    setFlag(k, 'ipmp0', IFF.FAILED, false); // kernel-controlled: silently kept
    expect(fl(k, 'ipmp0')).toBe('8011000802<BROADCAST,MULTICAST,IPv4,FAILED,IPMP>');
  });
});

describe('joining', () => {
  it('checks in illumos order: ENOENT, EAFNOSUPPORT, EADDRINUSE, EALREADY, EINVAL for logical and virtual', () => {
    const k = group();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    expect(errnoOf(() => join(k, 'net0', 'nosuch'))).toBe(ERRNO.ENOENT);
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet6' });
    expect(errnoOf(() => join(k, 'net0', 'ipmp0'))).toBe(ERRNO.EAFNOSUPPORT);
    ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet6', ipmp: true });
    up(k, 'net0');
    expect(errnoOf(() => join(k, 'net0', 'ipmp0'))).toBe(ERRNO.EADDRINUSE);
    down(k, 'net0');
    join(k, 'net0', 'ipmp0');
    ioctl(k, 'PLUMB', { name: 'ipmp1', af: 'inet', ipmp: true });
    expect(errnoOf(() => join(k, 'net0', 'ipmp1'))).toBe(ERRNO.EALREADY);
  });

  it('logical interfaces and lo0 cannot join (EINVAL)', () => {
    const k = group();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    ioctl(k, 'SIOCLIFADDIF', { name: 'net0', af: 'inet' });
    expect(errnoOf(() => join(k, 'net0:1', 'ipmp0'))).toBe(ERRNO.EINVAL);
    expect(errnoOf(() => join(k, 'lo0', 'ipmp0'))).toBe(ERRNO.EINVAL);
  });

  it('with an address UP: the ifconfig dance, migration to ipmp0, the stub, and who sees what (ipmp-semantics §7 item 3)', () => {
    const k = group();
    configure(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
    settle(k);
    seen(k);
    // ifconfig: EADDRINUSE -> down, join, up
    down(k, 'net0');
    expect(seen(k)).toEqual([
      '* RTM_IFINFO net0 1000842', '* RTM_DELETE 10.0.0.1/255.255.255.0', '* RTM_DELADDR 10.0.0.1/255.255.255.0 net0', '* RTM_IFINFO net0 1000842',
    ]);
    join(k, 'net0', 'ipmp0');
    expect(seen(k)).toEqual([]);
    up(k, 'net0');
    expect(seen(k)).toEqual([
      'A RTM_IFINFO net0 1000842', 'A RTM_DELETE 10.0.0.1/255.255.255.0', 'A RTM_DELADDR 10.0.0.1/255.255.255.0 net0',
      'A RTM_IFINFO net0 1000843', 'A RTM_NEWADDR 0.0.0.0/255.0.0.0 net0', 'A RTM_ADD 0.0.0.0/255.0.0.0',
    ]);
    expect(fl(k, 'ipmp0')).toBe('8001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP>');
    expect(ioctl(k, 'SIOCGLIFADDR', { name: 'ipmp0', af: 'inet' }).addr).toBe('10.0.0.1');
    expect(ioctl(k, 'SIOCGLIFADDR', { name: 'net0', af: 'inet' }).addr).toBe('0.0.0.0');
    expect(ioctl(k, 'SIOCGLIFNETMASK', { name: 'net0', af: 'inet' }).addr).toBe('255.0.0.0');
    expect(ioctl(k, 'SIOCGLIFBINDING', { name: 'ipmp0', af: 'inet' }).binding).toBe('net0');
    expect(ioctl(k, 'SIOCGLIFMTU', { name: 'ipmp0', af: 'inet' }).mtu).toBe(1500);
    k.advance(k.now + DAD_MS.inet);
    expect(seen(k)).toEqual(['* RTM_IFINFO ipmp0 1000843', '* RTM_NEWADDR 10.0.0.1/255.255.255.0 ipmp0', '* RTM_ADD 10.0.0.1/255.255.255.0']);
  });

  it('test addresses stay on the member; logical data addresses go to the lowest free ipmp0:N', () => {
    const k = group();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    join(k, 'net0', 'ipmp0');
    up(k, 'net0');
    ioctl(k, 'SIOCSLIFADDR', { name: 'ipmp0', af: 'inet', addr: '10.0.0.1' });
    up(k, 'ipmp0');
    configure(k, 'net0:1', 'inet', '10.0.0.2', '255.255.255.0');
    ioctl(k, 'SIOCLIFADDIF', { name: 'net0:2', af: 'inet' });
    setFlag(k, 'net0:2', IFF.NOFAILOVER, true);
    ioctl(k, 'SIOCSLIFADDR', { name: 'net0:2', af: 'inet', addr: '10.0.0.30' });
    up(k, 'net0:2');
    const names = ioctl(k, 'SIOCGLIFCONF', { af: 'inet', flags: LIFC.UNDER_IPMP }).entries.map((e) => `${e.name}=${e.addr}`);
    expect(names).toEqual(['lo0=127.0.0.1', 'ipmp0=10.0.0.1', 'ipmp0:1=10.0.0.2', 'net0=0.0.0.0', 'net0:2=10.0.0.30']);
    expect(fl(k, 'net0:2')).toBe('9040843<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER>');
    // Without LIFC_UNDER_IPMP (and always for SIOCGIFCONF) the member is invisible.
    expect(ioctl(k, 'SIOCGLIFCONF', { af: 'inet', flags: 0 }).entries.map((e) => e.name)).toEqual(['lo0', 'ipmp0', 'ipmp0:1']);
    expect(ioctl(k, 'SIOCGIFCONF', {}).entries.map((e) => e.name)).toEqual(['lo0', 'ipmp0', 'ipmp0:1']);
  });
});

describe('activity and binding', () => {
  function pair(): Kernel {
    const k = group();
    for (const n of ['net0', 'net1']) {
      ioctl(k, 'PLUMB', { name: n, af: 'inet' });
      join(k, n, 'ipmp0');
    }
    for (const [i, a] of ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'].entries()) {
      const name = i === 0 ? 'ipmp0' : ioctl(k, 'SIOCLIFADDIF', { name: 'ipmp0', af: 'inet' }).name;
      ioctl(k, 'SIOCSLIFADDR', { name, af: 'inet', addr: a });
      up(k, name);
    }
    return k;
  }
  const bindings = (k: Kernel) => ['ipmp0', 'ipmp0:1', 'ipmp0:2', 'ipmp0:3'].map((n) => ioctl(k, 'SIOCGLIFBINDING', { name: n, af: 'inet' }).binding || '-');

  it('a member with no UP address is not active: addresses stay unbound and ipmp0 FAILED', () => {
    const k = pair();
    expect(bindings(k)).toEqual(['-', '-', '-', '-']);
    expect(fl(k, 'ipmp0')).toBe('8011000803<UP,BROADCAST,MULTICAST,IPv4,FAILED,IPMP>');
  });

  it('the first active member takes every address; the next one takes half; failure rebinds', () => {
    const k = pair();
    up(k, 'net0');
    expect(bindings(k)).toEqual(['net0', 'net0', 'net0', 'net0']);
    up(k, 'net1');
    expect(bindings(k)).toEqual(['net0', 'net0', 'net1', 'net1']);
    expect(ioctl(k, 'SIOCGLIFGROUPINFO', { group: 'ipmp0' }).m4ifname).toBe('net0');
    setFlag(k, 'net0', IFF.FAILED, true);
    expect(bindings(k)).toEqual(['net1', 'net1', 'net1', 'net1']);
    expect(ioctl(k, 'SIOCGLIFGROUPINFO', { group: 'ipmp0' }).m4ifname).toBe('net1');
    setFlag(k, 'net1', IFF.OFFLINE, true);
    expect(bindings(k)).toEqual(['-', '-', '-', '-']);
    expect(fl(k, 'ipmp0')).toBe('8011000803<UP,BROADCAST,MULTICAST,IPv4,FAILED,IPMP>');
  });

  it('the group link going down and up: IFINFO at once, the addresses re-announced after DAD', () => {
    const k = pair();
    up(k, 'net0');
    settle(k);
    seen(k);
    setFlag(k, 'net0', IFF.FAILED, true);
    expect(seen(k).filter((m) => m.includes('ipmp0'))).toEqual(['* RTM_IFINFO ipmp0 11000803']);
    setFlag(k, 'net0', IFF.FAILED, false);
    expect(seen(k).filter((m) => m.includes('ipmp0'))).toEqual([]);
    k.advance(k.now + DAD_MS.inet);
    expect(seen(k)).toEqual([
      '* RTM_IFINFO ipmp0 1000843',
      '* RTM_NEWADDR 10.0.0.1/255.0.0.0 ipmp0', '* RTM_ADD 10.0.0.1/255.0.0.0',
      '* RTM_NEWADDR 10.0.0.2/255.0.0.0 ipmp0', '* RTM_ADD 10.0.0.2/255.0.0.0',
      '* RTM_NEWADDR 10.0.0.3/255.0.0.0 ipmp0', '* RTM_ADD 10.0.0.3/255.0.0.0',
      '* RTM_NEWADDR 10.0.0.4/255.0.0.0 ipmp0', '* RTM_ADD 10.0.0.4/255.0.0.0',
    ]);
  });

  it('standby sets INACTIVE at once; INACTIVE members carry nothing', () => {
    const k = pair();
    setFlag(k, 'net1', IFF.STANDBY, true);
    up(k, 'net0');
    up(k, 'net1');
    expect(fl(k, 'net1')).toBe('61000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,STANDBY,INACTIVE>');
    expect(bindings(k)).toEqual(['net0', 'net0', 'net0', 'net0']);
    expect(errnoOf(() => setFlag(k, 'net1', IFF.FAILED, true))).toBe(ERRNO.EINVAL);
  });

  it('leaving: unaware sockets are told the interface is back (IFINFO with UP, NEWADDR, ADD)', () => {
    const k = pair();
    up(k, 'net0');
    up(k, 'net1');
    seen(k);
    join(k, 'net1', '');
    expect(seen(k).filter((m) => m.startsWith('U'))).toEqual([
      'U RTM_IFINFO net1 1000843', 'U RTM_NEWADDR 0.0.0.0/255.0.0.0 net1', 'U RTM_ADD 0.0.0.0/255.0.0.0',
    ]);
    expect(bindings(k)).toEqual(['net0', 'net0', 'net0', 'net0']);
  });

  it('MTU is the members\' minimum; an underlying interface refuses -arp (EPERM) and metric (EINVAL)', () => {
    const k = pair();
    ioctl(k, 'SIOCSLIFMTU', { name: 'net1', af: 'inet', mtu: 1400 });
    expect(ioctl(k, 'SIOCGLIFMTU', { name: 'ipmp0', af: 'inet' }).mtu).toBe(1400);
    expect(errnoOf(() => setFlag(k, 'net0', IFF.NOARP, true))).toBe(ERRNO.EPERM);
    expect(errnoOf(() => ioctl(k, 'SIOCSLIFMETRIC', { name: 'net0', af: 'inet', metric: 2 }))).toBe(ERRNO.EINVAL);
  });
});

describe('unplumb', () => {
  it('an IPMP interface with members or UP addresses is busy; the group goes with its last ill', () => {
    const k = group();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    join(k, 'net0', 'ipmp0');
    expect(errnoOf(() => ioctl(k, 'UNPLUMB', { name: 'ipmp0', af: 'inet' }))).toBe(ERRNO.EBUSY);
    ioctl(k, 'UNPLUMB', { name: 'net0', af: 'inet' });
    expect(ioctl(k, 'SIOCGLIFGROUPINFO', { group: 'ipmp0' }).nv4).toBe(0);
    ioctl(k, 'UNPLUMB', { name: 'ipmp0', af: 'inet' });
    expect(errnoOf(() => ioctl(k, 'SIOCGLIFGROUPINFO', { group: 'ipmp0' }))).toBe(ERRNO.ENOENT);
    void T0;
  });
});

import { rtRequest } from '@ipmplab/test-support';

describe('routing requests naming an underlying interface (route(4P))', () => {
  it('RTM_ADD is applied to the IPMP interface; RTM_DELETE and RTM_CHANGE fail with EINVAL', () => {
    const k = group();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    join(k, 'net0', 'ipmp0');
    up(k, 'net0');
    ioctl(k, 'SIOCSLIFNETMASK', { name: 'ipmp0', af: 'inet', addr: '255.255.255.0' });
    ioctl(k, 'SIOCSLIFADDR', { name: 'ipmp0', af: 'inet', addr: '10.0.0.1' });
    up(k, 'ipmp0');
    const net0 = ioctl(k, 'SIOCGLIFINDEX', { name: 'net0', af: 'inet' }).index;
    expect(rtRequest(k, { type: 'ADD', dst: '172.16.0.0', mask: '255.255.0.0', gateway: '10.0.0.254', ifpIndex: net0 }).errno).toBe(0);
    expect(k.routes.find({ family: 'inet', dst: '172.16.0.0', prefixlen: 16 })[0].ifname).toBe('ipmp0');
    expect(rtRequest(k, { type: 'DELETE', dst: '172.16.0.0', mask: '255.255.0.0', gateway: '10.0.0.254', ifpIndex: net0 }).errno).toBe(ERRNO.EINVAL);
    expect(rtRequest(k, { type: 'CHANGE', dst: '172.16.0.0', mask: '255.255.0.0', gateway: '10.0.0.253', ifpIndex: net0 }).errno).toBe(ERRNO.EINVAL);
  });
});
