// The MIB dump of the forwarding table (what netstat -r reads), a page of routes at a time, each
// page handed over by SQLite as one text: the table's rows joined by SQLite itself, one value
// per page instead of eight per route. As ip_snmp_get2_v4 fills a buffer with many
// mib2_ipRouteEntry_t at once rather than one message per entry. Reading a million routes this
// way took 0.79 s against 1.13 s row by row (the driver makes a JavaScript value per column).
//
// A page that does not unpack exactly (a separator inside a field, a NULL, a number that is not
// an integer, a route the kernel could not have written: only a damaged or hand-edited file has
// these) is read again row by row, where the first such row is refused as damaged.
import type { Db } from './db';
import type { Family } from '../kernel/model';
import type { Route, RouteType } from '../kernel/route/table';
import { stmt } from './statements';
import { REFUSAL, StateFileError } from './errors';
import { malformedRoute, routeRowProblem } from './route-row-check';

/** Routes per page: the gain levels off beyond a few hundred rows; a page is about 60 KB of text. */
export const DUMP_PAGE = 1024;

/** The family column's values (AF_INET, AF_INET6 as the table stores them). */
export const FAM: Record<Family, number> = { inet: 4, inet6: 6 };

/**
 * The fields of a route, in the order they are joined (tab between fields, newline between rows).
 * concat_ws makes each line in one step (a chain of || made a new string at every link: a
 * million-route dump's query took 0.56-0.66 s that way, 0.45-0.56 s this way). It leaves a NULL
 * out where || made the whole line NULL; either way the page does not unpack (a field short, or
 * a line short), and only a damaged record holds a NULL in these NOT NULL columns.
 */
const LINE = 'concat_ws(char(9), dst_text, plen, gateway, ifname, type, flags, ref, use, id)';
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
    const got = (text !== null && unpack(family, text, count)) || rowsPage(db.name, pageRows(db, host, family, after, page), family);
    yield* got.routes;
    const lastId = got.lastId;
    if (count < page || lastId === undefined) return;
    const key = stmt(db, KEY_OF).raw(true).get(host, lastId) as Key | undefined;
    // Each page starts after the last: an index that answers otherwise is damaged.
    if (!key || (after && compareKeys(key, after) <= 0)) throw new StateFileError('corrupt', db.name, REFUSAL.damaged(db.name, 'the route index is inconsistent'));
    after = key;
  }
}

/**
 * A page's text as routes, or undefined when it does not unpack into exactly `count` well-formed
 * rows. Read in one pass, a field at a time, without splitting the page into lines and the lines
 * into fields: numbers are read where they stand, and a gateway, interface or type that repeats
 * the previous row's (as a dump's do, row after row) is that row's string again. A million-route
 * dump's unpacking took 0.54-0.61 s split and 0.20-0.28 s this way.
 */
export function unpack(family: Family, text: string, count: number): Page | undefined {
  const routes: Route[] = new Array(count);
  const tabs = new Array<number>(FIELDS - 1);
  let lastId = 0;
  let pos = 0;
  let gateway = '';
  let ifname = '';
  let type = '';
  for (let i = 0; i < count; i++) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    // Exactly FIELDS - 1 tabs before the line's end; one more would end up in the last field.
    let at = pos;
    for (let t = 0; t < FIELDS - 1; t++) {
      at = text.indexOf('\t', at);
      if (at < 0 || at > end) return undefined;
      tabs[t] = at++;
    }
    lastId = decimal(text, tabs[7] + 1, end);
    if (Number.isNaN(lastId)) return undefined;
    gateway = field(text, tabs[1] + 1, tabs[2], gateway);
    ifname = field(text, tabs[2] + 1, tabs[3], ifname);
    type = field(text, tabs[3] + 1, tabs[4], type);
    const r: Route = {
      family, dst: text.slice(pos, tabs[0]), prefixlen: decimal(text, tabs[0] + 1, tabs[1]), gateway, ifname, type: type as RouteType,
      flags: decimal(text, tabs[4] + 1, tabs[5]), ref: decimal(text, tabs[5] + 1, tabs[6]), use: decimal(text, tabs[6] + 1, tabs[7]), owner: '',
    };
    if (routeRowProblem(r)) return undefined;
    routes[i] = r;
    pos = end + 1;
  }
  // Every line read, and no more: a page with more lines than rows does not unpack either.
  return pos === text.length + 1 ? { routes, lastId } : undefined;
}

/** text[from, to) as a string: `last` itself when it has the same text. */
function field(text: string, from: number, to: number, last: string): string {
  return to - from === last.length && text.startsWith(last, from) ? last : text.slice(from, to);
}

/**
 * The value of an integer column as SQLite writes it in text, at text[from, to) (decimal
 * digits, a minus sign first when negative); NaN for any other text, which only a value stored as
 * text gives.
 */
function decimal(text: string, from: number, to: number): number {
  const negative = from < to && text.charCodeAt(from) === 45;
  let i = negative ? from + 1 : from;
  if (i === to || to - i > 15) return NaN;
  let v = 0;
  for (; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  return negative ? -v : v;
}

/**
 * A page of routes after `after` (from the first without it) row by row, the driver's values as
 * they are: dst_text, plen, gateway, ifname, type, flags, ref, use, id.
 */
export function pageRows(db: Db, host: number, family: Family, after: Key | undefined, limit: number): unknown[][] {
  const params = after ? [host, FAM[family], ...after, limit] : [host, FAM[family], limit];
  return stmt(db, after ? ROWS_AFTER : ROWS_FIRST).raw(true).all(...params) as unknown[][];
}

function rowsPage(file: string, rows: unknown[][], family: Family): Page {
  return { routes: rows.map((a) => fromRow(file, family, a)), lastId: rows.length ? (rows[rows.length - 1][8] as number) : undefined };
}

function compareKeys(a: Key, b: Key): number {
  return Buffer.compare(a[0], b[0]) || a[1] - b[1] || a[2] - b[2];
}

/** A row of pageRows as the route a MIB dump carries, refused as damaged when the kernel could not have written it. */
export function fromRow(file: string, family: Family, a: unknown[]): Route {
  const [dst, prefixlen, gateway, ifname, type, flags, ref, use, id] = a as [string, number, string, string, RouteType, number, number, number, number];
  if (!Number.isSafeInteger(id)) throw malformedRoute(file, id, 'id');
  const r: Route = { family, dst, prefixlen, gateway, ifname, type, flags, ref, use, owner: '' };
  const problem = routeRowProblem(r);
  if (problem) throw malformedRoute(file, id, problem);
  return r;
}
