// ipmpstat's field tables (addr_fields, group_fields, if_fields, probe_fields, targ_fields) and
// their value callbacks (the sfunc_* functions of ipmpstat.c), over in.mpathd's snapshot.
// illumos' ipmpstat.c and Solaris 11's (the 2011 ON snapshot) differ in two places the lab can
// show, kept in RELEASE_FIELDS: the -t widths and the probe id of -p.
import type { AddrInfo, GroupInfo, IfInfo, ProbeEvent, Release } from '@ipmplab/core/syscalls';
import type { OfmtField } from '@ipmplab/userland';
import { floatSeconds, msToNs, nsMillis, nsSeconds } from './cfmt';

export type Mode = 'a' | 'g' | 'i' | 'p' | 't';

/** One -t row: an interface's target information for one family (ipmp_targinfo_t). */
export interface TargetRow {
  ifname: string;
  mode: 'routes' | 'multicast' | 'disabled';
  testaddr: string;
  targets: string[];
}

export interface FieldContext {
  /** sockaddr2str: getnameinfo(NI_NOFQDN, plus NI_NUMERICHOST with -n). */
  addr(addr: string): string;
  /** probe_output_start: kernel time (ms) when -p started listening. */
  probeStart: number;
  /** The host's release (uname): which ipmpstat.c's tables print. */
  release: Release;
}

/**
 * Where the two ipmpstat.c differ. Solaris 11's targ_fields are MODE 11 and TARGETS 37 (room for
 * its `transitive` mode: the lab does not simulate transitive probing, so that mode never shows),
 * illumos' 10 and 38. Solaris 11's sfunc_probe_id prints "%c%u", the probe type before the id:
 * 'i' for a probe sent to an ICMP target, 't' for a transitive probe (never, here); illumos' "%u".
 * Everything else (the other tables, values and -p's widths) is the same in both files.
 */
const RELEASE_FIELDS: Record<Release, { modeWidth: number; targetsWidth: number; probeId: (id: number) => string }> = {
  illumos: { modeWidth: 10, targetsWidth: 38, probeId: (id) => String(id >>> 0) },
  solaris11: { modeWidth: 11, targetsWidth: 37, probeId: (id) => `i${id >>> 0}` },
};

/** The INTERFACES column: active, then (inactive), then [unusable] (sfunc_group_interfaces). */
export function groupInterfaces(g: Pick<GroupInfo, 'active' | 'inactive' | 'unusable'>): string {
  let buf = g.active.join(' ');
  if (g.inactive.length > 0) {
    if (g.active.length !== 0) buf += ' ';
    buf += `(${g.inactive.join(' ')})`;
  }
  if (g.unusable.length > 0) {
    if (g.active.length + g.inactive.length !== 0) buf += ' ';
    buf += `[${g.unusable.join(' ')}]`;
  }
  return buf;
}

/** The FLAGS column of -i: seven fixed positions i s m b M d h (sfunc_if_flags). */
export function ifFlags(f: IfInfo['flags']): string {
  return [
    f.inactive ? 'i' : '-',
    f.standby ? 's' : '-',
    f.m4 ? 'm' : '-',
    f.b4 ? 'b' : '-',
    f.m6 ? 'M' : '-',
    f.down ? 'd' : '-',
    f.hwdup ? 'h' : '-',
  ].join('');
}

/** sfunc_addr_outbound: nothing for a down or unbound address, else every ACTIVE member. */
export function addrOutbound(a: AddrInfo): string {
  if (a.state === 'down' || a.inbound === '') return '';
  return a.outbound.join(' ');
}

export function addrFields(ctx: FieldContext): OfmtField<AddrInfo>[] {
  return [
    { name: 'ADDRESS', width: 26, value: (a) => ctx.addr(a.addr) },
    { name: 'STATE', width: 7, value: (a) => a.state },
    { name: 'GROUP', width: 12, value: (a) => a.groupIf },
    { name: 'INBOUND', width: 12, value: (a) => a.inbound },
    { name: 'OUTBOUND', width: 23, value: addrOutbound },
  ];
}

export function groupFields(): OfmtField<GroupInfo>[] {
  return [
    { name: 'GROUP', width: 12, value: (g) => g.ifname },
    { name: 'GROUPNAME', width: 12, value: (g) => g.name },
    { name: 'STATE', width: 10, value: (g) => g.state },
    { name: 'FDT', width: 10, value: (g) => (g.fdt ? floatSeconds(g.fdt) : '') },
    { name: 'INTERFACES', width: 30, value: groupInterfaces },
  ];
}

export function ifFields(): OfmtField<IfInfo>[] {
  return [
    { name: 'INTERFACE', width: 12, value: (i) => i.name },
    { name: 'ACTIVE', width: 8, value: (i) => (i.active ? 'yes' : 'no') },
    { name: 'GROUP', width: 12, value: (i) => i.groupIf },
    { name: 'FLAGS', width: 10, value: (i) => ifFlags(i.flags) },
    { name: 'LINK', width: 10, value: (i) => i.link },
    { name: 'PROBE', width: 10, value: (i) => i.probe },
    { name: 'STATE', width: 10, value: (i) => i.state },
  ];
}

/** probe_fields: RTTs only for answered probes; RTTAVG/RTTDEV whenever non-zero. */
export function probeFields(ctx: FieldContext): OfmtField<ProbeEvent>[] {
  const rtt = (ms: number | undefined) => nsMillis(msToNs(ms ?? 0));
  const nonzero = (ms: number | undefined) => (ms !== undefined && msToNs(ms) !== 0 ? nsMillis(msToNs(ms)) : '');
  return [
    { name: 'TIME', width: 10, value: (e) => nsSeconds(msToNs(e.at - ctx.probeStart)) },
    { name: 'INTERFACE', width: 12, value: (e) => e.ifname },
    { name: 'PROBE', width: 7, value: (e) => RELEASE_FIELDS[ctx.release].probeId(e.id) },
    { name: 'NETRTT', width: 10, value: (e) => (e.lost ? '' : rtt(e.netrtt)) },
    { name: 'RTT', width: 10, value: (e) => (e.lost ? '' : rtt(e.rtt)) },
    { name: 'RTTAVG', width: 10, value: (e) => nonzero(e.rttavg) },
    { name: 'TARGET', width: 20, value: (e) => ctx.addr(e.target) },
    { name: 'RTTDEV', width: 10, value: (e) => nonzero(e.rttdev) },
  ];
}

export function targFields(ctx: FieldContext): OfmtField<TargetRow>[] {
  const { modeWidth, targetsWidth } = RELEASE_FIELDS[ctx.release];
  return [
    { name: 'INTERFACE', width: 12, value: (t) => t.ifname },
    { name: 'MODE', width: modeWidth, value: (t) => t.mode },
    { name: 'TESTADDR', width: 20, value: (t) => (t.mode !== 'disabled' ? ctx.addr(t.testaddr) : '') },
    { name: 'TARGETS', width: targetsWidth, value: (t) => t.targets.map((a) => ctx.addr(a)).join(' ') },
  ];
}

/** Any mode's field table (the template handed to ofmt_open); rows are the mode's objects. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyField = OfmtField<any>;

export function templateFor(mode: Mode, ctx: FieldContext): AnyField[] {
  switch (mode) {
    case 'a': return addrFields(ctx);
    case 'g': return groupFields();
    case 'i': return ifFields();
    case 'p': return probeFields(ctx);
    case 't': return targFields(ctx);
  }
}
