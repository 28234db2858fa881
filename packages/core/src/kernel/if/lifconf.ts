// Interface enumeration (ip_if.c ip_sioctl_get_lifconf, ip_get_numlifs, ip_sioctl_get_ifconf)
// and the sioc_addrreq tests. Kernel order: IPv4 ills then IPv6; within a family, interface
// types in first-plumb order, PPAs ascending, logical ids ascending (ill_glist_insert, ill_first).
import { IFF, LIFC } from '../../wire';
import type { Kernel } from '../kernel';
import type { IoctlArg, IoctlReply, LifconfEntry } from '../ioctl-types';
import type { Family, Ill, Ipif, Phyint } from '../model';
import { lifName, parseLifName } from './names';
import { isUnderIpmp } from '../rtsock/emit';
import { canonical, familyOf, inSubnet, isLinkLocal6, toBytes } from '../addr';

export interface LifWalkEntry {
  phyint: Phyint;
  ill: Ill;
  ipif: Ipif;
  name: string;
}

/** A phyint name's interface type and PPA ("net" and 0 for net0), each name parsed once. */
const typeAndPpa = new Map<string, { type: string; ppa: number }>();

function typeOf(name: string): { type: string; ppa: number } {
  let t = typeAndPpa.get(name);
  if (!t) {
    const parsed = parseLifName(name);
    t = typeof parsed === 'string' ? { type: name, ppa: 0 } : { type: parsed.type, ppa: parsed.ppa };
    if (typeAndPpa.size < 4096) typeAndPpa.set(name, t);
  }
  return t;
}

/**
 * Every logical interface of a family in kernel order. Walked for each route a batch adds (is
 * the gateway one of our addresses): a name is parsed once, not once a comparison.
 */
export function* walkFamily(k: Kernel, family: Family): Generator<LifWalkEntry> {
  const byType = new Map<string, { phyint: Phyint; ppa: number }[]>();
  for (const phyint of Object.values(k.state.phyints)) {
    if (!phyint.ills[family]) continue;
    const { type, ppa } = typeOf(phyint.name);
    const list = byType.get(type);
    if (list) list.push({ phyint, ppa });
    else byType.set(type, [{ phyint, ppa }]);
  }
  for (const type of k.state.typeOrder[family]) {
    const list = byType.get(type);
    if (!list) continue;
    if (list.length > 1) list.sort((a, b) => a.ppa - b.ppa);
    for (const { phyint } of list) {
      const ill = phyint.ills[family]!;
      for (const ipif of ill.ipifs) yield { phyint, ill, ipif, name: lifName(phyint.name, ipif.id) };
    }
  }
}

function families(af: Family | 'unspec'): Family[] {
  return af === 'unspec' ? ['inet', 'inet6'] : [af];
}

function included(k: Kernel, e: LifWalkEntry, flags: number): boolean {
  const f = k.flagsOf(e);
  if ((f & IFF.NOXMIT) !== 0n && (flags & LIFC.NOXMIT) === 0) return false;
  if ((f & IFF.TEMPORARY) !== 0n && (flags & LIFC.TEMPORARY) === 0) return false;
  if (isUnderIpmp(e.phyint) && (flags & LIFC.UNDER_IPMP) === 0) return false;
  return true;
}

function entry(e: LifWalkEntry): LifconfEntry {
  return { name: e.name, family: e.ill.family, addr: e.ipif.addr };
}

export function lifconf(k: Kernel, req: IoctlArg<'SIOCGLIFCONF'>): IoctlReply<'SIOCGLIFCONF'> {
  const entries: LifconfEntry[] = [];
  for (const fam of families(req.af)) for (const e of walkFamily(k, fam)) if (included(k, e, req.flags)) entries.push(entry(e));
  return { entries };
}

export function lifnum(k: Kernel, req: IoctlArg<'SIOCGLIFNUM'>): IoctlReply<'SIOCGLIFNUM'> {
  return { count: lifconf(k, req).entries.length };
}

/** SIOCGIFCONF: IPv4 only, and never an interface under IPMP, whatever the caller asks. */
export function ifconf(k: Kernel): IoctlReply<'SIOCGIFCONF'> {
  const entries: LifconfEntry[] = [];
  for (const e of walkFamily(k, 'inet')) if (!isUnderIpmp(e.phyint)) entries.push(entry(e));
  return { entries };
}

function upAddresses(k: Kernel, family: Family): LifWalkEntry[] {
  return [...walkFamily(k, family)].filter((e) => (e.ipif.flags & IFF.UP) !== 0n);
}

function testAddr(text: string): { family: Family; addr: string } | undefined {
  const family = familyOf(text);
  const addr = family && canonical(family, text);
  return family && addr ? { family, addr } : undefined;
}

/** SIOCTMYADDR: is this one of our UP addresses? */
export function tmyaddr(k: Kernel, req: IoctlArg<'SIOCTMYADDR'>): IoctlReply<'SIOCTMYADDR'> {
  const a = testAddr(req.addr);
  if (!a) return { res: 0 };
  return { res: upAddresses(k, a.family).some((e) => e.ipif.addr === a.addr) ? 1 : 0 };
}

/** SIOCTONLINK: is the address on a subnet (or the peer) of one of our UP interfaces? */
export function tonlink(k: Kernel, req: IoctlArg<'SIOCTONLINK'>): IoctlReply<'SIOCTONLINK'> {
  const a = testAddr(req.addr);
  if (!a) return { res: 0 };
  if (a.family === 'inet6' && isLinkLocal6(a.addr)) return { res: 1 };
  const hit = upAddresses(k, a.family).some((e) =>
    e.ipif.dst ? e.ipif.dst === a.addr : inSubnet(a.family, a.addr, e.ipif.addr, e.ipif.netmask));
  return { res: hit ? 1 : 0 };
}

/** SIOCTMYSITE: is the IPv6 address within the site (site-local prefix) of one of our addresses? */
export function tmysite(k: Kernel, req: IoctlArg<'SIOCTMYSITE'>): IoctlReply<'SIOCTMYSITE'> {
  const a = testAddr(req.addr);
  if (!a || a.family !== 'inet6') return { res: 0 };
  const siteLocal = (x: string) => {
    const b = toBytes('inet6', x);
    return b[0] === 0xfe && (b[1] & 0xc0) === 0xc0;
  };
  if (!siteLocal(a.addr)) return { res: 0 };
  return { res: upAddresses(k, 'inet6').some((e) => siteLocal(e.ipif.addr)) ? 1 : 0 };
}
