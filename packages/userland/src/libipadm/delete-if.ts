// Unplumbing an IP interface (illumos ipadm_if.c ipadm_delete_if, i_ipadm_delete_if,
// i_ipadm_unplumb_if). The kernel's UNPLUMB request is the I_PUNLINK of the interface's streams.
import { ioctl, IFF } from '@ipmplab/core/syscalls';
import { LIFC_ALL } from '../lifc-all';
import type { Family } from '@ipmplab/core/syscalls';
import type { IpadmHandle } from './handle';
import { getFlags, isLoopback, lnum, setFlags, statusOf } from './handle';
import type { IpadmStatus } from './status';

/** ipadm_delete_if for one family. */
export function ipadmDeleteIf(iph: IpadmHandle, ifname: string, af: Family): IpadmStatus {
  if (!iph.authorized) return 'EAUTH';
  return deleteIf(iph, ifname, af);
}

/** i_ipadm_delete_if / i_ipadm_unplumb_if. */
export function deleteIf(iph: IpadmHandle, ifname: string, af: Family): IpadmStatus {
  if (lnum(ifname) !== 0 && iph.legacy) return statusOf(() => ioctl(iph.k, 'SIOCLIFREMOVEIF', { name: ifname, af }));
  if (isLoopback(ifname)) {
    // SIOCLIFREMOVEIF of lo0 itself takes the whole loopback ill away: the kernel's UNPLUMB.
    return statusOf(() => ioctl(iph.k, 'UNPLUMB', { name: ifname, af }));
  }
  const { status, flags } = getFlags(iph, ifname, af);
  if (status !== 'SUCCESS') return status;
  if ((flags & IFF.IPMP) !== 0n) {
    const emptied = downIpmpAddrs(iph, ifname, af);
    if (emptied !== 'SUCCESS') return emptied;
  }
  return statusOf(() => ioctl(iph.k, 'UNPLUMB', { name: ifname, af }));
}

/**
 * The kernel keeps an IPMP interface while members of the family are in its group (that is
 * refused here with its own status) or while its addresses are up (those are brought down).
 */
function downIpmpAddrs(iph: IpadmHandle, ifname: string, af: Family): IpadmStatus {
  let result: IpadmStatus = 'SUCCESS';
  const looked = statusOf(() => {
    const { group } = ioctl(iph.k, 'SIOCGLIFGROUPNAME', { name: ifname, af });
    const info = ioctl(iph.k, 'SIOCGLIFGROUPINFO', { group });
    if ((af === 'inet6' ? info.nv6 : info.nv4) !== 0) result = 'GRP_NOTEMPTY';
  });
  if (looked !== 'SUCCESS') return looked;
  if (result !== 'SUCCESS') return result;
  // ifaddrlistx(ifname, IFF_UP|IFF_DUPLICATE, 0): this interface's logical interfaces.
  const lifs = ioctl(iph.k, 'SIOCGLIFCONF', { af, flags: LIFC_ALL }).entries.filter((e) => e.name.split(':')[0] === ifname);
  for (const e of lifs) {
    const f = getFlags(iph, e.name, af);
    if (f.status !== 'SUCCESS') return f.status;
    if ((f.flags & IFF.UP) !== 0n) result = setFlags(iph, e.name, af, 0n, IFF.UP);
    else if ((f.flags & IFF.DUPLICATE) !== 0n) {
      result = statusOf(() => ioctl(iph.k, 'SIOCSLIFADDR', { name: e.name, af, addr: ioctl(iph.k, 'SIOCGLIFADDR', { name: e.name, af }).addr }));
    }
    if (result !== 'SUCCESS') return result;
  }
  return 'SUCCESS';
}
