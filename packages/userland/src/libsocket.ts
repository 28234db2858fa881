// The little of libsocket/libc the tools share, written on the kernel's ioctls the way libc is:
// if_nametoindex, if_indextoname.
import { FAMILIES, ioctl, KernelError } from '@ipmplab/core/syscalls';
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

export function ifNameToIndex(k: Kernel, name: string): number {
  for (const af of FAMILIES) {
    try {
      return ioctl(k, 'SIOCGLIFINDEX', { name, af }).index;
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
    }
  }
  return 0;
}

export function ifIndexToName(k: Kernel, index: number): string | undefined {
  for (const e of ioctl(k, 'SIOCGLIFCONF', { af: 'unspec', flags: LIFC_ALL }).entries) {
    if (e.name.includes(':')) continue;
    if (ioctl(k, 'SIOCGLIFINDEX', { name: e.name, af: e.family }).index === index) return e.name;
  }
  return undefined;
}
