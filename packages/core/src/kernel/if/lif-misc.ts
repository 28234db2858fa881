// Per-interface attributes and logical-interface management: MTU, metric, index, usesrc,
// SIOCLIFADDIF / SIOCLIFREMOVEIF (ip_if.c ip_sioctl_mtu, _metric, _slifindex, _slifusesrc,
// _addif, _removeif).
import { IFF, KernelError, ERRNO } from '../../wire';
import type { Kernel } from '../kernel';
import type { IoctlArg, IoctlReply } from '../ioctl-types';
import type { Family } from '../model';
import { lifName, MAX_LOGICAL_ID, parseLifName } from './names';
import { newIpif } from './plumb';
import { addrArg, setAddr } from './set-addr';
import { sendAddrMsgs, isUnderIpmp } from '../rtsock/emit';
import { deleteIpifRoutes } from '../route/interface-routes';
import { cancelTimers } from '../timers';
import { ifinfoBothFamilies } from './set-flags';
import { groupOf } from '../ipmp/group';
import { refreshMtu } from '../ipmp/active';

type Empty = Record<string, never>;

/** The smallest MTU IP accepts per family (IP_MIN_MTU, IPV6_MIN_MTU). */
export const MIN_MTU: Record<Family, number> = { inet: 68, inet6: 1280 };
/** if_index is 16 bits wide in the routing messages. */
const MAX_IFINDEX = 0xffff;

/** The most an ill can carry: its datalink's MTU (ill_max_frag); lo0 and IPMP keep their own. */
function maxMtu(k: Kernel, name: string, current: number): number {
  return k.state.links[name]?.mtu ?? current;
}

/** SIOCSLIFMTU: unit 0 only, within [68|1280, link MTU]; the MTU is then fixed (FIXEDMTU). */
export function setMtu(k: Kernel, req: IoctlArg<'SIOCSLIFMTU'>): Empty {
  k.requirePrivilege();
  const l = k.lif(req.name, req.af);
  const { phyint, ill } = l;
  if (l.ipif.id !== 0) throw new KernelError(ERRNO.EINVAL);
  if (!Number.isInteger(req.mtu) || req.mtu < MIN_MTU[req.af] || req.mtu > maxMtu(k, phyint.name, ill.mtu)) throw new KernelError(ERRNO.EINVAL);
  ill.mtu = req.mtu;
  if ((phyint.flags & IFF.IPMP) !== 0n) ill.flags |= IFF.FIXEDMTU; // an explicit IPMP MTU stops following the members
  else ill.flags |= IFF.FIXEDMTU;
  const g = groupOf(k, phyint);
  if (g && (phyint.flags & IFF.IPMP) === 0n) refreshMtu(k, g);
  k.dirty = true;
  return {};
}

export function setMetric(k: Kernel, req: IoctlArg<'SIOCSLIFMETRIC'>): Empty {
  k.requirePrivilege();
  const { phyint, ill } = k.ill(req.name, req.af);
  if (isUnderIpmp(phyint)) throw new KernelError(ERRNO.EINVAL);
  // lifr_metric is an int: a value it cannot hold is not a request a caller could make.
  if (req.metric !== (req.metric | 0)) throw new KernelError(ERRNO.EINVAL);
  ill.metric = req.metric;
  k.dirty = true;
  return {};
}

/** SIOCSLIFINDEX: the index belongs to the phyint; both families announce the change. */
export function setIndex(k: Kernel, req: IoctlArg<'SIOCSLIFINDEX'>): Empty {
  k.requirePrivilege();
  const { phyint, ipif } = k.lif(req.name, req.af);
  if (ipif.id !== 0 || !Number.isInteger(req.index) || req.index <= 0 || req.index > MAX_IFINDEX) throw new KernelError(ERRNO.EINVAL);
  if (req.index === phyint.index) return {};
  if (k.phyintByIndex(req.index)) throw new KernelError(ERRNO.EEXIST);
  phyint.index = req.index;
  k.dirty = true;
  ifinfoBothFamilies(k, { phyint });
  return {};
}

/** SIOCSLIFUSESRC: take source addresses from another interface (index 0 clears it). */
export function setUsesrc(k: Kernel, req: IoctlArg<'SIOCSLIFUSESRC'>): Empty {
  k.requirePrivilege();
  const { phyint, ill } = k.ill(req.name, req.af);
  if (req.index !== 0) {
    const src = k.phyintByIndex(req.index);
    if (!src || !src.ills[req.af]) throw new KernelError(ERRNO.ENXIO);
    if (src === phyint || (phyint.flags & IFF.IPMP) !== 0n || isUnderIpmp(phyint)) throw new KernelError(ERRNO.EINVAL);
    if (src.ills[req.af]!.usesrcIndex !== 0) throw new KernelError(ERRNO.EINVAL);
  }
  ill.usesrcIndex = req.index;
  k.dirty = true;
  return {};
}

export function srcof(k: Kernel, req: IoctlArg<'SIOCGLIFSRCOF'>): IoctlReply<'SIOCGLIFSRCOF'> {
  const names = Object.values(k.state.phyints)
    .filter((p) => p.ills[req.af]?.usesrcIndex === req.index)
    .map((p) => p.name);
  return { names };
}

/** SIOCLIFADDIF: a new logical interface, at the named id or the lowest free one. */
export function addif(k: Kernel, req: IoctlArg<'SIOCLIFADDIF'>): IoctlReply<'SIOCLIFADDIF'> {
  k.requirePrivilege();
  const parsed = parseLifName(req.name);
  if (typeof parsed === 'string') throw new KernelError(ERRNO[parsed]);
  const { phyint, ill } = k.ill(parsed.phys, req.af);
  let id = parsed.id;
  if (id !== 0) {
    if (ill.ipifs.some((i) => i.id === id)) throw new KernelError(ERRNO.EEXIST);
  } else {
    id = 1;
    while (ill.ipifs.some((i) => i.id === id)) id++;
    if (id > MAX_LOGICAL_ID) throw new KernelError(ERRNO.ENOBUFS);
  }
  const unit0 = ill.ipifs.find((i) => i.id === 0);
  const inherited = unit0 ? unit0.flags & (IFF.BROADCAST | IFF.POINTOPOINT) : 0n;
  const ipif = newIpif(req.af, id, inherited);
  if (req.addr !== undefined) addrArg(req.af, req.addr); // validate before creating anything
  ill.ipifs.push(ipif);
  ill.ipifs.sort((a, b) => a.id - b.id);
  k.dirty = true;
  const name = lifName(phyint.name, id);
  if (req.addr !== undefined) setAddr(k, { name, af: req.af, addr: req.addr });
  return { name };
}

/** SIOCLIFREMOVEIF: by logical name, or by address on the named physical interface. */
export function removeif(k: Kernel, req: IoctlArg<'SIOCLIFREMOVEIF'>): Empty {
  k.requirePrivilege();
  let l;
  if (req.addr !== undefined) {
    const { phyint, ill } = k.ill(req.name, req.af);
    const addr = addrArg(req.af, req.addr);
    const ipif = ill.ipifs.find((i) => i.addr === addr);
    if (!ipif) throw new KernelError(ERRNO.EADDRNOTAVAIL);
    l = { phyint, ill, ipif };
  } else {
    l = k.lif(req.name, req.af);
  }
  if (l.ipif.id === 0) throw new KernelError(ERRNO.EBUSY);
  if ((l.ipif.flags & IFF.UP) !== 0n) deleteIpifRoutes(k, l.phyint, l.ill, l.ipif);
  l.ipif.flags &= ~IFF.UP;
  cancelTimers(k, (x) => x.name === l.phyint.name && x.family === l.ill.family && x.id === l.ipif.id);
  // ipif_down_tail (never unit 0, so no IFINFO), then ipif_free_tail.
  sendAddrMsgs(k, l, 'DELETE');
  sendAddrMsgs(k, l, 'FREEADDR');
  l.ill.ipifs = l.ill.ipifs.filter((i) => i !== l.ipif);
  k.dirty = true;
  return {};
}
