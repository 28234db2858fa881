// Draws `ipmplab status` (a lab-only layout, so tables are fine here). cli-table3 colours its
// head and border even when piped, so its own styling is switched off and colour, if any,
// comes from the chalk instance the caller chose for this terminal.
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Family, Release } from '@ipmplab/core/syscalls';
import { vis } from '@ipmplab/userland';
import { formatDuration } from '../duration';
import { hostLines, segmentLines } from './network';
import type { NetworkView } from '@ipmplab/core/lab';

/** What `ipmplab status` reports (requests/status.ts gathers it). */
export interface StatusReport {
  state: string;
  /** The lab host the report is about. */
  host: string;
  /** The host's release (uname's distribution) and `uname -srv`. */
  release: Release;
  uname: string;
  /** wallOffsetMs: how far a manual clock is from the wall clock (positive: ahead of it). */
  clock: { mode: 'real' | 'manual'; now: string; nowMs: number; wallOffsetMs?: number };
  links: { name: string; mtu: number; mac: string; link: 'up' | 'down'; plumbed: Family[] }[];
  routes: number;
  journalSeq: number;
  timers: { kind: string; interface: string; family: Family; address: string; dueInMs: number }[];
  conflicts: { address: string; mac: string }[];
  network: NetworkView;
}

/** How the summary names each release. */
const RELEASE_NAMES: Record<Release, string> = {
  illumos: 'illumos',
  solaris11: 'Oracle Solaris 11.4',
};

function table(c: ChalkInstance, head: string[]): Table.Table {
  return new Table({ head: head.map((h) => c.bold(h)), style: { head: [], border: [] } });
}

/** How far a manual clock is from the wall clock, to the second. */
function wallOffset(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000) * 1000;
  if (s === 0) return 'at the wall clock';
  return `${formatDuration(s)} ${ms > 0 ? 'ahead of' : 'behind'} the wall clock`;
}

export function statusLines(r: StatusReport, c: ChalkInstance): string[] {
  const summary = new Table({ style: { head: [], border: [] } });
  summary.push(
    { [c.bold('State file')]: vis(r.state) },
    { [c.bold('Host')]: `${r.host} (${r.network.hosts.length} host${r.network.hosts.length === 1 ? '' : 's'} in the lab)` },
    { [c.bold('Release')]: `${RELEASE_NAMES[r.release]} (${r.uname})` },
    { [c.bold('Clock')]: `${r.clock.mode} ${r.clock.now}` },
    ...(r.clock.wallOffsetMs === undefined ? [] : [{ [c.bold('Clock offset')]: wallOffset(r.clock.wallOffsetMs) }]),
    { [c.bold('Routes')]: String(r.routes) },
    { [c.bold('Journal seq')]: String(r.journalSeq) },
  );
  const out = [summary.toString(), '', 'Datalinks'];

  const links = table(c, ['Link', 'MTU', 'MAC', 'State', 'Plumbed']);
  for (const l of r.links) {
    links.push([l.name, String(l.mtu), l.mac, l.link === 'up' ? c.green('up') : c.red('down'), l.plumbed.join(' ') || '-']);
  }
  out.push(r.links.length ? links.toString() : '  none');

  out.push('', 'Pending timers');
  if (r.timers.length === 0) out.push('  none');
  else {
    const timers = table(c, ['Kind', 'Interface', 'Family', 'Address', 'Due in']);
    for (const t of r.timers) timers.push([t.kind, t.interface, t.family, t.address, formatDuration(Math.max(0, t.dueInMs))]);
    out.push(timers.toString());
  }

  out.push('', 'DAD conflicts');
  if (r.conflicts.length === 0) out.push('  none');
  else {
    const conflicts = table(c, ['Address', 'In use by']);
    for (const x of r.conflicts) conflicts.push([x.address, x.mac]);
    out.push(conflicts.toString());
  }

  out.push('', 'Hosts', ...hostLines(r.network).map((l) => `  ${l}`));
  out.push('', 'Segments', ...segmentLines(r.network).map((l) => `  ${l}`));
  return out;
}
