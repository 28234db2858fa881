// netstat -r: the routing tables (netstat.c ire_report, ire_report_item_v4/_v6,
// form_v4_route_flags/_v6). Pure functions of route rows; rows go out one line at a time
// through `emit` so a table of a million routes is never held in memory.
import { RTF } from '@ipmplab/core/syscalls';
import type { Family, Route } from '@ipmplab/core/syscalls';
import { vis } from '@ipmplab/userland';
import { AF, FLF, familySelected, filterMatch } from '../filters';
import type { Filters } from '../filters';
import type { Names } from '../names';
import { left, right } from './printf';

/** One output line, without its newline. */
export type Emit = (line: string) => void;

export interface RouteReportOptions {
  /** -a: also the entries netstat hides (local, broadcast). */
  all: boolean;
  /** -v: the IRE table layouts. */
  verbose: boolean;
  filters: Filters;
  names: Names;
  /** MTU column of -v (re_max_frag): the MTU of the entry's interface in its family. */
  mtu?: (ifname: string, family: Family) => number;
}

export interface RouteView {
  route: Route;
  /** The Flags column, e.g. "UHL". */
  flags: string;
  /** FLF_* bits, for the flags: filter. */
  bits: number;
}

/**
 * form_v4_route_flags / form_v6_route_flags. The kernel's entry types map to IRE types:
 * offlink = IRE_OFFLINK (G), local = IRE_LOCAL (L), broadcast = IRE_BROADCAST (b),
 * loopback / interface / ifroute = nothing extra. H comes from the full mask, not RTF_HOST;
 * there are no IRE_IF_CLONE entries (C) in the simulation.
 */
export function routeFlags(r: Route): { flags: string; bits: number } {
  // Letters appended in form_v4_route_flags' order; no closure per call (a million rows).
  let flags = 'U';
  let bits: number = FLF.U;
  if (r.flags & RTF.INDIRECT) {
    flags += 'I';
    bits |= FLF.I;
  } else if (r.type === 'offlink') {
    flags += 'G';
    bits |= FLF.G;
  }
  if (r.prefixlen === (r.family === 'inet' ? 32 : 128)) {
    flags += 'H';
    bits |= FLF.H;
  }
  if (r.flags & RTF.DYNAMIC) {
    flags += 'D';
    bits |= FLF.D;
  }
  if (r.family === 'inet' && r.type === 'broadcast') {
    flags += 'b';
    bits |= FLF.b;
  }
  if (r.type === 'local') {
    flags += 'L';
    bits |= FLF.L;
  }
  if (r.flags & (RTF.MULTIRT | RTF.SETSRC | RTF.REJECT | RTF.BLACKHOLE | RTF.ZONE)) {
    for (const [bit, letter, flf] of RARE_FLAGS) {
      if (r.flags & bit) {
        flags += letter;
        bits |= flf;
      }
    }
  }
  return { flags, bits };
}

/** The letters after L, in their order: M, S, R, B, Z. */
const RARE_FLAGS: readonly [number, string, number][] = [
  [RTF.MULTIRT, 'M', FLF.M],
  [RTF.SETSRC, 'S', FLF.S],
  [RTF.REJECT, 'R', FLF.R],
  [RTF.BLACKHOLE, 'B', FLF.B],
  [RTF.ZONE, 'Z', FLF.Z],
];

/** Entries listed only with -a: IPv4 broadcast and local, IPv6 local (IF_CLONE, MULTICAST and NOROUTE do not occur). */
export function hiddenWithoutAll(r: Route): boolean {
  return r.type === 'local' || (r.family === 'inet' && r.type === 'broadcast');
}

/** The view of an entry the report shows, or undefined when -a or a -f filter hides it. */
export function selectRoute(route: Route, opts: Pick<RouteReportOptions, 'all' | 'filters'>): RouteView | undefined {
  if (!opts.all && hiddenWithoutAll(route)) return undefined;
  const { flags, bits } = routeFlags(route);
  if (!filterMatch(opts.filters, { family: route.family, dst: route.dst, prefixlen: route.prefixlen, ifname: route.ifname, bits })) return undefined;
  return { route, flags, bits };
}

/** The entries a report shows, in the order given: hidden types and -f filters applied. */
export function* selectRoutes(routes: Iterable<Route>, opts: Pick<RouteReportOptions, 'all' | 'filters'>): Generator<RouteView> {
  for (const route of routes) {
    const v = selectRoute(route, opts);
    if (v) yield v;
  }
}

/**
 * IPv4 order (radix tree walk): ascending destination, and for equal destinations the more
 * specific mask first. The input must come in the kernel table's order (destination
 * ascending, then prefix length ascending); only one destination's entries are held at a
 * time and put more-specific-first (stable for equal prefix lengths). Destinations are the
 * kernel's canonical text, so equal addresses are equal strings.
 */
export function* orderIPv4(routes: Iterable<Route>): Generator<Route> {
  let group: Route[] = [];
  for (const r of routes) {
    if (group.length && group[0].dst !== r.dst) {
      if (group.length > 1) group.sort((x, y) => y.prefixlen - x.prefixlen);
      yield* group;
      group = [];
    }
    group.push(r);
  }
  if (group.length > 1) group.sort((x, y) => y.prefixlen - x.prefixlen);
  yield* group;
}

/**
 * orderIPv4 as a loop that hands each entry to `f` (no generator step per row: the path of a
 * table of a million routes). Most destinations have one entry, handed on at once.
 */
export function eachIPv4Ordered(routes: Iterable<Route>, f: (r: Route) => void): void {
  let held: Route | undefined;
  let group: Route[] | undefined;
  const flush = () => {
    if (group) {
      group.sort((x, y) => y.prefixlen - x.prefixlen);
      for (const g of group) f(g);
      group = undefined;
    } else if (held) {
      f(held);
    }
    held = undefined;
  };
  for (const r of routes) {
    if (held && held.dst !== r.dst) flush();
    if (!held) held = r;
    else (group ??= [held]).push(r);
  }
  flush();
}

/** IPv6 order (hash tables walked from /128 down to /0); within a length, ascending destination as given. */
export function orderIPv6(routes: Iterable<Route>): Route[] {
  return [...routes].sort((x, y) => y.prefixlen - x.prefixlen);
}

// Headers (ire_hdr_v4*, ire_hdr_v6*); the %s at the end of each is the empty -R column.
export const V4_TITLE = (verbose: boolean) => `${verbose ? 'IRE' : 'Routing'} Table: IPv4`;
export const V6_TITLE = (verbose: boolean) => `${verbose ? 'IRE' : 'Routing'} Table: IPv6`;
export const V4_HEADER = [
  '  Destination           Gateway           Flags  Ref     Use     Interface ',
  '-------------------- -------------------- ----- ----- ---------- --------- ',
];
export const V4_HEADER_VERBOSE = [
  '  Destination             Mask           Gateway          Device  MTU  Ref Flg  Out  In/Fwd ',
  '-------------------- --------------- -------------------- ------ ----- --- --- ----- ------ ',
];
export const V6_HEADER = [
  '  Destination/Mask            Gateway                   Flags Ref   Use    If   ',
  '--------------------------- --------------------------- ----- --- ------- ----- ',
];
export const V6_HEADER_VERBOSE = [
  '  Destination/Mask            Gateway                    If    MTU  Ref Flags  Out   In/Fwd ',
  '--------------------------- --------------------------- ----- ----- --- ----- ------ ------ ',
];

/** One row of the table (no newline). Out = the entry's use count, In/Fwd = 0 (no per-direction counts are kept). */
export function formatRoute(v: RouteView, opts: Pick<RouteReportOptions, 'verbose' | 'names' | 'mtu'>): string {
  const r = v.route;
  const n = opts.names;
  const mtu = r.ifname && opts.mtu ? opts.mtu(r.ifname, r.family) : 0;
  // The interface's name as the kernel holds it, shown visibly (a damaged state could hold anything).
  const ifname = vis(r.ifname);
  if (r.family === 'inet') {
    const dst = v.bits & FLF.H ? n.addr(r.dst) : n.net(r.dst, r.prefixlen);
    const gw = n.addrnz(r.gateway);
    if (opts.verbose) {
      return `${left(dst, 20)} ${left(n.mask(r.prefixlen), 15)} ${left(gw, 20)} ${left(ifname, 6)} ${right(mtu, 5)} ${right(r.ref, 3)} ${left(v.flags, 4)}${right(r.use, 6)} ${right(0, 6)} `;
    }
    return `${left(dst, 20)} ${left(gw, 20)} ${left(v.flags, 5)}  ${right(r.ref, 4)} ${right(r.use, 10)} ${left(ifname, 9)} `;
  }
  const dst = n.prefix6(r.dst, r.prefixlen);
  const gw = n.addr6nz(r.gateway);
  if (opts.verbose) {
    return `${left(dst, 27)} ${left(gw, 27)} ${left(ifname, 5)} ${right(mtu, 5)} ${right(r.ref, 3)} ${left(v.flags, 5)} ${right(r.use, 6)} ${right(0, 6)} `;
  }
  return `${left(dst, 27)} ${left(gw, 27)} ${left(v.flags, 5)} ${right(r.ref, 3)} ${right(r.use, 7)} ${left(ifname, 5)} `;
}

/**
 * One family's table: the title (after an empty line) and header come with the first row
 * shown, so a family with nothing to show prints nothing. `routes` must already be in
 * display order (orderIPv4 / orderIPv6). Returns the number of rows printed.
 */
export function printRouteTable(family: Family, routes: Iterable<Route>, opts: RouteReportOptions, emit: Emit): number {
  const row = routeTableRow(family, opts, emit);
  for (const r of routes) row(r);
  return row.rows;
}

/** printRouteTable one entry at a time (entries in display order); `rows` counts the lines printed. */
function routeTableRow(family: Family, opts: RouteReportOptions, emit: Emit): ((r: Route) => void) & { rows: number } {
  const row = (route: Route) => {
    const v = selectRoute(route, opts);
    if (!v) return;
    if (row.rows === 0) {
      emit('');
      if (family === 'inet') {
        emit(V4_TITLE(opts.verbose));
        for (const h of opts.verbose ? V4_HEADER_VERBOSE : V4_HEADER) emit(h);
      } else {
        emit(V6_TITLE(opts.verbose));
        for (const h of opts.verbose ? V6_HEADER_VERBOSE : V6_HEADER) emit(h);
      }
    }
    emit(formatRoute(v, opts));
    row.rows++;
  };
  row.rows = 0;
  return row;
}

/**
 * ire_report: IPv4 then IPv6, each only if its family is selected by -f. `source` yields a
 * family's entries in kernel table order; it is only called for selected families.
 */
export function printRoutes(source: (family: Family) => Iterable<Route>, opts: RouteReportOptions, emit: Emit): void {
  if (familySelected(opts.filters, AF.INET)) eachIPv4Ordered(source('inet'), routeTableRow('inet', opts, emit));
  if (familySelected(opts.filters, AF.INET6)) printRouteTable('inet6', orderIPv6(source('inet6')), opts, emit);
}

/** --json: one object per route the text report would show (numeric, whatever -n says). */
export interface RouteJson {
  family: Family;
  destination: string;
  prefixlen: number;
  gateway: string | null;
  flags: string;
  ref: number;
  use: number;
  interface: string | null;
}

export function routeJson(v: RouteView): RouteJson {
  const r = v.route;
  return {
    family: r.family,
    destination: r.dst,
    prefixlen: r.prefixlen,
    gateway: r.gateway === '' ? null : r.gateway,
    flags: v.flags,
    ref: r.ref,
    use: r.use,
    interface: r.ifname === '' ? null : r.ifname,
  };
}

/** The same selection and order as printRoutes, as JSON records. */
export function* routeRecords(source: (family: Family) => Iterable<Route>, opts: Pick<RouteReportOptions, 'all' | 'filters'>): Generator<RouteJson> {
  if (familySelected(opts.filters, AF.INET)) for (const v of selectRoutes(orderIPv4(source('inet')), opts)) yield routeJson(v);
  if (familySelected(opts.filters, AF.INET6)) for (const v of selectRoutes(orderIPv6(source('inet6')), opts)) yield routeJson(v);
}
