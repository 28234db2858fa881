// Bringing a logical interface up and down (ip_if.c ipif_up, ipif_down, ipif_down_tail).
import { IFF, KernelError, ERRNO } from '../../wire';
import type { Ill, Ipif, Phyint } from '../model';
import type { Kernel } from '../kernel';
import { addIpifRoutes, deleteIpifRoutes } from '../route/interface-routes';
import { sendAddrMsgs, sendIfinfo } from '../rtsock/emit';
import { startDad } from './dad';
import { cancelTimers } from '../timers';
import { migrate, migrates } from '../ipmp/migrate';
import { groupOf, isIpmp } from '../ipmp/group';
import { bindNew, refreshGroup, unbind } from '../ipmp/active';
import { broadcastOf, classfulMask, isLinkLocal6, isUnspecified, maskFromPrefix } from '../addr';

export interface Target {
  phyint: Phyint;
  ill: Ill;
  ipif: Ipif;
}

/**
 * ip_addr_availability_check: an address may be UP only once (EADDRINUSE on the same ill,
 * EADDRNOTAVAIL elsewhere, and ipif_up_done reports EADDRINUSE as EADDRNOTAVAIL too). The
 * unspecified address and IPv6 link-locals (scoped to their link) are exempt across ills.
 */
export function checkAvailability(k: Kernel, t: Target): void {
  const fam = t.ill.family;
  if (isUnspecified(fam, t.ipif.addr)) return;
  for (const phyint of Object.values(k.state.phyints)) {
    const ill = phyint.ills[fam];
    if (!ill) continue;
    for (const ipif of ill.ipifs) {
      if (ipif === t.ipif || ipif.addr !== t.ipif.addr) continue;
      if ((ipif.flags & (IFF.UP | IFF.DUPLICATE)) === 0n) continue;
      if (ill === t.ill) throw new KernelError(ERRNO.EADDRNOTAVAIL);
      if (fam === 'inet6' && isLinkLocal6(ipif.addr)) continue;
      throw new KernelError(ERRNO.EADDRNOTAVAIL);
    }
  }
}

/**
 * ipif_set_default, run on every SIOCSLIFADDR: a zero IPv4 mask becomes the classful one, and on
 * BROADCAST interfaces the broadcast address is always recomputed as subnet | ~mask.
 */
export function setDefaults(k: Kernel, t: Target): void {
  if (t.ill.family !== 'inet') {
    // An IPv6 address set without a prefix gets /64 (link-locals /10).
    if (t.ipif.netmask === '::') t.ipif.netmask = maskFromPrefix('inet6', isLinkLocal6(t.ipif.addr) ? 10 : 64);
    return;
  }
  if (t.ipif.netmask === '0.0.0.0') t.ipif.netmask = classfulMask(t.ipif.addr);
  if ((k.flagsOf(t) & IFF.BROADCAST) !== 0n) t.ipif.broadcast = broadcastOf(t.ipif.addr, t.ipif.netmask);
}

/** ipif_up: routes now, the up notifications once DAD is done. */
export function ipifUp(k: Kernel, t: Target): void {
  if ((t.ipif.flags & IFF.UP) !== 0n) return;
  if (migrates(t)) {
    // The data address moves to the IPMP interface; a stub left in slot 0 comes up first.
    const { moved, stub } = migrate(k, t);
    if (stub) ipifUp(k, stub);
    ipifUp(k, moved);
    return;
  }
  checkAvailability(k, t);
  if (t.ill.family === 'inet' && t.ipif.netmask === '0.0.0.0') {
    // ipif_add_ires_v4 falls back to IN_CLASSA_NET for 0.0.0.0 / NOLOCAL and stores the mask back
    // (so an underlying stub prints `netmask ff000000` once it has been up); the broadcast stays.
    const fallback = isUnspecified('inet', t.ipif.addr) || (k.flagsOf(t) & IFF.NOLOCAL) !== 0n;
    t.ipif.netmask = fallback ? '255.0.0.0' : classfulMask(t.ipif.addr);
  }
  t.ipif.flags |= IFF.UP;
  k.dirty = true;
  addIpifRoutes(k, t.phyint, t.ill, t.ipif);
  const g = groupOf(k, t.phyint);
  if (g && isIpmp(t.phyint)) bindNew(k, g, t.ipif.id, t.ill.family);
  else if (g) refreshGroup(k, g);
  startDad(k, t);
}

/** ipif_down_tail's messages: IFINFO (unit 0), DELETE, DELADDR. */
export function sendDownMsgs(k: Kernel, t: Target, rtsq?: number): void {
  sendIfinfo(k, t, rtsq === undefined ? {} : { rtsq });
  sendAddrMsgs(k, t, 'DELETE', rtsq);
}

/** ipif_down + ipif_down_tail: routes go silently, then the down messages. */
export function ipifDown(k: Kernel, t: Target): void {
  const wasUp = (t.ipif.flags & IFF.UP) !== 0n;
  t.ipif.flags &= ~IFF.UP;
  t.ipif.ready = false;
  k.dirty = true;
  cancelTimers(k, (x) => x.kind === 'dad' && x.name === t.phyint.name && x.family === t.ill.family && x.id === t.ipif.id);
  if (wasUp) deleteIpifRoutes(k, t.phyint, t.ill, t.ipif);
  const g = groupOf(k, t.phyint);
  if (g && isIpmp(t.phyint)) unbind(k, g, t.ipif.id, t.ill.family);
  else if (g) refreshGroup(k, g);
  sendDownMsgs(k, t);
}
