// What /dev/ip's MIB exposes to netstat (ip.c ip_snmp_get2_v4/_v6, ip_snmp_get_mib2_ip_addr):
// the forwarding table including test-hidden entries (EXPER_IP_AND_ALL_IRES), and the address
// table with per-interface attributes and their link's counters (ip/stats.ts). Read-only.
import type { Kernel } from '../kernel';
import type { Family } from '../model';
import { FAMILIES } from '../family';
import type { Route } from './table';
import { walkFamily } from '../if/lifconf';
import { IFF } from '../../wire';
import { statsOf } from '../ip/stats';

export function mibRoutes(k: Kernel, family?: Family): Iterable<Route> {
  // One family is the table's own walk (netstat asks per family: a million routes pass here).
  return family ? k.routes.dump(family) : bothFamilies(k);
}

function* bothFamilies(k: Kernel): Iterable<Route> {
  for (const f of FAMILIES) yield* k.routes.dump(f);
}

/**
 * The forwarding table of a family in the same order, read a page at a time, each page read
 * completely before its routes are handed out: the caller may change the table as it walks
 * (route flush deletes each route it is given), and memory stays bounded by a page. Changes
 * behind the walk do not disturb it; the next page starts after the last route handed out.
 */
export function* mibRoutesPaged(k: Kernel, family: Family, pageSize = 1024): Iterable<Route> {
  let page = k.routes.dumpPage(family, undefined, pageSize);
  for (;;) {
    yield* page.routes;
    if (!page.next) return;
    page = k.routes.dumpPage(family, page.next, pageSize);
  }
}

export interface MibAddr {
  name: string;
  family: Family;
  /** Physical name (kstat lookups strip the logical part). */
  phys: string;
  index: number;
  id: number;
  addr: string;
  netmask: string;
  dst: string;
  mtu: number;
  flags: bigint;
  /** Link kstats (ipackets, ierrors, opackets, oerrors, collisions). */
  counters: { ipackets: number; ierrors: number; opackets: number; oerrors: number; collisions: number };
}

/** Every logical interface of a family in kernel order, as the MIB2_IP_ADDR table has them. */
export function mibAddrs(k: Kernel, family: Family): MibAddr[] {
  const out: MibAddr[] = [];
  for (const e of walkFamily(k, family)) {
    out.push({
      name: e.name, family, phys: e.phyint.name, index: e.phyint.index, id: e.ipif.id,
      addr: e.ipif.addr, netmask: e.ipif.netmask, dst: (k.flagsOf(e) & IFF.POINTOPOINT) !== 0n ? e.ipif.dst : '',
      mtu: e.ill.mtu, flags: k.flagsOf(e),
      counters: { ...statsOf(e.phyint), collisions: 0 },
    });
  }
  return out;
}
