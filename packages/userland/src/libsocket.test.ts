import { describe, it, expect } from 'vitest';
import { ERRNO, ioctl } from '@ipmplab/core/testing';
import { bootedKernel } from '@ipmplab/test-support';
import { ifNameToIndex, ifIndexToName } from './libsocket';

describe('if_nametoindex (libsocket/inet/interface_id.c)', () => {
  it('sets errno as libsocket does: ENXIO for an empty or unknown name, EINVAL past IF_NAMESIZE - 1', () => {
    const k = bootedKernel();
    expect(ifNameToIndex(k, '')).toEqual({ index: 0, errno: ERRNO.ENXIO });
    expect(ifNameToIndex(k, 'net9')).toEqual({ index: 0, errno: ERRNO.ENXIO });
    expect(ifNameToIndex(k, 'a23456789012345')).toEqual({ index: 0, errno: ERRNO.ENXIO });
    expect(ifNameToIndex(k, 'a234567890123456')).toEqual({ index: 0, errno: ERRNO.EINVAL });
  });

  it('finds an interface plumbed for IPv6 only (the IPv4 socket fails, the IPv6 one answers)', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net1', af: 'inet6' });
    const { index, errno } = ifNameToIndex(k, 'net1');
    expect(errno).toBe(0);
    expect(index).toBeGreaterThan(0);
    expect(ifIndexToName(k, index)).toBe('net1');
  });
});
