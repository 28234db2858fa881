// What every export form needs of the host read: the interfaces in index order, which
// addresses the kernel made by itself, prefix lengths, and routes as route(8) arguments.
import { broadcastOf, IFF, networkOf, prefixFromMask } from '@ipmplab/core/syscalls';
import type { LifStatus } from '@ipmplab/ifconfig';
import type { ExportHost, ExportRoute } from './model';

export const unitOf = (name: string): number => (name.includes(':') ? Number(name.slice(name.indexOf(':') + 1)) : 0);
export const baseName = (name: string): string => (name.includes(':') ? name.slice(0, name.indexOf(':')) : name);

export const hasFlag = (s: LifStatus, f: bigint): boolean => (s.flags & f) !== 0n;

export const prefixlenOf = (s: LifStatus): number => prefixFromMask(s.family, s.netmask);

/** The broadcast address the kernel gives an IPv4 address and mask (the host part all ones). */
export const defaultBroadcast = (s: LifStatus): string => (s.family === 'inet' ? broadcastOf(s.addr, s.netmask) : '');

/** /etc/inet/static_routes' lines: what route -p add was given, without the comment lines. */
export const staticRouteLines = (text: string | undefined): string[] =>
  (text ?? '').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

/** What no boot file holds, as the commands to type after boot: routes added without -p, interfaces taken offline. */
export function typedAfterBoot(h: ExportHost): string[] {
  return [
    ...h.routes.filter((r) => !h.persistent.some((p) => isPersistent(r, p))).map((r) => `route add ${routeArgs(r).join(' ')}`),
    ...h.offline.map((n) => `if_mpadm -d ${n}`),
  ];
}

/** The link-local address the kernel gives unit 0 of an IPv6 interface when it is plumbed. */
export const isLinkLocalUnit0 = (s: LifStatus): boolean => s.family === 'inet6' && unitOf(s.name) === 0 && /^fe80:/i.test(s.addr);

/** Addresses in.ndpd makes (stateless autoconfiguration, temporary addresses): not typed. */
export const isAutomatic = (s: LifStatus): boolean => (s.flags & (IFF.ADDRCONF | IFF.TEMPORARY)) !== 0n;

export interface InterfaceEntry {
  name: string;
  /** Unit 0 of each family it is plumbed for, IPv4 first. */
  families: LifStatus[];
}

/** The interfaces (unit 0 of each family), in the order of their interface index. */
export function interfaceOrder(h: ExportHost): InterfaceEntry[] {
  const byName = new Map<string, InterfaceEntry>();
  for (const s of h.lifs) {
    if (unitOf(s.name) !== 0) continue;
    const e = byName.get(s.name) ?? { name: s.name, families: [] };
    e.families.push(s);
    byName.set(s.name, e);
  }
  for (const e of byName.values()) e.families.sort((a, b) => (a.family === b.family ? 0 : a.family === 'inet' ? -1 : 1));
  return [...byName.values()].sort((a, b) => a.families[0].index - b.families[0].index);
}

/** A static route as the arguments of `route add`. */
export function routeArgs(r: ExportRoute): string[] {
  const a: string[] = r.family === 'inet6' ? ['-inet6'] : [];
  if (r.prefixlen === 0) a.push('default');
  else if (r.host) a.push('-host', r.dst);
  else a.push('-net', `${r.dst}/${r.prefixlen}`);
  a.push(r.gateway);
  if (!r.viaGateway) a.push('-interface');
  if (r.reject) a.push('-reject');
  if (r.blackhole) a.push('-blackhole');
  if (r.mtu) a.push('-mtu', String(r.mtu));
  if (r.hopcount) a.push('-hopcount', String(r.hopcount));
  return a;
}

/** Whether a line of /etc/inet/static_routes (route -p add's arguments) is this route. */
export function isPersistent(r: ExportRoute, line: string): boolean {
  const words = line.split(/\s+/);
  const v6 = words.includes('-inet6');
  if ((r.family === 'inet6') !== v6) return false;
  const plain: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.startsWith('-')) {
      // The modifiers that take a value (route.c keywords).
      if (['-netmask', '-ifp', '-ifa', '-mtu', '-hopcount', '-expire', '-recvpipe', '-sendpipe', '-ssthresh', '-rtt', '-rttvar', '-setsrc'].includes(w)) i++;
      continue;
    }
    plain.push(w);
  }
  const [dst, gateway] = plain;
  if (dst === undefined) return false;
  if (gateway !== undefined && gateway !== r.gateway) return false;
  if (dst === 'default') return r.prefixlen === 0;
  const [addr, plen] = dst.split('/');
  if (addr !== r.dst) return false;
  if (plen !== undefined) return Number(plen) === r.prefixlen;
  return words.includes('-host') ? r.host : true;
}

/** The subnet of an address (family, the address masked, prefix length), as its interface route's key. */
const subnetOf = (s: LifStatus): string => `${s.family} ${networkOf(s.family, s.addr, s.netmask)}/${prefixlenOf(s)}`;

/**
 * The logical interfaces in the order their addresses are set: interface by interface in index
 * order, each interface's units in order, except that addresses of one subnet keep the order
 * they came up in (their interface routes' order: netstat -rn lists routes of one prefix so).
 */
export function addressOrder(h: ExportHost): LifStatus[] {
  const order = interfaceOrder(h).map((e) => e.name);
  const base = [...h.lifs].sort((a, b) => order.indexOf(baseName(a.name)) - order.indexOf(baseName(b.name))
    || (a.family === b.family ? 0 : a.family === 'inet' ? -1 : 1) || unitOf(a.name) - unitOf(b.name));
  const up = (s: LifStatus) => {
    const i = h.upOrder.indexOf(`${s.family} ${s.addr}`);
    return i < 0 ? Infinity : i;
  };
  const groups = new Map<string, number[]>();
  base.forEach((s, i) => {
    if (up(s) === Infinity) return;
    const key = subnetOf(s);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const out = [...base];
  for (const positions of groups.values()) {
    const members = positions.map((i) => base[i]).sort((a, b) => up(a) - up(b));
    positions.forEach((p, j) => (out[p] = members[j]));
  }
  return out;
}

/** A note for the dialect ifconfig forms: interfaces ipadm made carry a mark ifconfig cannot set. */
export function ipadmMadeNote(h: ExportHost): string[] {
  return h.lifs.some((s) => (s.flags & IFF.NOLINKLOCAL) !== 0n)
    ? ['# Interfaces here were made by ipadm (IFF_NOLINKLOCAL, address objects): --as ipadm rebuilds them as they are.']
    : [];
}
