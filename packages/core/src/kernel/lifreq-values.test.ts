// What the lifreq ioctls accept as values: lifr_metric is an int (ip_if.c ip_sioctl_metric
// stores it as it comes); a value outside the int range is no request a C caller can make.
import { describe, it, expect } from 'vitest';
import { bootedKernel, errnoOf } from './test-kit';
import { ioctl } from './ioctl';
import { ERRNO } from '../wire';

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
