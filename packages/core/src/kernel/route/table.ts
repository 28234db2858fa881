// kernel/route/: the forwarding table (ip_ire.c, ip_rts.c, ip_if.c): the table and its overlay,
// interface routes, the RTM add/delete/get/change requests, legacy route ioctls, references on
// routes, ICMP redirects, and the MIB and dump walks.
//
// The forwarding table as the kernel sees it. The store keeps it in an indexed SQLite table so a
// command's cost does not grow with the table; unit tests use the in-memory implementation.
import type { Family } from '../family';
import { networkOf, maskFromPrefix, toBytes } from '../addr';
import type { RtMetrics } from '../../wire';

/** IRE types (ip_ire.h) that matter to the tools. */
export type RouteType = 'local' | 'loopback' | 'interface' | 'broadcast' | 'offlink' | 'ifroute';

/**
 * Per-route metrics: the rt_metrics fields (wire's RtMetrics) a route keeps; hopcount is kept,
 * as the z/OS prerouter does, not ignored. rmx_locks lives on the route (Route.locks) and
 * rmx_pksent is not kept. Unlike the wire, rtt and rttvar are milliseconds, as the kernel
 * stores them (the wire carries microseconds: metricsFrom and the RTM_GET reply convert).
 */
export type RouteMetrics = Omit<RtMetrics, 'locks' | 'pksent'>;

export interface Route {
  /** Row identity in the table (assigned on insert). */
  id?: number;
  family: Family;
  dst: string;
  prefixlen: number;
  /** Gateway ('' when none). Interface routes carry the local address here, as illumos does. */
  gateway: string;
  /** Interface the entry is bound to ('' when unbound, e.g. `route add` without -ifp). */
  ifname: string;
  type: RouteType;
  /** RTF_* bits (always including RTF_UP). */
  flags: number;
  ref: number;
  use: number;
  /** Kernel routes: the logical interface that owns them ("net0:1/inet"). */
  owner: string;
  /** RTF_SETSRC: the source address to use. */
  setsrc?: string;
  /** Metrics that were set (RTV_* bits in `inits`), and the locked ones. */
  metrics?: Partial<RouteMetrics>;
  inits?: number;
  locks?: number;
}

export interface RouteKey {
  family: Family;
  dst: string;
  prefixlen: number;
}

export interface RouteTable {
  /** Adds a route and returns its id. */
  insert(route: Route): number;
  remove(id: number): void;
  /** Rewrites a route in place (gateway, flags, metrics, references). */
  update(route: Route): void;
  /** Removes and returns every kernel route owned by a logical interface. */
  removeOwned(owner: string): Route[];
  /** The routes owned by a logical interface (removeOwned without the removing). */
  owned(owner: string): Route[];
  /** The largest route id below `limit` (0 when there is none). */
  maxIdBelow(limit: number): number;
  /** All routes with exactly this destination and prefix length. */
  find(key: RouteKey): Route[];
  byId(id: number): Route | undefined;
  /** All routes with this destination, whatever their prefix length. */
  findByDst(family: Family, dst: string): Route[];
  /** Longest-prefix match. */
  lookup(family: Family, addr: string): Route | undefined;
  /** Longest-prefix match among the routes `accept` takes (most specific first). */
  longestMatch(family: Family, addr: string, accept: (r: Route, plen: number) => boolean): Route | undefined;
  /** Every route of a family (or both), in table order. */
  all(family?: Family): Iterable<Route>;
  count(family?: Family): number;
  /**
   * Every route of a family in table order with only what a MIB dump carries (no id, owner or
   * extra attributes): the cheap way to stream a million routes.
   */
  dump(family: Family): Iterable<Route>;
  /**
   * The same entries a page at a time: up to `limit` after `after` (none: from the start), read
   * completely before they are returned, and where the next page starts (none: that was all).
   */
  dumpPage(family: Family, after: DumpCursor | undefined, limit: number): DumpPage;
  /** The distinct gateways of off-link routes (a handful, however large the table). */
  gateways(family: Family): string[];
  /** How many off-link routes use each of those gateways, in gateway order. */
  gatewayCounts(family: Family): Map<string, number>;
}

/** The attributes most routes lack, only those that are set (as a table stores them). */
export type RouteExtras = Pick<Route, 'setsrc' | 'metrics' | 'inits' | 'locks'>;

export function extrasOf(r: Route): RouteExtras {
  const e: RouteExtras = {};
  if (r.setsrc) e.setsrc = r.setsrc;
  if (r.metrics && Object.keys(r.metrics).length) e.metrics = { ...r.metrics };
  if (r.inits) e.inits = r.inits;
  if (r.locks) e.locks = r.locks;
  return e;
}

/** A route as a table gives it back: the plain columns and the extras that are set. */
export function storedForm(r: Route): Route {
  const { id, family, dst, prefixlen, gateway, ifname, type, flags, ref, use, owner } = r;
  const out: Route = { ...extrasOf(r), family, dst, prefixlen, gateway, ifname, type, flags, ref, use, owner };
  if (id !== undefined) out.id = id;
  return out;
}

/** The longest prefix of a family (a host route). */
export function hostPlen(family: Family): number {
  return family === 'inet' ? 32 : 128;
}

/** What a plain lookup accepts: anything but a broadcast entry that is not a host route. */
export function lookupAccept(family: Family): (r: Route, plen: number) => boolean {
  const max = hostPlen(family);
  return (r, plen) => r.type !== 'broadcast' || plen === max;
}

/** Table order: family (IPv4 first), destination bytes, prefix length, id. */
export function compareRoutes(a: Route, b: Route): number {
  const fam = (f: Family) => (f === 'inet' ? 0 : 1);
  return fam(a.family) - fam(b.family) || Buffer.compare(addrKey(a.family, a.dst), addrKey(b.family, b.dst)) ||
    a.prefixlen - b.prefixlen || a.id! - b.id!;
}

/** Where a page of a dump ends: the table order key of its last entry. */
export interface DumpCursor {
  dst: string;
  prefixlen: number;
  id: number;
}

export interface DumpPage {
  routes: Route[];
  next?: DumpCursor;
}

/** A page of `all(family)` (a sorted walk), with the dump's fields only: for small tables. */
export function pageOf(table: RouteTable, family: Family, after: DumpCursor | undefined, limit: number): DumpPage {
  const routes: Route[] = [];
  let last: Route | undefined;
  for (const r of table.all(family)) {
    if (after && compareRoutes(r, { ...r, dst: after.dst, prefixlen: after.prefixlen, id: after.id }) <= 0) continue;
    if (routes.length === limit) return { routes, next: last && { dst: last.dst, prefixlen: last.prefixlen, id: last.id! } };
    routes.push(dumpForm(r));
    last = r;
  }
  return { routes };
}

/** What a MIB dump carries of a route: no id, owner or extra attributes. */
export function dumpForm(r: Route): Route {
  const { family, dst, prefixlen, gateway, ifname, type, flags, ref, use } = r;
  return { family, dst, prefixlen, gateway, ifname, type, flags, ref, use, owner: '' };
}

export function ownerKey(name: string, family: Family): string {
  return `${name}/${family}`;
}

/** Map-backed table for tests and small scratch kernels. */
export class MemoryRouteTable implements RouteTable {
  private routes: Route[] = [];
  private nextId = 1;

  insert(route: Route): number {
    const id = this.nextId++;
    this.routes.push({ ...route, id });
    return id;
  }

  remove(id: number): void {
    this.routes = this.routes.filter((r) => r.id !== id);
  }

  update(route: Route): void {
    this.routes = this.routes.map((r) => (r.id === route.id ? { ...route } : r));
  }

  removeOwned(owner: string): Route[] {
    const gone = this.routes.filter((r) => r.owner === owner);
    this.routes = this.routes.filter((r) => r.owner !== owner);
    return gone;
  }

  owned(owner: string): Route[] {
    return this.routes.filter((r) => r.owner === owner).map((r) => ({ ...r }));
  }

  maxIdBelow(limit: number): number {
    return this.routes.reduce((m, r) => (r.id! < limit && r.id! > m ? r.id! : m), 0);
  }

  find(key: RouteKey): Route[] {
    return this.routes.filter((r) => r.family === key.family && r.dst === key.dst && r.prefixlen === key.prefixlen).map((r) => ({ ...r }));
  }

  byId(id: number): Route | undefined {
    const r = this.routes.find((x) => x.id === id);
    return r && { ...r };
  }

  findByDst(family: Family, dst: string): Route[] {
    return this.routes.filter((r) => r.family === family && r.dst === dst).map((r) => ({ ...r }));
  }

  lookup(family: Family, addr: string): Route | undefined {
    return this.longestMatch(family, addr, lookupAccept(family));
  }

  longestMatch(family: Family, addr: string, accept: (r: Route, plen: number) => boolean): Route | undefined {
    const max = hostPlen(family);
    for (let plen = max; plen >= 0; plen--) {
      const dst = networkOf(family, addr, maskFromPrefix(family, plen));
      const hit = this.find({ family, dst, prefixlen: plen }).find((r) => accept(r, plen));
      if (hit) return hit;
    }
    return undefined;
  }

  /** Same order as the SQLite table: family, destination bytes, prefix length, insertion. */
  *all(family?: Family): Iterable<Route> {
    const sorted = this.routes.filter((r) => !family || r.family === family).sort(compareRoutes);
    yield* sorted.map((r) => ({ ...r }));
  }

  count(family?: Family): number {
    return family ? this.routes.filter((r) => r.family === family).length : this.routes.length;
  }

  *dump(family: Family): Iterable<Route> {
    for (const r of this.all(family)) yield { ...r, id: undefined, owner: '' };
  }

  dumpPage(family: Family, after: DumpCursor | undefined, limit: number): DumpPage {
    return pageOf(this, family, after, limit);
  }

  gateways(family: Family): string[] {
    return [...this.gatewayCounts(family).keys()];
  }

  gatewayCounts(family: Family): Map<string, number> {
    const counts = new Map<string, number>();
    for (const r of this.routes) if (r.family === family && r.type === 'offlink') counts.set(r.gateway, (counts.get(r.gateway) ?? 0) + 1);
    return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}

/** A byte key that sorts like the address (used by the SQLite table's index). */
export function addrKey(family: Family, addr: string): Buffer {
  return Buffer.from(toBytes(family, addr));
}
