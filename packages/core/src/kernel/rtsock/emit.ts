// Kernel-originated routing-socket messages (ip_rts.c ip_rts_ifmsg, ip_rts_newaddrmsg).
import type { Sockaddr } from '../../wire';
import { RTM, RTF, RTSQ, AF_INET, AF_INET6, IFT, ZERO_METRICS } from '../../wire';
import type { Family, Ill, Ipif, Phyint } from '../model';
import type { Kernel } from '../kernel';
import { IFF } from '../../wire';
import { isUnspecified, UNSPEC } from '../addr';
import { groupOf, membersOf } from '../ipmp/group';

const AF: Record<Family, number> = { inet: AF_INET, inet6: AF_INET6 };
export const afOf = (family: Family): number => AF[family];

export function inetSockaddr(family: Family, addr: string): Sockaddr {
  return family === 'inet' ? { family: 'inet', addr } : { family: 'inet6', addr };
}

export function isUnderIpmp(phyint: Phyint): boolean {
  return phyint.group !== '' && (phyint.flags & IFF.IPMP) === 0n;
}

/** Resolves RTSQ_DEFAULT: messages about an interface under IPMP reach only aware sockets. */
export function defaultRtsq(phyint: Phyint): number {
  return isUnderIpmp(phyint) ? RTSQ.UNDER_IPMP : RTSQ.ALL;
}

/** The interface index link sockaddrs carry: the IPMP interface's for a member (ill_get_upper_ifindex). */
export function upperIndex(k: Kernel, phyint: Phyint): number {
  if (!isUnderIpmp(phyint)) return phyint.index;
  const ipmp = Object.values(k.state.phyints).find((p) => (p.flags & IFF.IPMP) !== 0n && p.group === phyint.group);
  return ipmp ? ipmp.index : phyint.index;
}

const macBytes = (mac: string): number[] => mac.split(':').map((b) => parseInt(b, 16));

/**
 * An IPMP ill borrows the link type and address length of the first member of its family and has
 * no address of its own (ipmp.c ipmp_illgrp_add_ill leaves ill_phys_addr NULL); with no member
 * of that family it is IFT_OTHER with no address length (ipmp_illgrp_del_ill).
 */
function ipmpLinkLayer(k: Kernel, phyint: Phyint, family: Family): { type: number; alen: number } {
  const g = groupOf(k, phyint);
  const first = g ? membersOf(k, g, family)[0] : undefined;
  const link = first && k.state.links[first.name];
  return link ? { type: IFT.ETHER, alen: macBytes(link.mac).length } : { type: IFT.OTHER, alen: 0 };
}

/** ill_type of the interface's ill of this family. */
export function illType(k: Kernel, phyint: Phyint, family: Family): number {
  if ((phyint.flags & IFF.LOOPBACK) !== 0n) return IFT.LOOP;
  if ((phyint.flags & IFF.IPMP) !== 0n) return ipmpLinkLayer(k, phyint, family).type;
  return IFT.ETHER;
}

/**
 * RTA_IFP: a sockaddr_dl naming the interface of this family (ip_if.c ill_dls_info): sdl_alen is
 * ill_phys_addr_length and the address is copied only when the ill has one, so an IPMP
 * interface with members carries their address length and zero bytes.
 */
export function ifpSockaddr(k: Kernel, phyint: Phyint, family: Family): Sockaddr {
  const link = k.state.links[phyint.name];
  let hw: number[] = [];
  if ((phyint.flags & IFF.IPMP) !== 0n) hw = new Array<number>(ipmpLinkLayer(k, phyint, family).alen).fill(0);
  else if (link) hw = macBytes(link.mac);
  return { family: 'link', index: upperIndex(k, phyint), type: illType(k, phyint, family), name: phyint.name, hwaddr: Uint8Array.from(hw) };
}

interface Target {
  phyint: Phyint;
  ill: Ill;
  ipif: Ipif;
}

/** RTM_IFINFO for logical unit 0 only; flags are the low 32 bits of ipif|ill|phyint. */
export function sendIfinfo(k: Kernel, t: Target, opts: { set?: bigint; clear?: bigint; rtsq?: number } = {}): void {
  if (t.ipif.id !== 0) return;
  let flags = k.flagsOf(t);
  if (opts.set) flags |= opts.set;
  if (opts.clear) flags &= ~opts.clear;
  k.emit(
    {
      header: 'if',
      type: RTM.IFINFO,
      index: t.phyint.index,
      flags: Number(flags & 0xffffffffn),
      // rts_getifdata fills only ifi_type, ifi_mtu and ifi_metric.
      data: { type: illType(k, t.phyint, t.ill.family), addrlen: 0, hdrlen: 0, mtu: t.ill.mtu, metric: t.ill.metric },
      sockaddrs: { IFP: ifpSockaddr(k, t.phyint, t.ill.family) },
    },
    opts.rtsq ?? defaultRtsq(t.phyint),
    AF[t.ill.family],
  );
}

function ifaMessage(k: Kernel, t: Target, type: number) {
  const fam = t.ill.family;
  return {
    header: 'ifa' as const,
    type,
    index: t.phyint.index,
    flags: type === RTM.NEWADDR ? RTF.UP : 0,
    metric: t.ill.metric,
    sockaddrs: {
      NETMASK: inetSockaddr(fam, t.ipif.netmask),
      IFP: ifpSockaddr(k, t.phyint, fam),
      IFA: inetSockaddr(fam, t.ipif.addr),
      BRD: inetSockaddr(fam, t.ipif.dst || UNSPEC[fam]),
    },
  };
}

function rtMessage(t: Target, type: number) {
  const fam = t.ill.family;
  return {
    header: 'rt' as const,
    type,
    index: t.phyint.index,
    flags: type === RTM.ADD ? RTF.UP | RTF.DONE : RTF.DONE,
    pid: 0,
    seq: 0,
    errno: 0,
    use: 0,
    inits: 0,
    metrics: { ...ZERO_METRICS },
    sockaddrs: { DST: inetSockaddr(fam, t.ipif.addr), NETMASK: inetSockaddr(fam, t.ipif.netmask) },
  };
}

/**
 * ip_rts_newaddrmsg: RTM_ADD sends NEWADDR then ADD; RTM_DELETE sends DELETE then DELADDR;
 * CHGADDR and FREEADDR go alone and never for the unspecified address.
 */
export function sendAddrMsgs(k: Kernel, t: Target, cmd: 'ADD' | 'DELETE' | 'CHGADDR' | 'FREEADDR', rtsq?: number): void {
  const q = rtsq ?? defaultRtsq(t.phyint);
  const af = AF[t.ill.family];
  switch (cmd) {
    case 'ADD':
      k.emit(ifaMessage(k, t, RTM.NEWADDR), q, af);
      k.emit(rtMessage(t, RTM.ADD), q, af);
      return;
    case 'DELETE':
      k.emit(rtMessage(t, RTM.DELETE), q, af);
      k.emit(ifaMessage(k, t, RTM.DELADDR), q, af);
      return;
    default:
      if (isUnspecified(t.ill.family, t.ipif.addr)) return;
      k.emit(ifaMessage(k, t, cmd === 'CHGADDR' ? RTM.CHGADDR : RTM.FREEADDR), q, af);
  }
}
