// The little of libsocket/libc the tools share, written on the kernel's ioctls the way libc is:
// if_nametoindex, if_indextoname.
import { ERRNO, FAMILIES, ioctl, KernelError } from '@ipmplab/core/syscalls';
import type { Kernel, Family } from '@ipmplab/core/syscalls';
import { LIFC_ALL } from './lifc-all';

/** An ioctl whose failure only means "not there": undefined instead of the KernelError. */
export function tryIoctl<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof KernelError) return undefined;
    throw e;
  }
}

/** IF_NAMESIZE (net/if.h): names of up to 15 characters are looked up. */
const IF_NAMESIZE = 16;

/**
 * if_nametoindex(3SOCKET), libsocket/inet/interface_id.c: ENXIO for an empty name, EINVAL for
 * one longer than IF_NAMESIZE - 1, else SIOCGLIFINDEX on an IPv4 socket, then on an IPv6 one.
 * The C function returns 0 and sets errno on failure: here both come back.
 */
export function ifNameToIndex(k: Kernel, name: string): { index: number; errno: number } {
  if (name === '') return { index: 0, errno: ERRNO.ENXIO };
  if (name.length > IF_NAMESIZE - 1) return { index: 0, errno: ERRNO.EINVAL };
  let errno = 0;
  for (const af of FAMILIES) {
    try {
      return { index: ioctl(k, 'SIOCGLIFINDEX', { name, af }).index, errno: 0 };
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      errno = e.errno;
    }
  }
  return { index: 0, errno };
}

export function ifIndexToName(k: Kernel, index: number): string | undefined {
  for (const e of ioctl(k, 'SIOCGLIFCONF', { af: 'unspec', flags: LIFC_ALL }).entries) {
    if (e.name.includes(':')) continue;
    if (ioctl(k, 'SIOCGLIFINDEX', { name: e.name, af: e.family }).index === index) return e.name;
  }
  return undefined;
}
