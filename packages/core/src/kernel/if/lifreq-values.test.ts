// What the lifreq ioctls accept as values: lifr_metric is an int (ip_if.c ip_sioctl_metric
// stores it as it comes; a value outside the int range is no request a C caller can make), IPv4
// addresses pass ip_addr_ok_v4, and PLUMB keeps IPMP interfaces apart from datalinks.
import { describe, it, expect } from 'vitest';
import { bootedKernel, errnoOf } from '@ipmplab/test-support';
import { ioctl } from '../ioctl';
import { ERRNO, IFF } from '../../wire';

describe('SIOCSLIFMETRIC', () => {
  it('takes any int and refuses what an int cannot hold', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    const lifr = { name: 'net0', af: 'inet' as const };
    for (const metric of [-2147483648, -1, 0, 2147483647]) {
      ioctl(k, 'SIOCSLIFMETRIC', { ...lifr, metric });
      expect(ioctl(k, 'SIOCGLIFMETRIC', lifr).metric).toBe(metric);
    }
    for (const metric of [2147483648, -2147483649, 4294967296, 1.5, Number.NaN]) {
      expect(errnoOf(() => ioctl(k, 'SIOCSLIFMETRIC', { ...lifr, metric }))).toBe(ERRNO.EINVAL);
    }
    expect(ioctl(k, 'SIOCGLIFMETRIC', lifr).metric).toBe(2147483647);
  });
});

describe('SIOCSLIFADDR and SIOCSLIFDSTADDR of IPv4 (ip_addr_ok_v4)', () => {
  const lifr = { name: 'net0', af: 'inet' as const };
  const refused = (k: ReturnType<typeof bootedKernel>, cmd: 'SIOCSLIFADDR' | 'SIOCSLIFDSTADDR', addr: string) =>
    errnoOf(() => ioctl(k, cmd, { ...lifr, addr }));

  it('refuses the network and broadcast address of the mask set, so a /31 takes no address at all', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', lifr);
    ioctl(k, 'SIOCSLIFNETMASK', { ...lifr, addr: '255.255.255.254' });
    expect(refused(k, 'SIOCSLIFADDR', '10.0.0.0')).toBe(ERRNO.EADDRNOTAVAIL);
    expect(refused(k, 'SIOCSLIFADDR', '10.0.0.1')).toBe(ERRNO.EADDRNOTAVAIL);
    expect(refused(k, 'SIOCSLIFDSTADDR', '10.0.0.1')).toBe(ERRNO.EADDRNOTAVAIL);
    expect(ioctl(k, 'SIOCGLIFADDR', lifr).addr).toBe('0.0.0.0');
    ioctl(k, 'SIOCSLIFNETMASK', { ...lifr, addr: '255.255.255.0' });
    ioctl(k, 'SIOCSLIFADDR', { ...lifr, addr: '10.0.0.1' });
    expect(refused(k, 'SIOCSLIFADDR', '10.0.0.255')).toBe(ERRNO.EADDRNOTAVAIL);
    // An all-ones mask allows any unicast address; 0.0.0.0 is always allowed.
    ioctl(k, 'SIOCSLIFNETMASK', { ...lifr, addr: '255.255.255.255' });
    ioctl(k, 'SIOCSLIFADDR', { ...lifr, addr: '10.0.0.0' });
    ioctl(k, 'SIOCSLIFADDR', { ...lifr, addr: '0.0.0.0' });
  });

  it('takes the destination a logical interface already has as no change (ip_sioctl_dstaddr)', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', lifr);
    ioctl(k, 'SIOCSLIFADDR', { ...lifr, addr: '10.0.0.1' });
    ioctl(k, 'SIOCSLIFDSTADDR', { ...lifr, addr: '0.0.0.0' });
    const { flags } = ioctl(k, 'SIOCGLIFFLAGS', lifr);
    expect(flags & IFF.POINTOPOINT).toBe(0n);
    expect(flags & IFF.BROADCAST).toBe(IFF.BROADCAST);
    ioctl(k, 'SIOCSLIFDSTADDR', { ...lifr, addr: '10.0.0.2' });
    expect(ioctl(k, 'SIOCGLIFFLAGS', lifr).flags & (IFF.POINTOPOINT | IFF.BROADCAST)).toBe(IFF.POINTOPOINT);
  });

  it('without a mask judges by the class; never 255.255.255.255 or a class D address', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', lifr);
    expect(refused(k, 'SIOCSLIFADDR', '10.0.0.0')).toBe(ERRNO.EADDRNOTAVAIL);
    expect(refused(k, 'SIOCSLIFADDR', '192.168.1.255')).toBe(ERRNO.EADDRNOTAVAIL);
    expect(refused(k, 'SIOCSLIFADDR', '224.0.0.5')).toBe(ERRNO.EADDRNOTAVAIL);
    expect(refused(k, 'SIOCSLIFADDR', '255.255.255.255')).toBe(ERRNO.EADDRNOTAVAIL);
    ioctl(k, 'SIOCSLIFADDR', { ...lifr, addr: '10.1.0.0' });
    expect(ioctl(k, 'SIOCGLIFADDR', lifr).addr).toBe('10.1.0.0');
  });
});

describe('PLUMB', () => {
  it('refuses to add a datalink\'s ill to an IPMP interface of the same name (EEXIST)', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet', ipmp: true });
    k.emitted.length = 0;
    expect(errnoOf(() => ioctl(k, 'PLUMB', { name: 'net0', af: 'inet6' }))).toBe(ERRNO.EEXIST);
    expect(errnoOf(() => ioctl(k, 'SIOCGLIFFLAGS', { name: 'net0', af: 'inet6' }))).toBe(ERRNO.ENXIO);
    expect(k.emitted).toEqual([]);
  });
});
