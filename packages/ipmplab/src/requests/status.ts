// `ipmplab status`: what the lab host looks like right now, and the network around it, as data
// (printer/status.ts draws it).
import { ioctl, lastSeq } from '@ipmplab/core/syscalls';
import type { Family, Kernel } from '@ipmplab/core/syscalls';
import { labClock, labConflicts, labLinks, labTimers, networkView, routeCount } from '@ipmplab/core/lab';
import type { LabContext } from '../context';
import { iso } from '../context';
import { done } from '../outcome';
import type { Outcome } from '../outcome';
import { statusLines } from '../printer/status';
import type { StatusReport } from '../printer/status';
export type { StatusReport };
import { paint } from '../printer/colour';

export function gatherStatus(k: Kernel, state: string, wallNow: number): Omit<StatusReport, 'journalSeq' | 'host' | 'network'> {
  const clock = labClock(k);
  const manual = clock.mode === 'manual';
  // What the host runs, as a program learns it: uname(2).
  const uname = ioctl(k, 'UNAME', {});
  return {
    state,
    release: uname.distribution,
    uname: `${uname.sysname} ${uname.release} ${uname.version}`,
    clock: { mode: clock.mode, now: iso(clock.now), nowMs: clock.now, ...(manual ? { wallOffsetMs: clock.now - wallNow } : {}) },
    links: labLinks(k).map((l) => ({
      name: l.name,
      mtu: l.mtu,
      mac: l.mac,
      link: l.linkUp ? 'up' : 'down',
      plumbed: l.plumbed,
    })),
    routes: routeCount(k),
    timers: labTimers(k).map((t) => ({
      kind: t.kind, interface: t.interface, family: t.family, address: t.address, dueInMs: t.at - clock.now,
    })),
    conflicts: labConflicts(k).map((c) => ({ address: c.addr, mac: c.mac })),
  };
}

export function statusCommand(ctx: LabContext, realNow: () => number = Date.now): Outcome {
  // A reader: it never waits for a command that holds the state. Timers that are due are shown
  // as done; the journal position is the last committed one (their messages are not in it yet).
  // The network is read in the same snapshot as the host.
  const report: StatusReport = ctx.session.view((k) => ({
    ...gatherStatus(k, ctx.session.path, realNow()),
    host: ctx.session.hostName(),
    journalSeq: lastSeq(ctx.session.db, ctx.session.hostId()),
    network: networkView(ctx.session.db),
  }));
  return done(statusLines(report, paint(ctx.io)), report);
}
