// The ARP ioctls (ip_if.c ip_extract_arpreq, ip_sioctl_arp, ip_sioctl_garp_reply): the
// interface is found from the address (one of the host's own, else the resolver interface whose
// subnet holds it: ENXIO when none); underlying interfaces of an IPMP group may be read but not
// changed (EPERM: the group's mappings are kept consistent by IP itself); the host's own
// addresses are not changed (ENOTSUP).
import { IFF, KernelError, ERRNO } from '../../wire';
import type { Kernel } from '../kernel';
import type { Phyint } from '../model';
import type { IoctlMap, XarpEntry } from '../ioctl-types';
import { lookupTyped } from '../route/request';
import { groupOf, ipmpPhyint, isIpmp } from '../ipmp/group';
import { mibNetToMedia } from './walk';
import { nceAdd, nceDelete, nceLookup } from './cache';

type Arg<C extends keyof IoctlMap> = IoctlMap[C][0];

/** ip_extract_arpreq: the interface the request is about. */
function arpIll(k: Kernel, addr: string): Phyint {
  const own = Object.values(k.state.phyints).find((p) => p.ills.inet?.ipifs.some((i) => i.addr === addr && (i.flags & IFF.UP) !== 0n));
  const p = own ?? (() => {
    const r = lookupTyped(k, 'inet', addr, ['interface', 'ifroute']);
    return r && k.state.phyints[r.ifname];
  })();
  if (!p || !p.ills.inet) throw new KernelError(ERRNO.ENXIO);
  // Only resolver interfaces (ill_net_type IRE_IF_RESOLVER): not loopback, point-to-point or NOARP.
  if ((p.flags & IFF.LOOPBACK) !== 0n || ((p.ills.inet.flags | p.flags) & (IFF.POINTOPOINT | IFF.NOARP)) !== 0n) throw new KernelError(ERRNO.ENXIO);
  return p;
}

const underIpmp = (p: Phyint) => p.group !== '' && !isIpmp(p);

function ownEntry(k: Kernel, p: Phyint, addr: string) {
  return mibNetToMedia(k, 'inet').find((r) => r.myaddr && r.ifname === p.name && r.addr === addr);
}

export function getXarp(k: Kernel, a: Arg<'SIOCGXARP'>): XarpEntry {
  const p = arpIll(k, a.addr);
  const own = ownEntry(k, p, a.addr);
  if (own) return { mac: own.mac, perm: true, publ: true, trailers: false, authority: true };
  // A group's neighbours are kept on its IPMP interface, whichever member resolved them.
  const g = underIpmp(p) ? groupOf(k, p) : undefined;
  const e = nceLookup(k, 'inet', g ? ipmpPhyint(k, g).name : p.name, a.addr);
  if (!e) throw new KernelError(ERRNO.ENXIO);
  const flags = { perm: !!e.nonud, publ: !!e.publish, trailers: false, authority: !!e.authority };
  return e.state === 'INCOMPLETE' ? flags : { ...flags, mac: e.mac };
}

export function setXarp(k: Kernel, a: Arg<'SIOCSXARP'>): Record<string, never> {
  k.requirePrivilege();
  const p = arpIll(k, a.addr);
  if (a.mac.split(':').length !== 6) throw new KernelError(ERRNO.EINVAL);
  if (underIpmp(p)) throw new KernelError(ERRNO.EPERM);
  if (ownEntry(k, p, a.addr)) throw new KernelError(ERRNO.ENOTSUP);
  // An existing entry is updated in place (nce_lookup_then_add_v4 EEXIST), a new one added REACHABLE.
  const entry = { mac: a.mac, state: 'REACHABLE' as const, last: k.now, probes: 0, static: true, nonud: a.perm, publish: a.publ, authority: a.authority };
  const old = nceLookup(k, 'inet', p.name, a.addr);
  if (old) nceDelete(k, old); // its timer goes; the entry keeps its place below
  const e = { family: 'inet' as const, ifname: p.name, addr: a.addr, ...entry };
  if (old) (k.state.nces ??= []).push({ ...e, serial: old.serial });
  else nceAdd(k, e);
  k.dirty = true;
  return {};
}

export function deleteXarp(k: Kernel, a: Arg<'SIOCDXARP'>): Record<string, never> {
  k.requirePrivilege();
  const p = arpIll(k, a.addr);
  if (underIpmp(p)) throw new KernelError(ERRNO.EPERM);
  const e = nceLookup(k, 'inet', p.name, a.addr);
  if (!e) {
    if (ownEntry(k, p, a.addr)) throw new KernelError(ERRNO.ENOTSUP);
    throw new KernelError(ERRNO.ENXIO);
  }
  nceDelete(k, e);
  return {};
}
