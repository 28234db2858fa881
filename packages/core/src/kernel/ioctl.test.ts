import { describe, it, expect } from 'vitest';
import { bootedKernel, configure, drain, flagsOf, down, setFlag, errnoOf, T0 } from '@ipmplab/test-support';
import { ioctl } from './ioctl';
import { DAD_MS } from './if/dad';
import { IFF, ERRNO, LIFC, encodeMessage, formatIfconfigFlags } from '../wire';

const settle = (k: ReturnType<typeof bootedKernel>) => {
  k.advance(k.now + 5_000);
  drain(k);
};

describe('plumb and unplumb', () => {
  it('hands out increasing indexes shared by both families; a re-plumb gets a new one', () => {
    const k = bootedKernel();
    expect(ioctl(k, 'PLUMB', { name: 'net1', af: 'inet' }).index).toBe(2);
    expect(ioctl(k, 'PLUMB', { name: 'net1', af: 'inet6' }).index).toBe(2);
    expect(ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' }).index).toBe(3);
    ioctl(k, 'UNPLUMB', { name: 'net1', af: 'inet' });
    ioctl(k, 'UNPLUMB', { name: 'net1', af: 'inet6' });
    expect(ioctl(k, 'PLUMB', { name: 'net1', af: 'inet' }).index).toBe(4);
  });

  it('refuses what does not exist or already exists', () => {
    const k = bootedKernel();
    expect(errnoOf(() => ioctl(k, 'PLUMB', { name: 'net9', af: 'inet' }))).toBe(ERRNO.ENXIO);
    expect(errnoOf(() => ioctl(k, 'PLUMB', { name: 'lo0', af: 'inet' }))).toBe(ERRNO.EEXIST);
    expect(errnoOf(() => ioctl(k, 'UNPLUMB', { name: 'net0', af: 'inet' }))).toBe(ERRNO.ENXIO);
    expect(errnoOf(() => ioctl(k, 'SIOCGLIFFLAGS', { name: 'net0:300', af: 'inet' }))).toBe(ERRNO.ERANGE);
    expect(errnoOf(() => ioctl(k, 'SIOCGLIFFLAGS', { name: 'a'.repeat(40) + '0', af: 'inet' }))).toBe(ERRNO.ENAMETOOLONG);
  });

  it('IPv6 plumb generates the link-local address from the MAC and announces it with CHGADDR', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet6' });
    expect(drain(k)).toEqual(['RTM_CHGADDR fe80::8:20ff:fe4c:3a10/ffc0:: net0']);
    expect(formatIfconfigFlags(flagsOf(k, 'net0', 'inet6'))).toBe('2000840<RUNNING,MULTICAST,IPv6>');
  });

  it('unplumb takes every logical interface down (messages even for down ones), then frees them', () => {
    const k = bootedKernel();
    configure(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
    configure(k, 'net0:1', 'inet', '10.0.0.2', '255.255.255.0');
    ioctl(k, 'SIOCLIFADDIF', { name: 'net0', af: 'inet', addr: '10.0.0.3' });
    settle(k);
    ioctl(k, 'UNPLUMB', { name: 'net0', af: 'inet' });
    expect(drain(k)).toEqual([
      'RTM_IFINFO net0 1000842',
      'RTM_DELETE 10.0.0.1/255.255.255.0',
      'RTM_DELADDR 10.0.0.1/255.255.255.0 net0',
      'RTM_DELETE 10.0.0.2/255.255.255.0',
      'RTM_DELADDR 10.0.0.2/255.255.255.0 net0',
      'RTM_DELETE 10.0.0.3/255.0.0.0',
      'RTM_DELADDR 10.0.0.3/255.0.0.0 net0',
      'RTM_FREEADDR 10.0.0.1/255.255.255.0 net0',
      'RTM_FREEADDR 10.0.0.2/255.255.255.0 net0',
      'RTM_FREEADDR 10.0.0.3/255.0.0.0 net0',
    ]);
    expect([...k.routes.all('inet')].map((r) => r.dst)).toEqual(['127.0.0.1']);
    expect(k.state.typeOrder.inet).toEqual(['lo']);
  });
});

describe('SIOCSLIFFLAGS', () => {
  it('a phyint flag change announces unit 0 of both families', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet6' });
    drain(k);
    setFlag(k, 'net0', IFF.STANDBY, true);
    expect(drain(k)).toEqual(['RTM_IFINFO net0 61000842', 'RTM_IFINFO net0 62000840']);
    expect(formatIfconfigFlags(flagsOf(k, 'net0', 'inet6'))).toBe('62000840<RUNNING,MULTICAST,IPv6,STANDBY,INACTIVE>');
    setFlag(k, 'net0', IFF.STANDBY, false, 'inet6');
    expect(formatIfconfigFlags(flagsOf(k, 'net0'))).toBe('1000842<BROADCAST,RUNNING,MULTICAST,IPv4>');
  });

  it('a significant flag on an UP address bounces it; another flag sends one IFINFO; nothing while down', () => {
    const k = bootedKernel();
    configure(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
    settle(k);
    setFlag(k, 'net0', IFF.DEPRECATED, true);
    expect(drain(k)).toEqual([
      'RTM_IFINFO net0 1000842', // ipif_down_tail runs before the new flags are applied
      'RTM_DELETE 10.0.0.1/255.255.255.0',
      'RTM_DELADDR 10.0.0.1/255.255.255.0 net0',
    ]);
    settle(k);
    setFlag(k, 'net0', IFF.NOTRAILERS, true);
    expect(drain(k)).toEqual(['RTM_IFINFO net0 1040863']);
    down(k, 'net0');
    drain(k);
    setFlag(k, 'net0', IFF.PRIVATE, true);
    expect(drain(k)).toEqual([]);
  });

  it('a logical unit going down sends DELETE and DELADDR only', () => {
    const k = bootedKernel();
    configure(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
    configure(k, 'net0:1', 'inet', '10.0.0.2', '255.255.255.0');
    settle(k);
    down(k, 'net0:1');
    expect(drain(k)).toEqual(['RTM_DELETE 10.0.0.2/255.255.255.0', 'RTM_DELADDR 10.0.0.2/255.255.255.0 net0']);
  });

  it('NOFAILOVER forces DEPRECATED, which then cannot be cleared alone', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    setFlag(k, 'net0', IFF.NOFAILOVER, true);
    expect(formatIfconfigFlags(flagsOf(k, 'net0'))).toBe('9040842<BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER>');
    expect(errnoOf(() => setFlag(k, 'net0', IFF.DEPRECATED, false))).toBe(ERRNO.EINVAL);
  });

  it('unchangeable bits are ignored; an unprivileged caller gets EPERM', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    setFlag(k, 'net0', IFF.LOOPBACK | IFF.IPMP, true);
    expect(formatIfconfigFlags(flagsOf(k, 'net0'))).toBe('1000842<BROADCAST,RUNNING,MULTICAST,IPv4>');
    const u = bootedKernel(undefined, { privileged: false, pid: 1 });
    expect(errnoOf(() => setFlag(u, 'lo0', IFF.UP, false))).toBe(ERRNO.EPERM);
  });

  it('SIOCSLIFZONE: privileged before anything else, then the lif, and only the global zone', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    expect(ioctl(k, 'SIOCSLIFZONE', { name: 'net0', af: 'inet', zone: 'global' })).toEqual({});
    expect(errnoOf(() => ioctl(k, 'SIOCSLIFZONE', { name: 'net1', af: 'inet', zone: 'global' }))).toBe(ERRNO.ENXIO);
    expect(errnoOf(() => ioctl(k, 'SIOCSLIFZONE', { name: 'net0', af: 'inet', zone: 'dmz' }))).toBe(ERRNO.EINVAL);
    const u = bootedKernel(undefined, { privileged: false, pid: 1 });
    expect(errnoOf(() => ioctl(u, 'SIOCSLIFZONE', { name: 'net9', af: 'inet', zone: 'global' }))).toBe(ERRNO.EPERM);
  });

  it('an address can be UP only once (EADDRNOTAVAIL, on this ill or another)', () => {
    const k = bootedKernel();
    configure(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
    expect(errnoOf(() => configure(k, 'net1', 'inet', '10.0.0.1', '255.255.255.0'))).toBe(ERRNO.EADDRNOTAVAIL);
    expect(errnoOf(() => configure(k, 'net0:1', 'inet', '10.0.0.1', '255.255.255.0'))).toBe(ERRNO.EADDRNOTAVAIL);
  });
});

describe('addresses', () => {
  it('changing the address of an UP unit 0: down burst with the old address, CHGADDR, up after DAD', () => {
    const k = bootedKernel();
    configure(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
    settle(k);
    ioctl(k, 'SIOCSLIFADDR', { name: 'net0', af: 'inet', addr: '10.0.0.9' });
    expect(drain(k)).toEqual([
      'RTM_IFINFO net0 1000842',
      'RTM_DELETE 10.0.0.1/255.255.255.0',
      'RTM_DELADDR 10.0.0.1/255.255.255.0 net0',
      'RTM_CHGADDR 10.0.0.9/255.255.255.0 net0',
    ]);
    k.advance(k.now + DAD_MS.inet);
    expect(drain(k)).toEqual([
      'RTM_IFINFO net0 1000843',
      'RTM_NEWADDR 10.0.0.9/255.255.255.0 net0',
      'RTM_ADD 10.0.0.9/255.255.255.0',
    ]);
  });

  it('SIOCSLIFADDR defaults a zero mask to the classful one and recomputes the broadcast', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    ioctl(k, 'SIOCSLIFADDR', { name: 'net0', af: 'inet', addr: '172.20.1.1' });
    expect(ioctl(k, 'SIOCGLIFNETMASK', { name: 'net0', af: 'inet' }).addr).toBe('255.255.0.0');
    expect(ioctl(k, 'SIOCGLIFBRDADDR', { name: 'net0', af: 'inet' }).addr).toBe('172.20.255.255');
  });

  it('an underlying-style 0.0.0.0 brought up gets the class A mask stored back and no broadcast', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    setFlag(k, 'net0', IFF.UP, true);
    expect(ioctl(k, 'SIOCGLIFNETMASK', { name: 'net0', af: 'inet' }).addr).toBe('255.0.0.0');
    expect(ioctl(k, 'SIOCGLIFBRDADDR', { name: 'net0', af: 'inet' }).addr).toBe('0.0.0.0');
    expect(drain(k)).toEqual([
      'RTM_IFINFO net0 1000842',
      'RTM_DELETE 0.0.0.0/0.0.0.0',
      'RTM_DELADDR 0.0.0.0/0.0.0.0 net0',
      'RTM_IFINFO net0 1000843',
      'RTM_NEWADDR 0.0.0.0/255.0.0.0 net0',
      'RTM_ADD 0.0.0.0/255.0.0.0',
    ]);
  });

  it('removeif: DELETE, DELADDR, FREEADDR; unit 0 is EBUSY; an unknown address EADDRNOTAVAIL', () => {
    const k = bootedKernel();
    configure(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
    configure(k, 'net0:1', 'inet', '10.0.0.2', '255.255.255.0');
    settle(k);
    ioctl(k, 'SIOCLIFREMOVEIF', { name: 'net0', af: 'inet', addr: '10.0.0.2' });
    expect(drain(k)).toEqual([
      'RTM_DELETE 10.0.0.2/255.255.255.0',
      'RTM_DELADDR 10.0.0.2/255.255.255.0 net0',
      'RTM_FREEADDR 10.0.0.2/255.255.255.0 net0',
    ]);
    expect(errnoOf(() => ioctl(k, 'SIOCLIFREMOVEIF', { name: 'net0', af: 'inet', addr: '10.0.0.1' }))).toBe(ERRNO.EBUSY);
    expect(errnoOf(() => ioctl(k, 'SIOCLIFREMOVEIF', { name: 'net0', af: 'inet', addr: '10.0.0.7' }))).toBe(ERRNO.EADDRNOTAVAIL);
  });

  it('addif takes the lowest free id and reuses gaps', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    expect(ioctl(k, 'SIOCLIFADDIF', { name: 'net0', af: 'inet' }).name).toBe('net0:1');
    expect(ioctl(k, 'SIOCLIFADDIF', { name: 'net0', af: 'inet' }).name).toBe('net0:2');
    ioctl(k, 'SIOCLIFREMOVEIF', { name: 'net0:1', af: 'inet' });
    expect(ioctl(k, 'SIOCLIFADDIF', { name: 'net0', af: 'inet' }).name).toBe('net0:1');
    expect(errnoOf(() => ioctl(k, 'SIOCLIFADDIF', { name: 'net0:2', af: 'inet' }))).toBe(ERRNO.EEXIST);
  });

  it('MTU stays within [68, link MTU] on unit 0 and sets FIXEDMTU; the index must be free', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    expect(errnoOf(() => ioctl(k, 'SIOCSLIFMTU', { name: 'net0', af: 'inet', mtu: 1501 }))).toBe(ERRNO.EINVAL);
    expect(errnoOf(() => ioctl(k, 'SIOCSLIFMTU', { name: 'net0', af: 'inet', mtu: 67 }))).toBe(ERRNO.EINVAL);
    ioctl(k, 'SIOCSLIFMTU', { name: 'net0', af: 'inet', mtu: 68 });
    expect(flagsOf(k, 'net0') & IFF.FIXEDMTU).toBe(IFF.FIXEDMTU);
    expect(errnoOf(() => ioctl(k, 'SIOCSLIFINDEX', { name: 'net0', af: 'inet', index: 1 }))).toBe(ERRNO.EEXIST);
    ioctl(k, 'SIOCSLIFINDEX', { name: 'net0', af: 'inet', index: 40 });
    expect(drain(k)).toEqual(['RTM_IFINFO net0 1000842']);
    expect(ioctl(k, 'SIOCGLIFINDEX', { name: 'net0', af: 'inet' }).index).toBe(40);
  });
});

describe('enumeration and tests', () => {
  it('SIOCGLIFCONF: IPv4 then IPv6, types in first-plumb order, PPA ascending, ids ascending', () => {
    const k = bootedKernel(['net0', 'net1', 'e1000g0']);
    ioctl(k, 'PLUMB', { name: 'e1000g0', af: 'inet' });
    ioctl(k, 'PLUMB', { name: 'net1', af: 'inet' });
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    ioctl(k, 'SIOCLIFADDIF', { name: 'net0', af: 'inet' });
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet6' });
    const names = ioctl(k, 'SIOCGLIFCONF', { af: 'unspec', flags: 0 }).entries.map((e) => `${e.name}/${e.family}`);
    expect(names).toEqual(['lo0/inet', 'e1000g0/inet', 'net0/inet', 'net0:1/inet', 'net1/inet', 'lo0/inet6', 'net0/inet6']);
    expect(ioctl(k, 'SIOCGLIFNUM', { af: 'inet6', flags: 0 }).count).toBe(2);
    expect(ioctl(k, 'SIOCGIFNUM', {}).count).toBe(5);
  });

  it('NOXMIT logical interfaces are listed only with LIFC_NOXMIT', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    setFlag(k, 'net0', IFF.NOXMIT, true);
    expect(ioctl(k, 'SIOCGLIFNUM', { af: 'inet', flags: 0 }).count).toBe(1);
    expect(ioctl(k, 'SIOCGLIFNUM', { af: 'inet', flags: LIFC.NOXMIT }).count).toBe(2);
  });

  it('SIOCTMYADDR and SIOCTONLINK answer from UP addresses', () => {
    const k = bootedKernel();
    configure(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
    expect(ioctl(k, 'SIOCTMYADDR', { addr: '10.0.0.1' }).res).toBe(1);
    expect(ioctl(k, 'SIOCTMYADDR', { addr: '10.0.0.2' }).res).toBe(0);
    expect(ioctl(k, 'SIOCTONLINK', { addr: '10.0.0.77' }).res).toBe(1);
    expect(ioctl(k, 'SIOCTONLINK', { addr: '10.0.1.77' }).res).toBe(0);
  });
});

describe('message encodings (reference routing-socket §1.9)', () => {
  it('kernel messages have the real sizes', () => {
    const k = bootedKernel();
    configure(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
    k.advance(T0 + DAD_MS.inet);
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet6' });
    const sizes = k.emitted.map((e) => `${e.msg.type}:${encodeMessage(e.msg).length}`);
    expect(sizes).toEqual(['15:320', '14:336', '2:108', '13:320', '14:336', '12:320', '1:108', '15:368']);
  });
});
