// A copy-on-write forwarding table over another one: changes are kept in memory and the table
// underneath is only read. A reader runs the kernel timers that are due on its snapshot through
// one (DAD completing adds routes, a failover moves them) and throws the changes away, so it
// answers with the up-to-date view without ever needing the write lock.
import type { Family } from '../model';
import type { DumpCursor, DumpPage, Route, RouteKey, RouteTable } from './table';
import { compareRoutes, dumpForm, lookupAccept, pageOf, storedForm } from './table';
import { maskFromPrefix, networkOf } from '../addr';

const copy = (r: Route): Route => (r.metrics ? { ...r, metrics: { ...r.metrics } } : { ...r });

export class OverlayRouteTable implements RouteTable {
  /** Routes inserted here, by id (all above every id of the base). */
  private readonly added = new Map<number, Route>();
  /** Base routes rewritten here, by id. */
  private readonly updated = new Map<number, Route>();
  /** Base routes removed here. */
  private readonly removed = new Set<number>();
  /** The base's own version of every base route touched here (for counts and gateways). */
  private readonly original = new Map<number, Route>();

  constructor(private readonly base: RouteTable) {}

  /** Whether anything was changed (an untouched overlay reads straight through). */
  get touched(): boolean {
    return this.added.size + this.updated.size + this.removed.size > 0;
  }

  /** The current version of a base route: undefined when removed here. */
  private current(r: Route): Route | undefined {
    if (this.removed.has(r.id!)) return undefined;
    return this.updated.get(r.id!) ?? r;
  }

  private fromBase(rows: Route[]): Route[] {
    const out: Route[] = [];
    for (const r of rows) {
      const c = this.current(r);
      if (c) out.push(copy(c));
    }
    return out;
  }

  private addedWhere(pred: (r: Route) => boolean): Route[] {
    return [...this.added.values()].filter(pred).map(copy);
  }

  private remember(id: number): Route | undefined {
    let o = this.original.get(id);
    if (!o) {
      o = this.base.byId(id);
      if (o) this.original.set(id, o);
    }
    return o;
  }

  maxIdBelow(limit: number): number {
    let max = this.base.maxIdBelow(limit);
    while (max > 0 && this.removed.has(max)) max = this.base.maxIdBelow(max);
    for (const id of this.added.keys()) if (id > max && id < limit) max = id;
    return max;
  }

  insert(route: Route): number {
    // The id the table would give it: one above the largest id still present.
    const id = this.maxIdBelow(Infinity) + 1;
    this.added.set(id, storedForm({ ...route, id }));
    return id;
  }

  remove(id: number): void {
    if (this.added.delete(id)) return;
    if (!this.remember(id)) return;
    this.updated.delete(id);
    this.removed.add(id);
  }

  update(route: Route): void {
    const id = route.id!;
    if (this.added.has(id)) {
      this.added.set(id, rewritten(this.added.get(id)!, route));
      return;
    }
    if (this.removed.has(id)) return;
    const o = this.remember(id);
    if (!o) return;
    // Like the SQL UPDATE: the key (family, destination, prefix length) never changes.
    this.updated.set(id, rewritten(this.updated.get(id) ?? o, route));
  }

  owned(owner: string): Route[] {
    const fromBase = this.fromBase(this.base.owned(owner)).filter((r) => r.owner === owner);
    const seen = new Set(fromBase.map((r) => r.id));
    const moved = [...this.updated.values()].filter((r) => r.owner === owner && !seen.has(r.id)).map(copy);
    return [...fromBase, ...moved, ...this.addedWhere((r) => r.owner === owner)].sort(compareRoutes);
  }

  removeOwned(owner: string): Route[] {
    const gone = this.owned(owner);
    for (const r of gone) this.remove(r.id!);
    return gone;
  }

  find(key: RouteKey): Route[] {
    const same = (r: Route) => r.family === key.family && r.dst === key.dst && r.prefixlen === key.prefixlen;
    return [...this.fromBase(this.base.find(key)), ...this.addedWhere(same)];
  }

  byId(id: number): Route | undefined {
    const a = this.added.get(id);
    if (a) return copy(a);
    const r = this.base.byId(id);
    const c = r && this.current(r);
    return c && copy(c);
  }

  findByDst(family: Family, dst: string): Route[] {
    const rows = [...this.fromBase(this.base.findByDst(family, dst)), ...this.addedWhere((r) => r.family === family && r.dst === dst)];
    return rows.sort((a, b) => a.prefixlen - b.prefixlen || a.id! - b.id!);
  }

  lookup(family: Family, addr: string): Route | undefined {
    return this.longestMatch(family, addr, lookupAccept(family));
  }

  /**
   * The base's longest match seen through the changes, against the best added route: a longer
   * prefix wins, and at the same length the base's route (a lower id) comes first, as it would
   * in one table.
   */
  longestMatch(family: Family, addr: string, accept: (r: Route, plen: number) => boolean): Route | undefined {
    let hit: Route | undefined;
    let hitPlen = -1;
    this.base.longestMatch(family, addr, (r, plen) => {
      const c = this.current(r);
      if (!c || !accept(c, plen)) return false;
      hit = c;
      hitPlen = plen;
      return true;
    });
    for (const r of [...this.added.values()].sort((a, b) => a.id! - b.id!)) {
      if (r.family !== family || r.prefixlen <= hitPlen) continue;
      if (networkOf(family, addr, maskFromPrefix(family, r.prefixlen)) !== r.dst || !accept(r, r.prefixlen)) continue;
      hit = r;
      hitPlen = r.prefixlen;
    }
    return hit && copy(hit);
  }

  *all(family?: Family): Iterable<Route> {
    if (!this.touched) {
      yield* this.base.all(family);
      return;
    }
    const extra = [...this.added.values()].filter((r) => !family || r.family === family).sort(compareRoutes);
    let i = 0;
    for (const r of this.base.all(family)) {
      while (i < extra.length && compareRoutes(extra[i], r) < 0) yield copy(extra[i++]);
      const c = this.current(r);
      if (c) yield copy(c);
    }
    while (i < extra.length) yield copy(extra[i++]);
  }

  dump(family: Family): Iterable<Route> {
    // Untouched, the base's own walk is handed out: no generator step of ours per route.
    return this.touched ? this.dumpMerged(family) : this.base.dump(family);
  }

  private *dumpMerged(family: Family): Iterable<Route> {
    for (const r of this.all(family)) yield dumpForm(r);
  }

  dumpPage(family: Family, after: DumpCursor | undefined, limit: number): DumpPage {
    return this.touched ? pageOf(this, family, after, limit) : this.base.dumpPage(family, after, limit);
  }

  count(family?: Family): number {
    const inFamily = (r: Route) => !family || r.family === family;
    let n = this.base.count(family);
    for (const id of this.removed) if (inFamily(this.original.get(id)!)) n--;
    for (const r of this.added.values()) if (inFamily(r)) n++;
    return n;
  }

  gatewayCounts(family: Family): Map<string, number> {
    const counts = this.base.gatewayCounts(family);
    const add = (r: Route | undefined, d: number) => {
      if (r && r.family === family && r.type === 'offlink') counts.set(r.gateway, (counts.get(r.gateway) ?? 0) + d);
    };
    for (const [id, o] of this.original) {
      add(o, -1);
      if (!this.removed.has(id)) add(this.updated.get(id) ?? o, +1);
    }
    for (const r of this.added.values()) add(r, +1);
    return new Map([...counts].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  gateways(family: Family): string[] {
    return [...this.gatewayCounts(family).keys()];
  }
}

/** The base version with an update applied: the SQL UPDATE's SET list, the key kept. */
function rewritten(base: Route, r: Route): Route {
  return storedForm({ ...r, id: base.id, family: base.family, dst: base.dst, prefixlen: base.prefixlen });
}
