// The walks of ipmpstat.c (walk_group, walk_if, walk_addr, targinfo_output_cbfunc) over an
// in.mpathd snapshot, and the printers built on them. Pure: snapshot in, text out.
import type { AddrInfo, GroupInfo, IfInfo, IpmpSnapshot, ProbeEvent, Release } from '@ipmplab/core/syscalls';
import { hostByAddr } from '@ipmplab/userland';
import { ofmtOpen } from '@ipmplab/userland';
import type { Ofmt, OfmtOpenResult } from '@ipmplab/userland';
import { templateFor } from './fields';
import type { AnyField, FieldContext, Mode, TargetRow } from './fields';

/** sockaddr2str over the lab's name service: getnameinfo(NI_NOFQDN [| NI_NUMERICHOST]). */
export function addrNamer(numeric: boolean, lookup: (addr: string) => string | undefined = hostByAddr): (addr: string) => string {
  if (numeric) return (a) => a;
  return (a) => {
    const name = lookup(a);
    // NI_NOFQDN: only the node name of a local host's name.
    return name === undefined ? a : name.split('.')[0];
  };
}

export function fieldContext(numeric: boolean, probeStart = 0, release: Release = 'illumos'): FieldContext {
  return { addr: addrNamer(numeric), probeStart, release };
}

export interface ReportOptions {
  /** -o's argument, if given. */
  fields?: string;
  /** -P */
  parsable: boolean;
  /** The window height: the terminal's rows, else 24 (asked when a second row is printed). */
  rows?: number | (() => number);
}

/** IPMPSTAT_NCOL */
export const NCOL = 80;

/** ofmt_open for a mode with ipmpstat's arguments. */
export function openReport(mode: Mode, ctx: FieldContext, opts: ReportOptions): OfmtOpenResult<unknown> {
  return ofmtOpen(opts.fields, templateFor(mode, ctx), { parsable: opts.parsable, maxcols: NCOL, rows: opts.rows ?? 24 });
}

/** walk_group */
export function groupRows(s: IpmpSnapshot): GroupInfo[] {
  return s.groups;
}

/** walk_if: group by group, each group's members in in.mpathd's order (newest first). */
export function ifRows(s: IpmpSnapshot): IfInfo[] {
  return s.groups.flatMap((g) => s.interfaces.filter((i) => i.group === g.name));
}

/** walk_addr: group by group, each group's data addresses in in.mpathd's list order. */
export function addrRows(s: IpmpSnapshot): AddrInfo[] {
  return s.groups.flatMap((g) => (g.ifname === '' ? [] : s.addresses.filter((a) => a.groupIf === g.ifname)));
}

/**
 * targinfo_output_cbfunc: the IPv4 row unless only IPv6 probing is enabled, then the IPv6 row
 * if IPv6 probing is enabled; an interface without probing shows one disabled IPv4 row.
 */
export function targetRows(i: IfInfo): TargetRow[] {
  const row = (family: 'inet' | 'inet6'): TargetRow => {
    const t = i.targets.find((x) => x.family === family);
    if (!t || t.mode === 'disabled') return { ifname: i.name, mode: 'disabled', testaddr: '', targets: [] };
    return { ifname: i.name, mode: t.mode, testaddr: t.testaddr, targets: t.targets };
  };
  const v4 = row('inet');
  const v6 = row('inet6');
  const rows: TargetRow[] = [];
  if (v4.mode !== 'disabled' || v6.mode === 'disabled') rows.push(v4);
  if (v6.mode !== 'disabled') rows.push(v6);
  return rows;
}

/** The objects a snapshot mode prints, in order. */
export function modeRows(mode: Exclude<Mode, 'p'>, s: IpmpSnapshot): unknown[] {
  switch (mode) {
    case 'a': return addrRows(s);
    case 'g': return groupRows(s);
    case 'i': return ifRows(s);
    case 't': return ifRows(s).flatMap(targetRows);
  }
}

/** The whole text of -a, -g, -i or -t for one snapshot through an open handle. */
export function printSnapshot(mode: Exclude<Mode, 'p'>, s: IpmpSnapshot, ofmt: Ofmt<unknown>): string {
  let out = '';
  for (const row of modeRows(mode, s)) out += ofmt.print(row);
  return out;
}

/** One -p line (with the header first when due). */
export function printProbe(e: ProbeEvent, ofmt: Ofmt<unknown>): string {
  return ofmt.print(e);
}

/** Convenience for callers and tests: open, print, and report the ofmt complaint if any. */
export function formatMode(
  mode: Exclude<Mode, 'p'>,
  s: IpmpSnapshot,
  opts: ReportOptions & { numeric?: boolean; release?: Release },
): { text: string; status: OfmtOpenResult<unknown>['status']; message?: string } {
  const r = openReport(mode, fieldContext(!!opts.numeric, 0, opts.release), opts);
  if (!r.handle || (r.status !== 'SUCCESS' && opts.parsable)) return { text: '', status: r.status, message: r.message };
  return { text: printSnapshot(mode, s, r.handle), status: r.status, message: r.message };
}

/** --json (lab addition): one record per row, keyed by the lower-case field names, -P values. */
export function jsonRecords(rows: unknown[], fields: readonly AnyField[]): Record<string, string>[] {
  return rows.map((row) => {
    const rec: Record<string, string> = {};
    for (const f of fields) rec[f.name.toLowerCase()] = f.value(row) ?? '?';
    return rec;
  });
}
