// Creating a static address (illumos ipadm_addr.c ipadm_create_addr with IPH_LEGACY and
// IPADM_OPT_ACTIVE, i_ipadm_validate_create_addr, i_ipadm_create_addr), as ifconfig uses it: on
// an interface (or logical interface) that already exists, left down. ipmgmtd's bookkeeping of
// the address object (i_ipadm_get_lif2addrobj, i_ipadm_lookupadd_addrobj, i_ipadm_addr_persist)
// has no kernel side and is not kept here.
import { ioctl, IFF, isLinkLocal6, maskFromPrefix } from '@ipmplab/core/syscalls';
import type { Family } from '@ipmplab/core/syscalls';
import type { IpadmHandle } from './handle';
import { getFlags, ifEnabled, isIpmp, isLoopback, isUnderIpmp, statusOf } from './handle';
import { createIf } from './plumb';
import { getNetmask4, mask2plen } from './inetutil';
import type { IpadmStatus } from './status';

/** An IPADM_ADDR_STATIC address object (ipadm_create_addrobj, ipadm_set_addr, ipadm_set_dst_addr). */
export interface StaticAddr {
  ifname: string;
  af: Family;
  addr: string;
  /** 0 when none was given: libipadm picks the default. */
  prefixlen: number;
  /** The destination of a point-to-point interface. */
  dst?: string;
}

/** ipadm_create_addr. */
export function ipadmCreateAddr(iph: IpadmHandle, a: StaticAddr): IpadmStatus {
  if (!iph.authorized) return 'EAUTH';
  const valid = validateCreateAddr(iph, a);
  if (valid !== 'SUCCESS') return valid;
  const { status } = createIf(iph, a.ifname, a.af, {});
  if (status !== 'SUCCESS' && status !== 'IF_EXISTS') return status;
  // A point-to-point interface needs the destination, any other refuses one.
  const f = getFlags(iph, a.ifname, a.af);
  if (f.status !== 'SUCCESS') return f.status;
  if (((f.flags & IFF.POINTOPOINT) !== 0n) !== (a.dst !== undefined)) return 'INVALID_ARG';
  return createStatic(iph, a);
}

/** i_ipadm_validate_create_addr, for a static address with IPH_LEGACY. */
function validateCreateAddr(iph: IpadmHandle, a: StaticAddr): IpadmStatus {
  if (isIpmp(iph, a.ifname) || isUnderIpmp(iph, a.ifname)) return 'NOTSUP';
  // Interfaces are not plumbed implicitly for a legacy caller.
  if (!ifEnabled(iph, a.ifname, a.af)) return 'ENXIO';
  const f = getFlags(iph, a.ifname, a.af);
  if (f.status !== 'SUCCESS') return f.status;
  if (isLoopback(a.ifname) && a.dst !== undefined) return 'INVALID_ARG';
  return 'SUCCESS';
}

/** i_ipadm_get_default_prefixlen: the netmask database or the class (IPv4), 10 or 64 (IPv6). */
function defaultPrefixlen(a: StaticAddr): number {
  if (a.af === 'inet') return mask2plen('inet', getNetmask4(a.addr));
  return isLinkLocal6(a.addr) ? 10 : 64;
}

/**
 * i_ipadm_create_addr: the mask, then the address (the kernel checks it against that mask), then
 * the destination. A legacy caller's interface is left as the failing request found it.
 */
function createStatic(iph: IpadmHandle, a: StaticAddr): IpadmStatus {
  const lifr = { name: a.ifname, af: a.af };
  const mask = maskFromPrefix(a.af, a.prefixlen || defaultPrefixlen(a));
  return statusOf(() => {
    ioctl(iph.k, 'SIOCSLIFNETMASK', { ...lifr, addr: mask });
    ioctl(iph.k, 'SIOCSLIFADDR', { ...lifr, addr: a.addr });
    if (a.dst !== undefined) ioctl(iph.k, 'SIOCSLIFDSTADDR', { ...lifr, addr: a.dst });
  });
}
