// What a row of the routes table must hold to be a route the kernel made. The kernel writes only
// addresses in their canonical text, interface names it accepted, the six route types and
// integer counters; anything else is a damaged or hand-edited file, refused as such before a
// request acts on it (as the kernel document is checked against its model in transaction.ts),
// instead of failing deep inside a request on an address that does not parse.
import type { Family } from '../kernel/model';
import type { Route, RouteExtras } from '../kernel/route/table';
import { isCanonicalAddress } from '../kernel/addr';
import { parseLifName } from '../kernel/if/names';
import { REFUSAL, StateFileError } from './errors';

const TYPES: ReadonlySet<string> = new Set(['local', 'loopback', 'interface', 'broadcast', 'offlink', 'ifroute']);
const MAX_PLEN: Record<Family, number> = { inet: 32, inet6: 128 };
/** The rt_metrics a route keeps (RouteMetrics), each a uint32_t on the wire. */
const METRICS: ReadonlySet<string> = new Set(['mtu', 'hopcount', 'expire', 'recvpipe', 'sendpipe', 'ssthresh', 'rtt', 'rttvar']);
const isU32 = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 0xffffffff;
const isCount = (n: unknown): boolean => Number.isSafeInteger(n) && (n as number) >= 0;

/** The names already found well-formed (a table names a handful of interfaces, however large). */
const goodNames = new Set<string>(['']);

/** A route is bound to a phyint (or to none): a name the kernel accepts, without a logical unit. */
export function isRouteIfname(name: unknown): boolean {
  if (typeof name !== 'string') return false;
  if (goodNames.has(name)) return true;
  const lif = parseLifName(name);
  const ok = typeof lif === 'object' && lif.phys === name;
  if (ok && goodNames.size < 1024) goodNames.add(name);
  return ok;
}

/**
 * The last gateway and type found well-formed, by family: a dump reads a million routes whose
 * gateway and type repeat row after row, and comparing with the last good text is cheaper than
 * reading it again (8% of a million-route `netstat -rn` otherwise, 2% with it).
 */
const lastGood = { inet: { gateway: '', type: 'offlink' }, inet6: { gateway: '', type: 'offlink' } };

/** The first column of a route's row that the kernel could not have written, or undefined. */
export function routeRowProblem(r: Route): string | undefined {
  const last = lastGood[r.family];
  if (!isCanonicalAddress(r.family, r.dst)) return 'destination';
  if (!Number.isInteger(r.prefixlen) || r.prefixlen < 0 || r.prefixlen > MAX_PLEN[r.family]) return 'prefix length';
  if (r.gateway !== last.gateway) {
    if (typeof r.gateway !== 'string' || (r.gateway !== '' && !isCanonicalAddress(r.family, r.gateway))) return 'gateway';
    last.gateway = r.gateway;
  }
  if (!isRouteIfname(r.ifname)) return 'interface';
  if (r.type !== last.type) {
    if (!TYPES.has(r.type)) return 'type';
    last.type = r.type;
  }
  if (!isU32(r.flags)) return 'flags';
  if (!isCount(r.ref) || !isCount(r.use)) return 'counters';
  if (typeof r.owner !== 'string') return 'owner';
  return r.setsrc === undefined && r.metrics === undefined && r.inits === undefined && r.locks === undefined ? undefined : extrasProblem(r);
}

function extrasProblem(r: RouteExtras & { family: Family }): string | undefined {
  if (r.setsrc !== undefined && (typeof r.setsrc !== 'string' || !isCanonicalAddress(r.family, r.setsrc))) return 'source address';
  if (r.inits !== undefined && !isU32(r.inits)) return 'metrics';
  if (r.locks !== undefined && !isU32(r.locks)) return 'metrics';
  if (r.metrics !== undefined) {
    if (typeof r.metrics !== 'object' || r.metrics === null || Array.isArray(r.metrics)) return 'metrics';
    for (const [k, v] of Object.entries(r.metrics)) if (!METRICS.has(k) || !isU32(v)) return 'metrics';
  }
  return undefined;
}

/** The extra column's attributes (a JSON object of RouteExtras), or undefined when it is not one. */
export function parseExtras(text: string): RouteExtras | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  for (const k of Object.keys(v)) if (k !== 'setsrc' && k !== 'metrics' && k !== 'inits' && k !== 'locks') return undefined;
  return v as RouteExtras;
}

/**
 * A row of the counts the triggers keep (schema.ts: route_plens, route_gateways): a prefix
 * length of the family, or a gateway in the kernel's text, and a count that is a number.
 */
export function countRowProblem(family: Family, what: 'plen' | 'gateway', key: unknown, n: unknown): boolean {
  if (!isCount(n)) return true;
  if (what === 'plen') return !Number.isInteger(key) || (key as number) < 0 || (key as number) > MAX_PLEN[family];
  return typeof key !== 'string' || !isCanonicalAddress(family, key);
}

/** The refusal of a state file whose prefix-length or gateway counts are malformed. */
export function malformedCounts(file: string, what: 'plen' | 'gateway'): StateFileError {
  return new StateFileError('corrupt', file, REFUSAL.damaged(file, malformedCountsText(what)));
}

const COUNTS_NAME = { plen: 'prefix-length', gateway: 'gateway' } as const;

export function malformedCountsText(what: 'plen' | 'gateway'): string {
  return `the route table's ${COUNTS_NAME[what]} counts are malformed`;
}

/** What `ipmplab check` says of counts that are well-formed but not the routes'. */
export function countsDisagreeText(what: 'plen' | 'gateway'): string {
  return `the route table's ${COUNTS_NAME[what]} counts disagree with its routes`;
}

/** What is wrong with route `id`, in words: "route 9 of the route table has a malformed gateway". */
export function malformedRouteText(id: unknown, what: string): string {
  return `${Number.isSafeInteger(id) ? `route ${id as number}` : 'a route'} of the route table has a malformed ${what}`;
}

/** The refusal of a state file whose route `id` has a malformed `what`. */
export function malformedRoute(file: string, id: unknown, what: string): StateFileError {
  return new StateFileError('corrupt', file, REFUSAL.damaged(file, malformedRouteText(id, what)));
}
