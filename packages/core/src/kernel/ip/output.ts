// IP output of a locally sent packet (ip_output.c conn_ip_output: ip_select_route, then
// ip_select_source, then the ill that transmits): the route to the destination, the source
// address, the next hop to resolve on the link, and the NIC that sends it, which for an IPMP
// interface is the next active member in turn (ipmp.c ipmp_illgrp_hold_next_ill). A packet that
// cannot be sent at all is an errno for sendto(); one that is sent into nothing (a blackhole, a
// NIC without carrier, a group with no active member) is dropped without a word.
import { ERRNO, IFF, RTF } from '../../wire';
import type { Kernel } from '../kernel';
import type { Family, Ill, Phyint } from '../model';
import type { Route } from '../route/table';
import { hostPlen } from '../route/table';
import { outgoing, testHidden } from '../route/request';
import { inSubnet } from '../addr';
import { isIpmp } from '../ipmp/group';
import { localIpif } from './local';
import { count } from './stats';

export interface OutRequest {
  family: Family;
  dst: string;
  /** A source the sender bound (it must be one of the host's UP addresses). */
  src?: string;
  /** IP_PKTINFO / IPV6_BOUND_IF: only routes through this interface. */
  ifname?: string;
  /**
   * false: leave no trace in counters (NIC packets, route use, an IPMP group's turn). in.mpathd's
   * probes are sent so, which lets a long clock advance jump over steady probing (mpathd/steady.ts).
   */
  account?: boolean;
}

export type OutResult =
  /** To one of the host's own addresses: looped back. */
  | { kind: 'local'; src: string }
  | {
    kind: 'send'; route: Route; src: string; nexthop: string;
    /** The IP interface of the route (ipmp0 for a group's data traffic). */
    ifname: string;
    /** The datalink that puts the frame on the wire, and its hardware address. */
    link: string; mac: string;
  }
  /** Sent into nothing; `blackhole` when a blackhole route took it. */
  | { kind: 'drop'; blackhole?: true }
  | { kind: 'error'; errno: number };

const error = (errno: number): OutResult => ({ kind: 'error', errno });

/** ire_route_recursive: the longest match that is UP (broadcast entries only for themselves). */
function selectRoute(k: Kernel, req: OutRequest): Route | undefined {
  const max = hostPlen(req.family);
  return k.routes.longestMatch(req.family, req.dst, (r, plen) => {
    if ((r.flags & RTF.UP) === 0 || (r.type === 'broadcast' && plen !== max)) return false;
    if (!req.ifname) return !testHidden(k, r);
    return outgoing(k, r)?.name === req.ifname;
  });
}

/** ip_select_source: an UP, DAD-done, non-deprecated address of the outgoing ill, on the next hop's subnet first. */
function selectSource(ill: Ill, family: Family, nexthop: string, member: boolean): string | undefined {
  const up = ill.ipifs.filter((i) => (i.flags & IFF.UP) !== 0n && i.ready && (member || (i.flags & IFF.NOFAILOVER) === 0n));
  const preferred = up.filter((i) => (i.flags & (IFF.DEPRECATED | IFF.NOLOCAL | IFF.ANYCAST)) === 0n);
  const pool = preferred.length ? preferred : up;
  return (pool.find((i) => inSubnet(family, nexthop, i.addr, i.netmask)) ?? pool[0])?.addr;
}

/** The NIC that transmits for `p`: itself, or for an IPMP interface the next active member in turn. */
function transmitter(k: Kernel, p: Phyint, family: Family, account: boolean): Phyint | undefined {
  if (!isIpmp(p)) return p;
  const g = Object.values(k.state.groups ?? {}).find((x) => x.ifname === p.name);
  const active = g?.active[family] ?? [];
  if (!g || active.length === 0) return undefined;
  const turn = g.txTurn?.[family] ?? 0;
  if (account) {
    g.txTurn = { ...g.txTurn, [family]: turn + 1 };
    k.dirty = true;
  }
  return k.state.phyints[active[turn % active.length]];
}

export function ipOutput(k: Kernel, req: OutRequest): OutResult {
  const { family, dst } = req;
  if (req.src !== undefined && !localIpif(k, family, req.src)) return error(ERRNO.EADDRNOTAVAIL);
  if (localIpif(k, family, dst)) return { kind: 'local', src: req.src ?? dst };
  const route = selectRoute(k, req);
  if (!route) return error(ERRNO.ENETUNREACH);
  if (route.flags & RTF.REJECT) return error(ERRNO.EHOSTUNREACH);
  const p = outgoing(k, route);
  const ill = p?.ills[family];
  if (route.flags & RTF.BLACKHOLE) return { kind: 'drop', blackhole: true };
  if (!p || !ill) return { kind: 'drop' };
  const nexthop = route.type === 'offlink' ? route.gateway : dst;
  const member = p.group !== '' && !isIpmp(p);
  const src = req.src ?? route.setsrc ?? selectSource(ill, family, nexthop, member);
  if (!src) return error(ERRNO.EADDRNOTAVAIL);
  const account = req.account !== false;
  if (account) {
    route.use += 1;
    k.routes.update(route);
  }
  const tx = transmitter(k, p, family, account);
  const link = tx && k.state.links[tx.name];
  if (!tx || !link || (tx.flags & IFF.RUNNING) === 0n || !link.linkUp) {
    if (account) count(k, tx ?? p, 'oerrors');
    return { kind: 'drop' };
  }
  if (account) {
    count(k, tx, 'opackets');
    if (tx !== p) count(k, p, 'opackets');
  }
  return { kind: 'send', route, src, nexthop, ifname: p.name, link: link.name, mac: link.mac };
}
