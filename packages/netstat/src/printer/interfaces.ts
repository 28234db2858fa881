// netstat -i without an interval (netstat.c if_report with once_only, if_report_ip4/_ip6).
// Pure functions of the MIB address tables (MIB2_IP_ADDR / MIB2_IP6_ADDR rows).
import { IFF, prefixFromMask } from '@ipmplab/core/syscalls';
import type { Family, MibAddr } from '@ipmplab/core/syscalls';
import { AF, familySelected } from '../filters';
import type { Filters } from '../filters';
import type { Names } from '../names';
import { left, leftTrunc } from './printf';
import type { Emit } from './routes';

export interface InterfaceReportOptions {
  /** -a: a row for every logical interface as well. */
  all: boolean;
  /** -I name: only entries whose physical or logical name is this (no match: no output). */
  ifname?: string;
  /** -f: only the families it selects. */
  filters: Filters;
  names: Names;
  /**
   * Whether a kstat exists for the physical name (link:0:<name>, lo:0:lo0, ipmp:0:<name>).
   * Every interface the simulated kernel plumbs has one.
   */
  hasKstat?: (phys: string) => boolean;
}

export interface InterfaceRow {
  /** physical = the per-interface row with link counters; logical = the -a row of one address. */
  kind: 'physical' | 'logical';
  /** Physical name on physical rows, the logical name ("net0:1") on logical rows. */
  name: string;
  entry: MibAddr;
}

/**
 * Rows of one family, in MIB order. A physical row is printed for an entry when its
 * interface index differs from the last physical row's (so one per interface, from its first
 * address) and a kstat exists; with -a every entry also gets its logical row.
 */
export function* interfaceRows(addrs: Iterable<MibAddr>, opts: Pick<InterfaceReportOptions, 'all' | 'ifname' | 'hasKstat'>): Generator<InterfaceRow> {
  let lastIndex = 0;
  for (const e of addrs) {
    const logint = e.name;
    const ifname = logint.split(':')[0];
    if (opts.ifname !== undefined && opts.ifname !== ifname && opts.ifname !== logint) continue;
    if (e.index !== lastIndex && (opts.hasKstat ?? (() => true))(ifname)) {
      yield { kind: 'physical', name: ifname, entry: e };
      lastIndex = e.index;
    }
    if (opts.all) yield { kind: 'logical', name: logint, entry: e };
  }
}

export const IF_HEADER_V4 =
  `${leftTrunc('Name', 5)} ${leftTrunc('Mtu', 5)}${leftTrunc('Net/Dest', 13)} ${leftTrunc('Address', 14)} ` +
  `${leftTrunc('Ipkts', 6)} ${leftTrunc('Ierrs', 5)} ${leftTrunc('Opkts', 6)} ${leftTrunc('Oerrs', 5)} ` +
  `${leftTrunc('Collis', 6)} ${leftTrunc('Queue', 6)}`;

export const IF_HEADER_V6 =
  `${leftTrunc('Name', 5)} ${leftTrunc('Mtu', 5)}${leftTrunc('Net/Dest', 27)} ${leftTrunc('Address', 27)} ` +
  `${leftTrunc('Ipkts', 6)} ${leftTrunc('Ierrs', 5)} ${leftTrunc('Opkts', 6)} ${leftTrunc('Oerrs', 5)} ` +
  `${leftTrunc('Collis', 6)}`;

function isPointToPoint(e: MibAddr): boolean {
  return (e.flags & IFF.POINTOPOINT) !== 0n;
}

/** The Net/Dest column: the peer of a point-to-point interface, else the network (IPv6: address/len). */
export function netDest(e: MibAddr, names: Names): string {
  if (e.family === 'inet') return isPointToPoint(e) ? names.addr(e.dst) : names.netaddr(e.addr, e.netmask);
  return isPointToPoint(e) ? names.addr6(e.dst) : names.prefix6(e.addr, prefixFromMask('inet6', e.netmask));
}

/** The Address column. */
export function address(e: MibAddr, names: Names): string {
  return e.family === 'inet' ? names.addr(e.addr) : names.addr6(e.addr);
}

/** One row (no newline). Logical rows count the address's own input packets (none simulated). */
export function formatInterfaceRow(row: InterfaceRow, names: Names): string {
  const e = row.entry;
  const head = `${left(row.name, 5)} ${left(String(e.mtu), 4)} `;
  const c = e.counters;
  const v4 = e.family === 'inet';
  const nd = left(netDest(e, names), v4 ? 13 : 27);
  const ad = left(address(e, names), v4 ? 14 : 27);
  const counters =
    row.kind === 'physical'
      ? `${left(String(c.ipackets), 6)} ${left(String(c.ierrors), 5)} ${left(String(c.opackets), 6)} ${left(String(c.oerrors), 5)} ${left(String(c.collisions), 6)}`
      : `${left('0', 6)} ${left('N/A', 5)} ${left('N/A', 6)} ${left('N/A', 5)} ${left('N/A', 6)}`;
  return `${head}${nd} ${ad} ${counters}${v4 ? ` ${left('0', 6)}` : ''}`;
}

/**
 * if_report: IPv4 then IPv6 (each if selected by -f). Each family's header comes just
 * before its first physical row; the IPv6 header is preceded by an empty line when an IPv4
 * header was printed. No trailing empty line.
 */
export function printInterfaces(source: (family: Family) => Iterable<MibAddr>, opts: InterfaceReportOptions, emit: Emit): void {
  let headerPrinted = false;
  for (const family of ['inet', 'inet6'] as const) {
    if (!familySelected(opts.filters, family === 'inet' ? AF.INET : AF.INET6)) continue;
    let first = true;
    for (const row of interfaceRows(source(family), opts)) {
      if (row.kind === 'physical' && first) {
        if (headerPrinted) emit('');
        emit(family === 'inet' ? IF_HEADER_V4 : IF_HEADER_V6);
        headerPrinted = true;
        first = false;
      }
      emit(formatInterfaceRow(row, opts.names));
    }
  }
}

/** --json: the rows the text report shows, numeric. Counters a logical row does not have are null. */
export interface InterfaceJson {
  family: Family;
  name: string;
  logical: boolean;
  mtu: number;
  /** Net/Dest: network (IPv4), address/prefix length (IPv6), or the point-to-point peer. */
  destination: string;
  address: string;
  ipackets: number;
  ierrors: number | null;
  opackets: number | null;
  oerrors: number | null;
  collisions: number | null;
  /** IPv4 only. */
  queue: number | null;
}

export function interfaceJson(row: InterfaceRow, numericNames: Names): InterfaceJson {
  const e = row.entry;
  const c = e.counters;
  const phys = row.kind === 'physical';
  return {
    family: e.family,
    name: row.name,
    logical: !phys,
    mtu: e.mtu,
    destination: netDest(e, numericNames),
    address: e.addr,
    ipackets: phys ? c.ipackets : 0,
    ierrors: phys ? c.ierrors : null,
    opackets: phys ? c.opackets : null,
    oerrors: phys ? c.oerrors : null,
    collisions: phys ? c.collisions : null,
    queue: e.family === 'inet' ? 0 : null,
  };
}

export function* interfaceRecords(source: (family: Family) => Iterable<MibAddr>, opts: InterfaceReportOptions, numericNames: Names): Generator<InterfaceJson> {
  for (const family of ['inet', 'inet6'] as const) {
    if (!familySelected(opts.filters, family === 'inet' ? AF.INET : AF.INET6)) continue;
    for (const row of interfaceRows(source(family), opts)) yield interfaceJson(row, numericNames);
  }
}
