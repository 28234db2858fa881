// The forwarding table as the kernel sees it. The store keeps it in an indexed SQLite table so a
// command's cost does not grow with the table; unit tests use the in-memory implementation.
import type { Family } from './model';
import { networkOf, maskFromPrefix, toBytes } from './addr';

/** IRE types (ip_ire.h) that matter to the tools. */
export type RouteType = 'local' | 'loopback' | 'interface' | 'broadcast' | 'offlink' | 'ifroute';

export interface Route {
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
}

export interface RouteKey {
  family: Family;
  dst: string;
  prefixlen: number;
}

export interface RouteTable {
  insert(route: Route): void;
  /** Removes and returns every kernel route owned by a logical interface. */
  removeOwned(owner: string): Route[];
  /** All routes with exactly this destination and prefix length. */
  find(key: RouteKey): Route[];
  /** Longest-prefix match. */
  lookup(family: Family, addr: string): Route | undefined;
  /** Every route of a family (or both), in table order. */
  all(family?: Family): Iterable<Route>;
  count(family?: Family): number;
}

export function ownerKey(name: string, family: Family): string {
  return `${name}/${family}`;
}

/** Map-backed table for tests and small scratch kernels. */
export class MemoryRouteTable implements RouteTable {
  private routes: Route[] = [];

  insert(route: Route): void {
    this.routes.push({ ...route });
  }

  removeOwned(owner: string): Route[] {
    const gone = this.routes.filter((r) => r.owner === owner);
    this.routes = this.routes.filter((r) => r.owner !== owner);
    return gone;
  }

  find(key: RouteKey): Route[] {
    return this.routes.filter((r) => r.family === key.family && r.dst === key.dst && r.prefixlen === key.prefixlen);
  }

  lookup(family: Family, addr: string): Route | undefined {
    const max = family === 'inet' ? 32 : 128;
    for (let plen = max; plen >= 0; plen--) {
      const dst = networkOf(family, addr, maskFromPrefix(family, plen));
      const hit = this.find({ family, dst, prefixlen: plen }).find((r) => r.type !== 'broadcast' || plen === max);
      if (hit) return hit;
    }
    return undefined;
  }

  *all(family?: Family): Iterable<Route> {
    for (const r of this.routes) if (!family || r.family === family) yield r;
  }

  count(family?: Family): number {
    return family ? this.routes.filter((r) => r.family === family).length : this.routes.length;
  }
}

/** A byte key that sorts like the address (used by the SQLite table's index). */
export function addrKey(family: Family, addr: string): Buffer {
  return Buffer.from(toBytes(family, addr));
}
