// Removing an address object (ipadm_addr.c ipadm_delete_addr, i_ipadm_delete_addr,
// i_ipadm_up_underif, i_ipadm_delete_addrobj): the address leaves the kernel (unit 0 is
// brought down and zeroed, any other unit removed), then ipmgmtd forgets the object (and its
// ipadm.conf lines unless only the active configuration is asked: disable-addr).
import { ioctl, IFF, ERRNO, KernelError } from '@ipmplab/core/syscalls';
import type { Family } from '@ipmplab/core/syscalls';
import { ipmgmtResetAddr, IPMGMT_ACTIVE, IPMGMT_PERSIST } from '../ipmgmtd';
import type { AobjNode } from '../ipmgmtd';
import { LIFC_ALL } from '../lifc-all';
import type { IpadmHandle } from './handle';
import { getFlags, isIpmp, isUnderIpmp, setFlags, statusOf } from './handle';
import { getAddrobj, lifnameOf } from './addr-obj';
import { ipadmErrno2status } from './status';
import type { IpadmStatus } from './status';

const UNSPEC: Record<Family, string> = { inet: '0.0.0.0', inet6: '::' };

/**
 * i_ipadm_delete_addr. Zeroing unit 0's address is refused (EADDRNOTAVAIL) for some addresses
 * and that is ignored; its destination is zeroed too, except for addrconf.
 */
export function deleteAddr(iph: IpadmHandle, n: Pick<AobjNode, 'ifname' | 'lnum' | 'family' | 'atype' | 'aobjname' | 'flags'>): IpadmStatus {
  const lifname = lifnameOf(n.ifname, n.lnum);
  const af = n.family;
  if (n.lnum === 0) {
    const d = setFlags(iph, n.ifname, af, 0n, IFF.UP);
    if (d !== 'SUCCESS') return d;
    try {
      ioctl(iph.k, 'SIOCSLIFADDR', { name: lifname, af, addr: UNSPEC[af] });
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      if (e.errno !== ERRNO.EADDRNOTAVAIL) return ipadmErrno2status(e.errno);
    }
    if (n.atype !== 'addrconf') {
      const s = statusOf(() => ioctl(iph.k, 'SIOCSLIFDSTADDR', { name: lifname, af, addr: UNSPEC[af] }));
      if (s !== 'SUCCESS') return s;
    }
  } else {
    const s = statusOf(() => ioctl(iph.k, 'SIOCLIFREMOVEIF', { name: lifname, af }));
    if (s !== 'SUCCESS') return s;
  }
  if (!iph.legacy && !isIpmp(iph, n.ifname) && isUnderIpmp(iph, n.ifname)) return upUnderif(iph, n.ifname, n.lnum, af);
  return 'SUCCESS';
}

/**
 * i_ipadm_up_underif: an IPv4 member left with no UP address gets unit 0 (its test marks
 * cleared) brought up, so the group can still use it.
 */
function upUnderif(iph: IpadmHandle, ifname: string, lnum: number, af: Family): IpadmStatus {
  if (af !== 'inet') return 'SUCCESS';
  if (lnum === 0) {
    const s = setFlags(iph, ifname, 'inet', 0n, IFF.DEPRECATED | IFF.NOFAILOVER);
    if (s !== 'SUCCESS') return s;
  }
  const lifs = ioctl(iph.k, 'SIOCGLIFCONF', { af: 'inet', flags: LIFC_ALL }).entries.filter((e) => e.name.split(':')[0] === ifname);
  const anyUp = lifs.some((e) => (getFlags(iph, e.name, 'inet').flags & IFF.UP) !== 0n);
  return anyUp ? 'SUCCESS' : setFlags(iph, ifname, 'inet', IFF.UP, 0n);
}

/**
 * ipadm_delete_addr with IPADM_OPT_ACTIVE (and IPADM_OPT_PERSIST unless `persist` is false:
 * disable-addr). `release` (-r) is for DHCP objects only.
 */
export function ipadmDeleteAddr(iph: IpadmHandle, aobjname: string, opts: { persist: boolean; release?: boolean }): IpadmStatus {
  if (!iph.authorized) return 'EAUTH';
  const got = getAddrobj(iph, aobjname);
  if (!got.node) return got.status;
  const node = got.node;
  if (opts.release && node.atype !== 'dhcp') return 'NOTSUP';
  const active = (node.flags & IPMGMT_ACTIVE) !== 0;
  // Only from the active configuration, and it is not there.
  if (!active && !opts.persist) return 'NOTFOUND';
  if (active) {
    let status = node.atype === 'none' ? 'SUCCESS' : deleteAddr(iph, node);
    // Gone from the kernel already (its interface unplumbed): the records still go.
    if (status === 'ENXIO') status = 'SUCCESS';
    if (status !== 'SUCCESS') return status;
  }
  const persist = opts.persist && (node.flags & IPMGMT_PERSIST) !== 0;
  const r = ipmgmtResetAddr(iph.files, aobjname, { active: true, persist });
  return r === 'ENOENT' ? 'NOTFOUND' : 'SUCCESS';
}
