// The MIB dump of the forwarding table (what netstat -r reads), a page of routes at a time, each
// page handed over by SQLite as one text: the table's rows joined by SQLite itself, one value
// per page instead of eight per route. As ip_snmp_get2_v4 fills a buffer with many
// mib2_ipRouteEntry_t at once rather than one message per entry. Reading a million routes this
// way took 0.79 s against 1.13 s row by row (the driver makes a JavaScript value per column).
//
// A page that does not unpack exactly (a separator inside a field, a NULL, a number that is not
// an integer: only a damaged or hand-edited file has these) is read again row by row, so every
// page comes out as the row-by-row read gives it.
import type { Db } from './db';
import type { Family } from '../kernel/model';
import type { Route, RouteType } from '../kernel/route/table';
import { stmt } from './statements';
import { REFUSAL, StateFileError } from './errors';

/** Routes per page: the gain levels off beyond a few hundred rows; a page is about 60 KB of text. */
export const DUMP_PAGE = 1024;

/** The family column's values (AF_INET, AF_INET6 as the table stores them). */
export const FAM: Record<Family, number> = { inet: 4, inet6: 6 };

/** The fields of a route, in the order they are joined (tab between fields, newline between rows). */
const LINE = "dst_text || char(9) || plen || char(9) || gateway || char(9) || ifname || char(9) || type || char(9) || flags || char(9) || ref || char(9) || use || char(9) || id";
const FIELDS = 9;

// The subquery is scanned in its ORDER BY order and group_concat joins in the order it is given
// rows (the subquery has a LIMIT, so SQLite runs it as a co-routine under the aggregate): the
// page's text is in table order. route-dump.test.ts checks this on a table filled out of order.
const packed = (range: string) =>
  `SELECT group_concat(line, char(10)), count(*) FROM (SELECT ${LINE} AS line FROM routes
    WHERE host = ? AND family = ?${range} ORDER BY dst, plen, id LIMIT ?)`;
const PACKED_FIRST = packed('');
const PACKED_AFTER = packed(' AND (dst, plen, id) > (?, ?, ?)');
const ROWS = (range: string) =>
  `SELECT dst_text, plen, gateway, ifname, type, flags, ref, use, id FROM routes
    WHERE host = ? AND family = ?${range} ORDER BY dst, plen, id LIMIT ?`;
const ROWS_FIRST = ROWS('');
const ROWS_AFTER = ROWS(' AND (dst, plen, id) > (?, ?, ?)');
/** The table-order key of a route, from its id (the last one of a page), to start the next page. */
const KEY_OF = 'SELECT dst, plen, id FROM routes WHERE host = ? AND id = ?';

/** A route's place in table order: its destination's bytes, prefix length and id. */
export type Key = [Uint8Array, number, number];

interface Page {
  routes: Route[];
  /** The id of the page's last route (none for an empty page). */
  lastId: number | undefined;
}

/** Every route of a family on a host, in table order, with what a MIB dump carries. */
export function* dumpRoutes(db: Db, host: number, family: Family, page = DUMP_PAGE): Iterable<Route> {
  const fam = FAM[family];
  let after: Key | undefined;
  for (;;) {
    const params = after ? [host, fam, ...after, page] : [host, fam, page];
    const [text, count] = stmt(db, after ? PACKED_AFTER : PACKED_FIRST).raw(true).get(...params) as [string | null, number];
    const got = (text !== null && unpack(family, text, count)) || rowsPage(pageRows(db, host, family, after, page), family);
    yield* got.routes;
    const lastId = got.lastId;
    if (count < page || lastId === undefined) return;
    const key = stmt(db, KEY_OF).raw(true).get(host, lastId) as Key | undefined;
    // Each page starts after the last: an index that answers otherwise is damaged.
    if (!key || (after && compareKeys(key, after) <= 0)) throw new StateFileError('corrupt', db.name, REFUSAL.damaged(db.name, 'the route index is inconsistent'));
    after = key;
  }
}

/** A page's text as routes, or undefined when it does not unpack into exactly `count` well-formed rows. */
function unpack(family: Family, text: string, count: number): Page | undefined {
  const lines = text.split('\n');
  if (lines.length !== count) return undefined;
  const routes: Route[] = new Array(count);
  let lastId = 0;
  for (let i = 0; i < count; i++) {
    const f = lines[i].split('\t');
    if (f.length !== FIELDS) return undefined;
    const prefixlen = +f[1];
    const flags = +f[5];
    const ref = +f[6];
    const use = +f[7];
    lastId = +f[8];
    if (!Number.isInteger(prefixlen) || !Number.isInteger(flags) || !Number.isInteger(ref) || !Number.isInteger(use) || !Number.isInteger(lastId)) return undefined;
    routes[i] = { family, dst: f[0], prefixlen, gateway: f[2], ifname: f[3], type: f[4] as RouteType, flags, ref, use, owner: '' };
  }
  return { routes, lastId };
}

/**
 * A page of routes after `after` (from the first without it) row by row, the driver's values as
 * they are: dst_text, plen, gateway, ifname, type, flags, ref, use, id.
 */
export function pageRows(db: Db, host: number, family: Family, after: Key | undefined, limit: number): unknown[][] {
  const params = after ? [host, FAM[family], ...after, limit] : [host, FAM[family], limit];
  return stmt(db, after ? ROWS_AFTER : ROWS_FIRST).raw(true).all(...params) as unknown[][];
}

function rowsPage(rows: unknown[][], family: Family): Page {
  return { routes: rows.map((a) => fromRow(family, a)), lastId: rows.length ? (rows[rows.length - 1][8] as number) : undefined };
}

function compareKeys(a: Key, b: Key): number {
  return Buffer.compare(a[0], b[0]) || a[1] - b[1] || a[2] - b[2];
}

/** A row of pageRows as the route a MIB dump carries. */
export function fromRow(family: Family, a: unknown[]): Route {
  const [dst, prefixlen, gateway, ifname, type, flags, ref, use] = a as [string, number, string, string, RouteType, number, number, number];
  return { family, dst, prefixlen, gateway, ifname, type, flags, ref, use, owner: '' };
}
