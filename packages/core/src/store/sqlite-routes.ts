// The forwarding table in SQLite, indexed by (family, dst, plen): an exact lookup is one index
// probe and a longest-prefix match at most 33 (IPv4) or 129 (IPv6) probes, whatever the table size.
import type { Db } from './db';
import type Database from 'better-sqlite3';
import { stmt } from './statements';
import type { Family } from '../kernel/model';
import type { DumpCursor, DumpPage, Route, RouteKey, RouteTable, RouteType } from '../kernel/route/table';
import { addrKey, extrasOf, lookupAccept } from '../kernel/route/table';
import { maskedBytes, toBytes } from '../kernel/addr';
import { RouteReads } from './route-reads';
import { dumpRoutes, FAM, fromRow as dumpRow, pageRows } from './route-dump';
import { countRowProblem, countsDisagreeText, malformedCounts, malformedCountsText, malformedRoute, malformedRouteText, parseExtras, routeRowProblem } from './route-row-check';
import { slabCopy } from '../wire/slab';


interface Row {
  id: number;
  extra: string | null;
  family: number;
  dst_text: string;
  plen: number;
  gateway: string;
  ifname: string;
  type: string;
  flags: number;
  ref: number;
  use: number;
  owner: string;
}

const COLS = 'id, extra, family, dst_text, plen, gateway, ifname, type, flags, ref, use, owner';

/** Attributes most routes lack live in one JSON column. */
function extraOf(r: Route): string | null {
  const e = extrasOf(r);
  return Object.keys(e).length ? JSON.stringify(e) : null;
}

/** A raw row in COLS order as a route, or what in it the kernel could not have written. */
function routeOf(a: unknown[]): Route | string {
  const [id, extra, family, dst, plen, gateway, ifname, type, flags, ref, use, owner] = a as [
    number, string | null, number, string, number, string, string, RouteType, number, number, number, string];
  if (!Number.isSafeInteger(id)) return 'id';
  if (family !== 4 && family !== 6) return 'family';
  const r: Route = { id, family: family === 4 ? 'inet' : 'inet6', dst, prefixlen: plen, gateway, ifname, type, flags, ref, use, owner };
  let route = r;
  if (extra !== null) {
    const extras = typeof extra === 'string' ? parseExtras(extra) : undefined;
    if (!extras) return 'extra attributes';
    route = { ...extras, ...r };
  }
  return routeRowProblem(route) ?? route;
}

/** A raw row in COLS order, refused as damaged when it is no route the kernel could have written. */
function fromArray(file: string, a: unknown[]): Route {
  const r = routeOf(a);
  if (typeof r === 'string') throw malformedRoute(file, a[0], r);
  return r;
}

/**
 * What is wrong with the route table of each host, up to `limit` (`ipmplab check`: a scan of the
 * whole table, as its integrity check is): routes the kernel could not have written, count rows
 * that are malformed or disagree with the routes they count.
 */
export function routeTableProblems(db: Db, limit = 100): { host: number; why: string }[] {
  const out: { host: number; why: string }[] = [];
  for (const a of stmt(db, `SELECT host, ${COLS} FROM routes ORDER BY host, id`).raw(true).iterate() as Iterable<unknown[]>) {
    const r = routeOf(a.slice(1));
    if (typeof r === 'string') out.push({ host: a[0] as number, why: malformedRouteText(a[1], r) });
    if (out.length >= limit) return out;
  }
  for (const what of ['plen', 'gateway'] as const) out.push(...countProblems(db, what));
  return out.slice(0, limit);
}

/** The counts SQL: the kept ones, and the ones the routes give (the triggers' rule). */
const COUNTS = {
  plen: ['SELECT host, family, plen, n FROM route_plens WHERE n <> 0',
    'SELECT host, family, plen, count(*) FROM routes GROUP BY host, family, plen'],
  gateway: ['SELECT host, family, gateway, n FROM route_gateways WHERE n <> 0',
    "SELECT host, family, gateway, count(*) FROM routes WHERE type = 'offlink' GROUP BY host, family, gateway"],
} as const;

function countProblems(db: Db, what: 'plen' | 'gateway'): { host: number; why: string }[] {
  const hosts = new Map<number, string>();
  const kept = new Map<string, unknown>();
  for (const [host, family, key, n] of stmt(db, COUNTS[what][0]).raw(true).all() as [number, number, unknown, unknown][]) {
    const fam = family === 4 ? 'inet' : family === 6 ? 'inet6' : undefined;
    if (!fam || countRowProblem(fam, what, key, n)) hosts.set(host, malformedCountsText(what));
    kept.set(`${host} ${family} ${String(key)}`, n);
  }
  const counted = stmt(db, COUNTS[what][1]).raw(true).all() as [number, number, unknown, number][];
  const disagree = (host: number) => {
    if (!hosts.has(host)) hosts.set(host, countsDisagreeText(what));
  };
  for (const [host, family, key, n] of counted) {
    const k = `${host} ${family} ${String(key)}`;
    if (kept.get(k) !== n) disagree(host);
    kept.delete(k);
  }
  for (const k of kept.keys()) disagree(Number(k.split(' ')[0]));
  return [...hosts].map(([host, why]) => ({ host, why }));
}

function fromRow(file: string, r: Row): Route {
  return fromArray(file, [r.id, r.extra, r.family, r.dst_text, r.plen, r.gateway, r.ifname, r.type, r.flags, r.ref, r.use, r.owner]);
}

/**
 * The statements the table uses, prepared on first use: a command touches a few of them, and
 * preparing all eighteen at every start cost a command more than half a millisecond. `true`:
 * rows come back as arrays (no object per row from the driver: a million rows stream fast).
 */
const SQL = {
  // The id is max(id) + 1, read once a transaction and then counted here (route-reads.ts).
  insert: [`INSERT INTO routes (host, family, dst, plen, id, dst_text, gateway, ifname, type, flags, ref, use, owner, extra)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, false],
  maxId: ['SELECT coalesce(max(id), 0) AS id FROM routes WHERE host = ?', false],
  remove: ['DELETE FROM routes WHERE host = ? AND id = ?', false],
  update: [`UPDATE routes SET gateway = @gateway, ifname = @ifname, type = @type, flags = @flags, ref = @ref,
    use = @use, owner = @owner, extra = @extra WHERE host = @host AND id = @id`, false],
  owned: [`SELECT ${COLS} FROM routes WHERE host = ? AND owner = ? ORDER BY family, dst, plen, id`, false],
  deleteOwned: ['DELETE FROM routes WHERE host = ? AND owner = ?', false],
  gatewayCounts: ['SELECT gateway, n FROM route_gateways WHERE host = ? AND family = ? AND n > 0 ORDER BY gateway', false],
  maxIdBelow: ['SELECT coalesce(max(id), 0) AS id FROM routes WHERE host = ? AND id < ?', false],
  plens: ['SELECT plen, n FROM route_plens WHERE host = ? AND family = ? AND n > 0 ORDER BY plen DESC', false],
  byKey: [`SELECT ${COLS} FROM routes WHERE host = ? AND family = ? AND dst = ? AND plen = ? ORDER BY id`, false],
  byId: [`SELECT ${COLS} FROM routes WHERE host = ? AND id = ?`, false],
  byDst: [`SELECT ${COLS} FROM routes WHERE host = ? AND family = ? AND dst = ? ORDER BY plen, id`, false],
  all: [`SELECT ${COLS} FROM routes WHERE host = ? ORDER BY family, dst, plen, id /* raw */`, true],
  allFamily: [`SELECT ${COLS} FROM routes WHERE host = ? AND family = ? ORDER BY dst, plen, id /* raw */`, true],
  count: ['SELECT count(*) AS n FROM routes WHERE host = ?', false],
  countFamily: ['SELECT count(*) AS n FROM routes WHERE host = ? AND family = ?', false],
} satisfies Record<string, [string, boolean]>;

type Statements = { readonly [K in keyof typeof SQL]: Database.Statement };

const statementsOf = new WeakMap<Db, Statements>();

/**
 * The statements of SQL on a database, each prepared when first read and then kept: one object
 * per database, shared by the tables of every transaction on it (a batch makes one a line).
 */
function lazyStatements(db: Db): Statements {
  const known = statementsOf.get(db);
  if (known) return known;
  const out = {} as Record<string, Database.Statement>;
  for (const [name, [sql, raw]] of Object.entries(SQL)) {
    Object.defineProperty(out, name, {
      configurable: true,
      get: () => {
        const value = raw ? stmt(db, sql).raw(true) : stmt(db, sql);
        Object.defineProperty(out, name, { value });
        return value;
      },
    });
  }
  statementsOf.set(db, out as Statements);
  return out as Statements;
}

export class SqliteRouteTable implements RouteTable {
  private readonly stmts: Statements;
  /** Reads this transaction already made (every change to the routes goes through here). */
  private readonly reads = new RouteReads<Row>();

  constructor(private readonly db: Db, private readonly host: number) {
    this.stmts = lazyStatements(db);
  }

  insert(r: Route): number {
    const fam = FAM[r.family];
    const bytes = toBytes(r.family, r.dst);
    const id = this.reads.nextId ?? (this.stmts.maxId.get(this.host) as { id: number }).id + 1;
    this.stmts.insert.run(this.host, fam, slabCopy(bytes), r.prefixlen, id, r.dst,
      r.gateway, r.ifname, r.type, r.flags, r.ref, r.use, r.owner, extraOf(r));
    this.reads.nextId = id + 1;
    this.reads.inserted(RouteReads.key(fam, r.prefixlen, bytes), fam, r.prefixlen, id);
    return id;
  }

  remove(id: number): void {
    this.stmts.remove.run(this.host, id);
    this.reads.removed(id);
  }

  update(r: Route): void {
    this.stmts.update.run({
      host: this.host, id: r.id, gateway: r.gateway, ifname: r.ifname, type: r.type, flags: r.flags, ref: r.ref, use: r.use, owner: r.owner,
      extra: extraOf(r),
    });
    if (r.id !== undefined) this.reads.updated(r.id);
  }

  removeOwned(owner: string): Route[] {
    const gone = this.owned(owner);
    if (gone.length) {
      this.stmts.deleteOwned.run(this.host, owner);
      this.reads.removedMany();
    }
    return gone;
  }

  owned(owner: string): Route[] {
    return (this.stmts.owned.all(this.host, owner) as Row[]).map((row) => fromRow(this.db.name, row));
  }

  maxIdBelow(limit: number): number {
    return (this.stmts.maxIdBelow.get(this.host, limit) as { id: number }).id;
  }

  find(key: RouteKey): Route[] {
    return this.rowsUnder(FAM[key.family], toBytes(key.family, key.dst), key.prefixlen).map((row) => fromRow(this.db.name, row));
  }

  /** The rows with exactly this destination (as bytes) and prefix length, in id order. */
  private rowsUnder(fam: number, bytes: number[], plen: number): Row[] {
    return this.reads.under(RouteReads.key(fam, plen, bytes), () => this.stmts.byKey.all(this.host, fam, slabCopy(bytes), plen) as Row[]);
  }

  byId(id: number): Route | undefined {
    const row = this.stmts.byId.get(this.host, id) as Row | undefined;
    return row && fromRow(this.db.name, row);
  }

  findByDst(family: Family, dst: string): Route[] {
    return (this.stmts.byDst.all(this.host, FAM[family], addrKey(family, dst)) as Row[]).map((row) => fromRow(this.db.name, row));
  }

  lookup(family: Family, addr: string): Route | undefined {
    return this.longestMatch(family, addr, lookupAccept(family));
  }

  /** Probes only the prefix lengths in use, with the masked address computed on bytes. */
  longestMatch(family: Family, addr: string, accept: (r: Route, plen: number) => boolean): Route | undefined {
    const bytes = toBytes(family, addr);
    const fam = FAM[family];
    const plens = this.reads.prefixLengths(fam, () => this.prefixLengths(family));
    for (const plen of plens) {
      for (const row of this.rowsUnder(fam, maskedBytes(bytes, plen), plen)) {
        const r = fromRow(this.db.name, row);
        if (accept(r, plen)) return r;
      }
    }
    return undefined;
  }

  *all(family?: Family): Iterable<Route> {
    const it = family ? this.stmts.allFamily.iterate(this.host, FAM[family]) : this.stmts.all.iterate(this.host);
    for (const a of it as Iterable<unknown[]>) yield fromArray(this.db.name, a);
  }

  dump(family: Family): Iterable<Route> {
    return dumpRoutes(this.db, this.host, family);
  }

  dumpPage(family: Family, after: DumpCursor | undefined, limit: number): DumpPage {
    // Keyset pages: the key of the primary key's order, so each page is one range scan.
    const rows = pageRows(this.db, this.host, family, after && [addrKey(family, after.dst), after.prefixlen, after.id], limit);
    const routes = rows.map((a) => dumpRow(this.db.name, family, a));
    const last = rows[rows.length - 1] as [string, number, ...unknown[]];
    return rows.length === limit ? { routes, next: { dst: last[0], prefixlen: last[1], id: last[8] as number } } : { routes };
  }

  gateways(family: Family): string[] {
    return [...this.gatewayCounts(family).keys()];
  }

  gatewayCounts(family: Family): Map<string, number> {
    const rows = this.stmts.gatewayCounts.all(this.host, FAM[family]) as { gateway: string; n: number }[];
    if (rows.some((r) => countRowProblem(family, 'gateway', r.gateway, r.n))) throw malformedCounts(this.db.name, 'gateway');
    return new Map(rows.map((r) => [r.gateway, r.n]));
  }

  /** The prefix lengths in use, longest first (a longest-prefix match probes only these). */
  private prefixLengths(family: Family): number[] {
    const rows = this.stmts.plens.all(this.host, FAM[family]) as { plen: number; n: number }[];
    if (rows.some((r) => countRowProblem(family, 'plen', r.plen, r.n))) throw malformedCounts(this.db.name, 'plen');
    return rows.map((r) => r.plen);
  }

  count(family?: Family): number {
    const row = (family ? this.stmts.countFamily.get(this.host, FAM[family]) : this.stmts.count.get(this.host)) as { n: number };
    return row.n;
  }
}
