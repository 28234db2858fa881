// Address-setting ioctls: SIOCSLIFADDR, SIOCSLIFNETMASK, SIOCSLIFBRDADDR, SIOCSLIFDSTADDR,
// SIOCSLIFSUBNET, SIOCSLIFTOKEN (ip_if.c ip_sioctl_addr(_tail), ip_sioctl_netmask, ...).
import { IFF, KernelError, ERRNO } from '../../wire';
import type { Kernel, Lif } from '../kernel';
import type { IoctlArg, IoctlReply } from '../ioctl-types';
import type { Family } from '../model';
import { broadcastOf, canonical, classfulMask, isContiguous, isLinkLocal6, isUnspecified, networkOf, maskFromPrefix, toBytes } from '../addr';
import { ipifDown, ipifUp, setDefaults } from './updown';
import { sendAddrMsgs } from '../rtsock/emit';
import { cancelTimers } from '../timers';

type Empty = Record<string, never>;

export function addrArg(family: Family, text: string): string {
  const a = canonical(family, text);
  if (a === undefined) throw new KernelError(ERRNO.EAFNOSUPPORT);
  return a;
}

/** A changed address or mask clears DUPLICATE and stops its recovery timer. */
function clearDuplicate(k: Kernel, l: Lif): void {
  l.ipif.flags &= ~IFF.DUPLICATE;
  cancelTimers(k, (x) => x.kind === 'dad-recovery' && x.name === l.phyint.name && x.family === l.ill.family && x.id === l.ipif.id);
}

/** Runs `change` with the address taken down first and brought back up after, if it was UP. */
function withBounce(k: Kernel, l: Lif, change: () => void): void {
  const wasUp = (l.ipif.flags & IFF.UP) !== 0n;
  if (wasUp) ipifDown(k, l);
  change();
  k.dirty = true;
  if (wasUp) ipifUp(k, l);
}

/**
 * ip_addr_ok_v4: an address that makes sense on the logical interface's subnet (its mask, else
 * the class's): neither the subnet's network nor its broadcast address unless the mask is all
 * ones (so no address works with a /31), never 255.255.255.255 nor a class D address.
 */
function addrOkV4(addr: string, subnetMask: string): boolean {
  const mask = subnetMask !== '0.0.0.0' ? subnetMask : classfulMask(addr);
  if (mask !== '255.255.255.255' && (addr === networkOf('inet', addr, mask) || addr === broadcastOf(addr, mask))) return false;
  const classD = (toBytes('inet', addr)[0] & 0xf0) === 0xe0;
  return addr !== '255.255.255.255' && !classD;
}

/** ip_sioctl_addr / ip_sioctl_dstaddr: 0.0.0.0, or an address that passes ip_addr_ok_v4 (else EADDRNOTAVAIL). */
function checkAddrV4(l: Lif, addr: string): void {
  if (addr !== '0.0.0.0' && !addrOkV4(addr, l.ipif.netmask)) throw new KernelError(ERRNO.EADDRNOTAVAIL);
}

export function setAddr(k: Kernel, req: IoctlArg<'SIOCSLIFADDR'>): IoctlReply<'SIOCSLIFADDR'> {
  k.requirePrivilege();
  const l = k.lif(req.name, req.af);
  const addr = addrArg(req.af, req.addr);
  if (req.af === 'inet') checkAddrV4(l, addr);
  // Unit 0 of an IPv6 multicast interface holds the link-local address; others go on addif units.
  if (req.af === 'inet6' && l.ipif.id === 0 && (k.flagsOf(l) & IFF.LOOPBACK) === 0n && !isUnspecified('inet6', addr) && !isLinkLocal6(addr)) {
    throw new KernelError(ERRNO.EADDRNOTAVAIL);
  }
  withBounce(k, l, () => {
    l.ipif.addr = addr;
    clearDuplicate(k, l);
    setDefaults(k, l);
    sendAddrMsgs(k, l, 'CHGADDR');
  });
  return {};
}

export function setNetmask(k: Kernel, req: IoctlArg<'SIOCSLIFNETMASK'>): IoctlReply<'SIOCSLIFNETMASK'> {
  k.requirePrivilege();
  const l = k.lif(req.name, req.af);
  const mask = addrArg(req.af, req.addr);
  if (!isContiguous(req.af, mask)) throw new KernelError(ERRNO.ENOTSUP); // ip_sioctl_netmask
  if (mask === l.ipif.netmask) return {};
  // The broadcast address stays as it was: `ifconfig … netmask X broadcast +` exists for that.
  const apply = () => {
    l.ipif.netmask = mask;
    clearDuplicate(k, l);
  };
  if ((l.ipif.flags & IFF.UP) !== 0n) withBounce(k, l, apply);
  else {
    apply();
    k.dirty = true;
  }
  return {};
}

export function setBrdaddr(k: Kernel, req: IoctlArg<'SIOCSLIFBRDADDR'>): Empty {
  k.requirePrivilege();
  const l = k.lif(req.name, req.af);
  if (req.af !== 'inet') throw new KernelError(ERRNO.EINVAL);
  if ((k.flagsOf(l) & IFF.BROADCAST) === 0n) throw new KernelError(ERRNO.EADDRNOTAVAIL);
  const b = addrArg('inet', req.addr);
  if (b === l.ipif.broadcast) return {};
  // An UP address only accepts a broadcast address it already has a broadcast entry for.
  if ((l.ipif.flags & IFF.UP) !== 0n && !k.routes.find({ family: 'inet', dst: b, prefixlen: 32 }).some((r) => r.type === 'broadcast' && r.ifname === l.phyint.name)) {
    throw new KernelError(ERRNO.EINVAL);
  }
  withBounce(k, l, () => {
    l.ipif.broadcast = b;
  });
  return {};
}

/**
 * Setting a destination turns a broadcast interface into a point-to-point one. The destination
 * it already has changes nothing (ip_sioctl_dstaddr: "No change"); a logical interface that
 * never had one has the unspecified address, so libipadm zeroing unit 0's destination when it
 * deletes the address leaves a broadcast interface as it is.
 */
export function setDstaddr(k: Kernel, req: IoctlArg<'SIOCSLIFDSTADDR'>): Empty {
  k.requirePrivilege();
  const l = k.lif(req.name, req.af);
  const d = addrArg(req.af, req.addr);
  if (req.af === 'inet') checkAddrV4(l, d);
  if (l.ipif.dst === '' ? isUnspecified(req.af, d) : l.ipif.dst === d) return {};
  withBounce(k, l, () => {
    l.ipif.dst = d;
    if ((l.ipif.flags & IFF.POINTOPOINT) === 0n) {
      l.ipif.flags = (l.ipif.flags | IFF.POINTOPOINT) & ~IFF.BROADCAST;
      l.ipif.broadcast = '';
    }
  });
  return {};
}

function prefixArg(family: Family, plen: number): number {
  const max = family === 'inet' ? 32 : 128;
  if (!Number.isInteger(plen) || plen < 0 || plen > max) throw new KernelError(ERRNO.EINVAL);
  return plen;
}

/** SIOCSLIFSUBNET: the subnet prefix of the logical interface (the mask follows it). */
export function setSubnet(k: Kernel, req: IoctlArg<'SIOCSLIFSUBNET'>): Empty {
  k.requirePrivilege();
  const l = k.lif(req.name, req.af);
  const plen = prefixArg(req.af, req.prefixlen);
  const mask = maskFromPrefix(req.af, plen);
  const net = networkOf(req.af, addrArg(req.af, req.addr), mask);
  withBounce(k, l, () => {
    l.ipif.subnet = { addr: net, prefixlen: plen };
    l.ipif.netmask = mask;
  });
  return {};
}

/** SIOCSLIFTOKEN: IPv6 only; the interface id used for link-local and autoconfigured addresses. */
export function setToken(k: Kernel, req: IoctlArg<'SIOCSLIFTOKEN'>): Empty {
  k.requirePrivilege();
  if (req.af !== 'inet6') throw new KernelError(ERRNO.EINVAL);
  const { ill } = k.ill(req.name, req.af);
  const plen = prefixArg('inet6', req.prefixlen);
  ill.token = { addr: addrArg('inet6', req.addr), prefixlen: plen };
  k.dirty = true;
  return {};
}
