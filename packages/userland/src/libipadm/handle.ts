// A libipadm handle and the helpers libipadm.c shares between its parts (ipadm_open,
// ipadm_check_auth, i_ipadm_get_flags, i_ipadm_set_flags, ipadm_if_enabled, i_ipadm_is_ipmp,
// i_ipadm_is_under_ipmp, i_ipadm_is_loopback, i_ipadm_get_lnum), on the kernel's ioctls.
import { FAMILIES, ioctl, IFF, KernelError } from '@ipmplab/core/syscalls';
import type { Family, HostFiles, Kernel, Release } from '@ipmplab/core/syscalls';
import { ipadmErrno2status } from './status';
import type { IpadmStatus } from './status';

export interface IpadmHandle {
  k: Kernel;
  /** The host's disk, where ipmgmtd keeps ipadm.conf and the address-object map (ipmgmtd/). */
  files: HostFiles;
  /** The release the host runs: the library's behaviour and texts differ where the releases do. */
  release: Release;
  /** ipadm_check_auth: the caller holds solaris.network.interface.config. */
  authorized: boolean;
  /** IPH_LEGACY: names may be logical interfaces, which the caller creates (ifconfig's handle). */
  legacy: boolean;
}

export const otherFamily = (af: Family): Family => (af === 'inet' ? 'inet6' : 'inet');

/** Runs the ioctls in f: SUCCESS, or the status of the errno the kernel answered. */
export function statusOf(f: () => void): IpadmStatus {
  try {
    f();
    return 'SUCCESS';
  } catch (e) {
    if (e instanceof KernelError) return ipadmErrno2status(e.errno);
    throw e;
  }
}

/** i_ipadm_get_lnum: the logical unit after the last ':' (atoi, so "net0:x" is 0). */
export function lnum(ifname: string): number {
  const sep = ifname.lastIndexOf(':');
  return sep < 0 ? 0 : Number.parseInt(ifname.slice(sep + 1), 10) || 0;
}

/** i_ipadm_is_loopback: lo0 or one of its logical interfaces. */
export const isLoopback = (ifname: string): boolean => ifname === 'lo0' || ifname.startsWith('lo0:');

/** ipadm_if_enabled: the interface exists for this family. */
export function ifEnabled(iph: IpadmHandle, ifname: string, af: Family): boolean {
  return statusOf(() => ioctl(iph.k, 'SIOCGLIFFLAGS', { name: ifname, af })) === 'SUCCESS';
}

/** i_ipadm_get_flags. */
export function getFlags(iph: IpadmHandle, ifname: string, af: Family): { status: IpadmStatus; flags: bigint } {
  let flags = 0n;
  const status = statusOf(() => {
    flags = ioctl(iph.k, 'SIOCGLIFFLAGS', { name: ifname, af }).flags;
  });
  return { status, flags };
}

/**
 * i_ipadm_set_flags. Bringing an address up makes libipadm wait (at most a second) for the
 * kernel's RTM_NEWADDR and then look for IFF_DUPLICATE; here the flags are read right away.
 */
export function setFlags(iph: IpadmHandle, ifname: string, af: Family, on: bigint, off: bigint): IpadmStatus {
  const old = getFlags(iph, ifname, af);
  if (old.status !== 'SUCCESS') return old.status;
  const status = statusOf(() => ioctl(iph.k, 'SIOCSLIFFLAGS', { name: ifname, af, flags: (old.flags | on) & ~off }));
  if (status !== 'SUCCESS' || (old.flags & IFF.UP) !== 0n || (on & IFF.UP) === 0n) return status;
  const now = getFlags(iph, ifname, af);
  if (now.status !== 'SUCCESS') return now.status;
  return (now.flags & IFF.DUPLICATE) !== 0n ? 'DAD_FOUND' : 'SUCCESS';
}

/** i_ipadm_is_ipmp: an IPMP interface in either family. */
export function isIpmp(iph: IpadmHandle, ifname: string): boolean {
  for (const af of FAMILIES) {
    const f = getFlags(iph, ifname, af);
    if (f.status === 'SUCCESS') return (f.flags & IFF.IPMP) !== 0n;
  }
  return false;
}

/** i_ipadm_is_under_ipmp: a group name in the IPv4 instance, else the IPv6 one. */
export function isUnderIpmp(iph: IpadmHandle, ifname: string): boolean {
  for (const af of FAMILIES) {
    let group: string | undefined;
    statusOf(() => {
      group = ioctl(iph.k, 'SIOCGLIFGROUPNAME', { name: ifname, af }).group;
    });
    if (group !== undefined) return group !== '';
  }
  return false;
}
