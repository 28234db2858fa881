// Plumbing an IP interface (illumos ipadm_if.c ipadm_create_if, i_ipadm_create_if,
// i_ipadm_plumb_if, i_ipadm_slifname, i_ipadm_create_ipmp_peer, i_ipadm_create_ipmp). The
// kernel's PLUMB request is what follows a successful dlpi_open: the I_PUSH of ip and the
// SIOCSLIFNAME that names the new ill.
import { ioctl, ERRNO, IFF, KernelError, LIFNAMSIZ } from '@ipmplab/core/syscalls';
import type { Family } from '@ipmplab/core/syscalls';
import type { IpadmHandle } from './handle';
import { ifEnabled, isLoopback, lnum, otherFamily, setFlags, statusOf } from './handle';
import { deleteIf } from './delete-if';
import { ipadmErrno2status } from './status';
import type { IpadmStatus } from './status';

export interface CreateIfOptions {
  /** IPADM_OPT_IPMP: an IPMP interface, on the ipmpstub device instead of a datalink. */
  ipmp?: boolean;
  /** IPADM_OPT_GENPPA: `ifname` is a prefix and the lowest free unit is appended. */
  genppa?: boolean;
}

export interface CreateIfResult {
  status: IpadmStatus;
  /** The interface name, with the generated unit under IPADM_OPT_GENPPA. */
  ifname: string;
}

/** ipadm_create_if for one family (ifconfig never asks for both). */
export function ipadmCreateIf(iph: IpadmHandle, ifname: string, af: Family, opts: CreateIfOptions = {}): CreateIfResult {
  if (!iph.authorized) return { status: 'EAUTH', ifname };
  if ((opts.genppa ? `${ifname}0` : ifname).length >= LIFNAMSIZ) return { status: 'INVALID_ARG', ifname };
  return createIf(iph, ifname, af, opts);
}

/** i_ipadm_create_if: an interface that already exists for the family is not plumbed again. */
export function createIf(iph: IpadmHandle, ifname: string, af: Family, opts: CreateIfOptions): CreateIfResult {
  if (ifEnabled(iph, ifname, af)) return { status: 'IF_EXISTS', ifname };
  const r = plumbIf(iph, ifname, af, opts);
  return r.status === 'EXISTS' ? { ...r, status: 'IF_EXISTS' } : r;
}

/** dlpi_open(3DLPI) of the datalink; libipadm reports any failure as IPADM_DLPI_FAILURE. */
function dlpiOpens(iph: IpadmHandle, link: string): boolean {
  return statusOf(() => ioctl(iph.k, 'DLPI_INFO', { link })) === 'SUCCESS';
}

/** i_ipadm_plumb_if. */
function plumbIf(iph: IpadmHandle, ifname: string, af: Family, opts: CreateIfOptions): CreateIfResult {
  if (lnum(ifname) !== 0) {
    // Logical interfaces are added to their physical interface.
    return { status: statusOf(() => ioctl(iph.k, 'SIOCLIFADDIF', { name: ifname, af })), ifname };
  }
  if (isLoopback(ifname)) {
    // lo0 has no datalink: the kernel creates its ill when it is named (ipif_lookup_on_name).
    return { status: statusOf(() => ioctl(iph.k, 'PLUMB', { name: ifname, af })), ifname };
  }
  // An IPMP interface is opened on ipmpstub0, which is always there; others on their datalink.
  // S11's dlpi2ipadm_status tells a missing link (DLPI_ENOLINK) apart; illumos says DLPI_FAILURE.
  if (!opts.ipmp && !dlpiOpens(iph, ifname)) return { status: iph.release === 'solaris11' ? 'DLADM_FAILURE' : 'DLPI_FAILURE', ifname };
  return slifname(iph, ifname, af, opts);
}

/** i_ipadm_slifname: SIOCSLIFNAME, with the unit chosen here under IPADM_OPT_GENPPA. */
function slifname(iph: IpadmHandle, ifname: string, af: Family, opts: CreateIfOptions): CreateIfResult {
  const ipmp = !!opts.ipmp;
  if (!opts.genppa) {
    // The group's IPMP interface for this family must exist first, or the kernel would take
    // the interface out of its group when it is named.
    const peer = createIpmpPeer(iph, ifname, af);
    if (peer !== 'SUCCESS') return { status: peer, ifname };
    return { status: statusOf(() => ioctl(iph.k, 'PLUMB', { name: ifname, af, ipmp, nolinklocal: noLinkLocal(iph, af) })), ifname };
  }
  // A unit free as an interface name in both families; a group name taken by another IPMP
  // interface makes the kernel answer EEXIST, and the next unit is tried.
  for (let ppa = 0; ; ppa++) {
    const name = `${ifname}${ppa}`;
    if (!absent(iph, name, 'inet') || !absent(iph, name, 'inet6')) continue;
    try {
      ioctl(iph.k, 'PLUMB', { name, af, ipmp, nolinklocal: noLinkLocal(iph, af) });
      return { status: 'SUCCESS', ifname: name };
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      if (e.errno !== ERRNO.EEXIST) return { status: ipadmErrno2status(e.errno), ifname };
    }
  }
}

/**
 * i_ipadm_plumb_if: an IPv6 interface plumbed for ipadm (not IPH_LEGACY) gets IFF_NOLINKLOCAL,
 * its link-local address left to an addrconf address object; ifconfig's keeps the default one.
 */
const noLinkLocal = (iph: IpadmHandle, af: Family): boolean => af === 'inet6' && !iph.legacy;

/** SIOCGLIFFLAGS fails with ENXIO: no interface of that name in the family. */
function absent(iph: IpadmHandle, name: string, af: Family): boolean {
  try {
    ioctl(iph.k, 'SIOCGLIFFLAGS', { name, af });
    return false;
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    return e.errno === ERRNO.ENXIO;
  }
}

/**
 * i_ipadm_create_ipmp_peer: an interface whose other family is in a group gets the group's IPMP
 * interface created for this family first. Nothing to do when the interface is the group's
 * IPMP interface itself, or the group already has this family.
 */
function createIpmpPeer(iph: IpadmHandle, ifname: string, af: Family): IpadmStatus {
  const other = otherFamily(af);
  let info;
  try {
    const { group } = ioctl(iph.k, 'SIOCGLIFGROUPNAME', { name: ifname, af: other });
    info = ioctl(iph.k, 'SIOCGLIFGROUPINFO', { group });
  } catch (e) {
    if (e instanceof KernelError) return 'SUCCESS';
    throw e;
  }
  if (info.grifname === ifname || (af === 'inet' && info.v4) || (af === 'inet6' && info.v6)) return 'SUCCESS';
  return createIpmp(iph, info.grifname, af, info.grname);
}

/**
 * i_ipadm_create_ipmp: the group's IPMP interface for `af`; an IPv6 one has its link-local
 * address brought up at once, and it takes the group's name when that differs from its own.
 */
function createIpmp(iph: IpadmHandle, ifname: string, af: Family, grname: string): IpadmStatus {
  const { status } = createIf(iph, ifname, af, { ipmp: true });
  if (status !== 'SUCCESS' && status !== 'IF_EXISTS') return status;
  if (af === 'inet6') setFlags(iph, ifname, 'inet6', IFF.UP, 0n);
  if (ifname === grname) return 'SUCCESS';
  const named = statusOf(() => ioctl(iph.k, 'SIOCSLIFGROUPNAME', { name: ifname, af, group: grname }));
  if (named !== 'SUCCESS' && status === 'SUCCESS') deleteIf(iph, ifname, af);
  return named;
}
