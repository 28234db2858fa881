// What the routing-socket request handlers share: the parsed request and lookups over the
// table and the interfaces (ip_rts.c ip_rts_request_common, ip_if.c ip_rt_add / ip_rt_delete).
import { IFF, RTF, RTV, KernelError } from '../../wire';
import type { RtMetrics } from '../../wire';
import type { Family, Ill, Ipif, Phyint } from '../model';
import type { Kernel } from '../kernel';
import type { Route, RouteMetrics } from './table';
import { walkFamily } from '../if/lifconf';
import { isUnspecified, toBytes } from '../addr';

/** A request after validation: family, masked destination, and what else it carried. */
export interface RtRequest {
  type: number;
  family: Family;
  /** Destination as sent (the echo carries it unmasked). */
  dst: string;
  prefixlen: number;
  /** Whether the request named a mask (RTA_NETMASK or RTF_HOST) to match on. */
  maskGiven: boolean;
  /** Whether RTA_NETMASK itself was present (RTM_GET tells host lookups from exact ones by it). */
  netmaskGiven: boolean;
  gateway?: string;
  /** RTA_IFP resolved to a phyint (index 0 = "tell me the interface"). */
  ifp?: Phyint;
  ifpGiven: boolean;
  ifaGiven: boolean;
  src?: string;
  flags: number;
  inits: number;
  locks: number;
  metrics: RtMetrics;
}

export const fail = (errno: number): never => {
  throw new KernelError(errno);
};

export const hostPrefix = (f: Family): number => (f === 'inet' ? 32 : 128);

export function isLoopbackAddr(family: Family, addr: string): boolean {
  return family === 'inet' ? toBytes('inet', addr)[0] === 127 : addr === '::1';
}

export interface LocalAddr {
  phyint: Phyint;
  ill: Ill;
  ipif: Ipif;
}

/** An UP logical interface holding this address (restricted to one interface when asked). */
export function findLocal(k: Kernel, family: Family, addr: string, on?: Phyint): LocalAddr | undefined {
  if (isUnspecified(family, addr)) return undefined;
  for (const e of walkFamily(k, family)) {
    if (on && e.phyint !== on) continue;
    if ((e.ipif.flags & IFF.UP) !== 0n && e.ipif.addr === addr) return e;
  }
  return undefined;
}

/** Longest-prefix match restricted to some entry types (and one interface, when given). */
export function lookupTyped(k: Kernel, family: Family, addr: string, types: Route['type'][], ifname?: string): Route | undefined {
  return k.routes.longestMatch(family, addr, (r) =>
    types.includes(r.type) && (ifname ? r.ifname === ifname : !testHidden(k, r)) && (r.flags & RTF.UP) !== 0);
}

/**
 * Routes of interfaces under IPMP (test-address subnets) are hidden from data lookups
 * ("testhidden"); only a lookup restricted to that interface sees them.
 */
export function testHidden(k: Kernel, r: Route): boolean {
  const p = r.ifname ? k.state.phyints[r.ifname] : undefined;
  return !!p && p.group !== '' && (p.flags & IFF.IPMP) === 0n;
}

/** The metrics a request sets (rts_setmetrics); rtt and rttvar arrive in microseconds. */
export function metricsFrom(req: RtRequest): Partial<RouteMetrics> {
  const m: Partial<RouteMetrics> = {};
  const v = req.metrics;
  if (req.inits & RTV.MTU) m.mtu = v.mtu;
  if (req.inits & RTV.HOPCOUNT) m.hopcount = v.hopcount;
  if (req.inits & RTV.RPIPE) m.recvpipe = v.recvpipe;
  if (req.inits & RTV.SPIPE) m.sendpipe = v.sendpipe;
  if (req.inits & RTV.SSTHRESH) m.ssthresh = v.ssthresh;
  if (req.inits & RTV.RTT) m.rtt = Math.round(v.rtt / 1000);
  if (req.inits & RTV.RTTVAR) m.rttvar = Math.round(v.rttvar / 1000);
  return m;
}

/** The interface a route sends through: its own, or its gateway's interface route's. */
export function outgoing(k: Kernel, r: Route): Phyint | undefined {
  if (r.type === 'offlink' && !r.ifname) {
    const via = lookupTyped(k, r.family, r.gateway, ['interface', 'ifroute']);
    return via ? k.state.phyints[via.ifname] : undefined;
  }
  return r.ifname ? k.state.phyints[r.ifname] : undefined;
}
