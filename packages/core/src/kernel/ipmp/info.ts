// Read-only IPMP ioctls: SIOCGLIFGROUPINFO and SIOCGLIFBINDING (ip_if.c).
import { KernelError, ERRNO } from '../../wire';
import type { Kernel } from '../kernel';
import type { IoctlArg, IoctlReply } from '../ioctl-types';
import { groups, groupOf, isIpmp, ipmpPhyint, membersOf, bindingKey } from './group';
import { cString, LIFGRNAMSIZ } from '../if/names';

export function groupInfo(k: Kernel, req: IoctlArg<'SIOCGLIFGROUPINFO'>): IoctlReply<'SIOCGLIFGROUPINFO'> {
  const g = groups(k)[cString(req.group, LIFGRNAMSIZ)] ?? (() => { throw new KernelError(ERRNO.ENOENT); })();
  const ipmp = ipmpPhyint(k, g);
  const nv4 = membersOf(k, g, 'inet').length;
  const nv6 = membersOf(k, g, 'inet6').length;
  return {
    grname: g.name,
    grifname: g.ifname,
    m4ifname: g.nominee.inet ?? '',
    m6ifname: g.nominee.inet6 ?? '',
    bcifname: g.nominee.inet ?? '',
    v4: !!ipmp?.ills.inet,
    v6: !!ipmp?.ills.inet6,
    nv4,
    nv6,
    // The first member donates its type; an empty group is SUNW_DL_IPMP.
    mactype: nv4 + nv6 > 0 ? 'DL_ETHER' : 'SUNW_DL_IPMP',
  };
}

export function binding(k: Kernel, req: IoctlArg<'SIOCGLIFBINDING'>): IoctlReply<'SIOCGLIFBINDING'> {
  const l = k.lif(req.name, req.af);
  if (!isIpmp(l.phyint)) throw new KernelError(ERRNO.EINVAL);
  const g = groupOf(k, l.phyint);
  return { binding: g?.bindings[bindingKey(l.ipif.id, req.af)] ?? '' };
}
