// SIOCSLIFGROUPNAME (ip_if.c ip_sioctl_groupname; ipmp.c ipmp_grp_vet_phyint / _vet_ill,
// ipmp_phyint_join_grp / _leave_grp, ipmp_ill_rtsaddrmsg).
import { IFF, KernelError, ERRNO, RTSQ } from '../../wire';
import type { Family, Phyint } from '../model';
import { FAMILIES } from '../model';
import type { Kernel } from '../kernel';
import type { IoctlArg, IoctlReply } from '../ioctl-types';
import { groups, groupOf, isIpmp, ipmpPhyint, renameGroup } from './group';
import { refreshGroup, refreshMtu } from './active';
import { sendAddrMsgs, sendIfinfo } from '../rtsock/emit';
import { cString, LIFGRNAMSIZ, parseLifName } from '../if/names';

export function setGroupname(k: Kernel, req: IoctlArg<'SIOCSLIFGROUPNAME'>): IoctlReply<'SIOCSLIFGROUPNAME'> {
  k.requirePrivilege();
  const l = k.lif(req.name, req.af);
  const parsed = parseLifName(req.name);
  const phyint = l.phyint;
  const name = cString(req.group, LIFGRNAMSIZ);
  if ((typeof parsed !== 'string' && parsed.id !== 0) || l.ill.usesrcIndex !== 0 || (phyint.flags & IFF.VIRTUAL) !== 0n) {
    throw new KernelError(ERRNO.EINVAL);
  }
  if (name === phyint.group) return {};
  if (isIpmp(phyint)) {
    // On an IPMP interface the name renames its group.
    if (name === '') throw new KernelError(ERRNO.EINVAL);
    if (groups(k)[name]) throw new KernelError(ERRNO.EEXIST);
    renameGroup(k, groupOf(k, phyint)!, name);
    return {};
  }
  if (name === '') {
    leaveGroup(k, phyint);
    return {};
  }
  if (phyint.group !== '') throw new KernelError(ERRNO.EALREADY);
  const g = groups(k)[name] ?? (() => { throw new KernelError(ERRNO.ENOENT); })();
  vet(k, phyint, ipmpPhyint(k, g));
  phyint.group = name;
  g.members.push(phyint.name);
  k.dirty = true;
  refreshMtu(k, g);
  refreshGroup(k, g);
  return {};
}

/** ipmp_grp_vet_phyint / ipmp_grp_vet_ill, in illumos order. */
function vet(k: Kernel, phyint: Phyint, ipmp: Phyint): void {
  for (const f of FAMILIES) if (phyint.ills[f] && !ipmp.ills[f]) throw new KernelError(ERRNO.EAFNOSUPPORT);
  for (const f of FAMILIES) {
    const ill = phyint.ills[f];
    if (!ill) continue;
    const flags = (i: (typeof ill.ipifs)[0]) => phyint.flags | ill.flags | i.flags;
    if (ill.ipifs.some((i) => (i.flags & (IFF.UP | IFF.DUPLICATE)) !== 0n)) throw new KernelError(ERRNO.EADDRINUSE);
    if (ill.ipifs.some((i) => (i.flags & (IFF.DHCPRUNNING | IFF.ADDRCONF)) !== 0n && (i.flags & IFF.NOFAILOVER) === 0n)) {
      throw new KernelError(ERRNO.EADDRNOTAVAIL);
    }
    if (ill.ipifs.some((i) => (flags(i) & IFF.POINTOPOINT) !== 0n)) throw new KernelError(ERRNO.EINVAL);
    if ((ill.flags & IFF.MULTICAST) === 0n) throw new KernelError(ERRNO.ENOTSUP);
    if ((ill.flags & (IFF.NOARP | IFF.NONUD)) !== 0n) throw new KernelError(ERRNO.ENOTSUP);
    if (Object.values(k.state.phyints).some((p) => p.ills[f]?.usesrcIndex === phyint.index)) throw new KernelError(ERRNO.ENOTSUP);
  }
}

/**
 * Leaving: the member deactivates (its addresses rebind elsewhere) and unaware sockets are told
 * the interface is back: IFINFO with UP, then NEWADDR + ADD for each UP address (RTSQ_NORMAL).
 */
export function leaveGroup(k: Kernel, phyint: Phyint): void {
  const g = groupOf(k, phyint);
  if (!g) return;
  g.members = g.members.filter((m) => m !== phyint.name);
  phyint.group = '';
  k.dirty = true;
  refreshMtu(k, g);
  refreshGroup(k, g);
  for (const f of FAMILIES) {
    const ill = phyint.ills[f];
    if (!ill || !ill.ipifs.some((i) => (i.flags & IFF.UP) !== 0n)) continue;
    const unit0 = ill.ipifs.find((i) => i.id === 0);
    if (unit0) sendIfinfo(k, { phyint, ill, ipif: unit0 }, { set: IFF.UP, rtsq: RTSQ.NORMAL });
    for (const ipif of ill.ipifs) if ((ipif.flags & IFF.UP) !== 0n) sendAddrMsgs(k, { phyint, ill, ipif }, 'ADD', RTSQ.NORMAL);
  }
}
