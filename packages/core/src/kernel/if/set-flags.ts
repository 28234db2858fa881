// SIOCSLIFFLAGS (ip_if.c ip_sioctl_flags / ip_sioctl_flags_tail; reference routing-socket §8 Q8).
import { IFF, IFF_CANTCHANGE, IFF_IPMP_CANTCHANGE, IFF_IPMP_INVALID, IFF_PHYINT_FLAGS, IFF_PHYINTINST_FLAGS, KernelError, ERRNO } from '../../wire';
import type { Kernel, Lif } from '../kernel';
import type { IoctlArg, IoctlReply } from '../ioctl-types';
import { ipifDown, ipifUp, sendDownMsgs } from './updown';
import { sendIfinfo } from '../rtsock/emit';
import { cancelTimers } from '../timers';
import type { Family } from '../model';
import { refreshFor } from '../ipmp/active';
import { releaseCantChange } from './physrunning';

/** Flags whose change on an UP address takes it down and up again. */
const SIGNIFICANT = IFF.UP | IFF.DEPRECATED | IFF.NOXMIT | IFF.NOLOCAL | IFF.NOARP | IFF.NONUD | IFF.PRIVATE |
  IFF.ANYCAST | IFF.PREFERRED | IFF.NOFAILOVER;

export function setFlags(k: Kernel, req: IoctlArg<'SIOCSLIFFLAGS'>): IoctlReply<'SIOCSLIFFLAGS'> {
  k.requirePrivilege();
  const l = k.lif(req.name, req.af);
  const old = k.flagsOf(l);
  const isIpmp = (l.phyint.flags & IFF.IPMP) !== 0n;
  const cantChange = IFF_CANTCHANGE | (isIpmp ? IFF_IPMP_CANTCHANGE : 0n) | releaseCantChange(k);
  let on = req.flags & ~old & ~cantChange;
  let off = ~req.flags & old & ~cantChange;
  if (isIpmp && ((on | off) & IFF_IPMP_INVALID) !== 0n) throw new KernelError(ERRNO.EINVAL);
  // ARP cannot be turned off on an interface under IPMP (ip_sioctl_flags).
  if (!isIpmp && l.phyint.group && ((on | off) & IFF.NOARP) !== 0n) throw new KernelError(ERRNO.EPERM);
  // A test address that is UP, or managed by an application, cannot become a data address.
  if (!isIpmp && l.phyint.group && (off & IFF.NOFAILOVER) !== 0n &&
      (old & (IFF.UP | IFF.DUPLICATE | IFF.DHCPRUNNING | IFF.ADDRCONF)) !== 0n) {
    throw new KernelError(ERRNO.EINVAL);
  }

  // NOFAILOVER forces DEPRECATED; DEPRECATED cannot be cleared while NOFAILOVER stays.
  const nofailoverAfter = ((old | on) & ~off & IFF.NOFAILOVER) !== 0n;
  if (nofailoverAfter) {
    if ((off & IFF.DEPRECATED) !== 0n) throw new KernelError(ERRNO.EINVAL);
    if ((old & IFF.DEPRECATED) === 0n) on |= IFF.DEPRECATED;
  }
  // STANDBY sets INACTIVE unless FAILED; clearing STANDBY clears INACTIVE.
  if ((on & IFF.STANDBY) !== 0n) {
    if ((old & IFF.INACTIVE) !== 0n || l.ill.usesrcIndex !== 0) throw new KernelError(ERRNO.EINVAL);
    if (((old | on) & ~off & IFF.FAILED) === 0n) on |= IFF.INACTIVE;
  }
  if ((off & IFF.STANDBY) !== 0n && (old & IFF.INACTIVE) !== 0n) off |= IFF.INACTIVE;
  const after = (old | on) & ~off;
  if ((after & IFF.FAILED) !== 0n && (after & IFF.INACTIVE) !== 0n) throw new KernelError(ERRNO.EINVAL);

  const changed = on | off;
  if (changed === 0n) return {};
  const wasUp = (old & IFF.UP) !== 0n;
  const phyintChange = (changed & IFF_PHYINT_FLAGS) !== 0n;

  if ((off & IFF.UP) !== 0n) {
    ipifDown(k, l);
    apply(l, on, off);
    sendIfinfo(k, l); // ip_sioctl_flags_tail: "flags changed"
    if (phyintChange) {
      ifinfoBothFamilies(k, l);
      refreshFor(k, l.phyint);
    }
    return {};
  }
  if ((on & IFF.UP) !== 0n) {
    sendDownMsgs(k, l); // the still-down address is run through ipif_down_tail first
    apply(l, on, off);
    // Bringing a DUPLICATE address up restarts DAD for it.
    l.ipif.flags &= ~IFF.DUPLICATE;
    cancelTimers(k, (x) => x.kind === 'dad-recovery' && x.name === l.phyint.name && x.family === l.ill.family && x.id === l.ipif.id);
    l.ipif.flags &= ~IFF.UP;
    if (phyintChange) refreshFor(k, l.phyint);
    ipifUp(k, l);
    if (phyintChange) ifinfoBothFamilies(k, l);
    return {};
  }
  if (wasUp && (changed & SIGNIFICANT) !== 0n) {
    ipifDown(k, l);
    apply(l, on, off);
    ipifUp(k, l);
    return {};
  }
  apply(l, on, off);
  k.dirty = true;
  if (phyintChange) ifinfoBothFamilies(k, l);
  else if (wasUp) sendIfinfo(k, l);
  if (phyintChange) refreshFor(k, l.phyint); // FAILED / INACTIVE / OFFLINE decide who carries data
  return {};
}

/** Each bit goes to the level that owns it (phyint, ill or ipif). */
function apply(l: Lif, on: bigint, off: bigint): void {
  const to = (mask: bigint, cur: bigint) => (cur | (on & mask)) & ~(off & mask);
  l.phyint.flags = to(IFF_PHYINT_FLAGS, l.phyint.flags);
  l.ill.flags = to(IFF_PHYINTINST_FLAGS, l.ill.flags);
  const logint = ~(IFF_PHYINT_FLAGS | IFF_PHYINTINST_FLAGS);
  l.ipif.flags = to(logint, l.ipif.flags);
}

/** Phyint flags show on both families: RTM_IFINFO for unit 0 of the IPv4 then the IPv6 ill. */
export function ifinfoBothFamilies(k: Kernel, l: Pick<Lif, 'phyint'>): void {
  for (const fam of ['inet', 'inet6'] as Family[]) {
    const ill = l.phyint.ills[fam];
    const ipif = ill?.ipifs.find((i) => i.id === 0);
    if (ill && ipif) sendIfinfo(k, { phyint: l.phyint, ill, ipif });
  }
}
