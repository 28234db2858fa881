// `ipmplab host ...`, `segment ...`, `plug`, `unplug`: the lab as a network. Each is one write
// transaction over the lab (session.runLab); what they show comes from the network's view.
// Segments and cables are the medium between the hosts: no kernel sees them, so plugging or
// unplugging changes no host's state (`ipmplab link` is a NIC's carrier).
import { addHost, removeHost, renameHost, makeDefaultHost, powerOff, powerOn, addSegment, removeSegment, setSegmentUp, setSegmentLoss, plug, unplug,
  networkView, NetError } from '@ipmplab/core/lab';
import type { NetRefusal } from '@ipmplab/core/lab';
import type { Release } from '@ipmplab/core/syscalls';
import { openSession, withSharedSessions } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import type { LabTransaction } from '@ipmplab/core/store';
import type { LabContext } from '../context';
import { iso } from '../context';
import { LabFailure } from '../messages';
import { done } from '../outcome';
import type { Outcome } from '../outcome';
import { hostLines, segmentLines } from '../printer/network';
import { bootIpmgmtd } from './boot-ipmgmtd';
import { applyPersistentConfiguration } from './reboot';

/** The lab's words for what the network refused. */
function failure(r: NetRefusal): LabFailure {
  switch (r.code) {
    case 'host-exists': return new LabFailure('hostExists', { host: r.host });
    case 'no-host': return new LabFailure('noHost', { host: r.host });
    case 'last-host': return new LabFailure('lastHost', { host: r.host });
    case 'default-host': return new LabFailure('defaultHostRm', { host: r.host });
    case 'too-many-hosts': return new LabFailure('tooManyHosts', { host: r.host, max: r.max });
    case 'segment-exists': return new LabFailure('segmentExists', { segment: r.segment });
    case 'no-segment': return new LabFailure('noSegment', { segment: r.segment });
    case 'too-many-segments': return new LabFailure('tooManySegments', { segment: r.segment, max: r.max });
    case 'no-link': return new LabFailure('noHostLink', { host: r.host, link: r.link });
    case 'plugged': return new LabFailure('plugged', { host: r.host, link: r.link, segment: r.segment });
    case 'not-plugged': return new LabFailure('notPlugged', { host: r.host, link: r.link });
  }
}

/** Runs a network change as one lab transaction; a refusal rolls it back and is worded. */
function change<T>(ctx: LabContext, fn: (db: LabContext['session']['db'], lab: LabTransaction) => T): T {
  try {
    return ctx.session.runLab((lab) => fn(lab.db, lab));
  } catch (e) {
    if (e instanceof NetError) throw failure(e.refusal);
    throw e;
  }
}

export function hostAdd(ctx: LabContext, name: string, links: string[] | undefined, release: Release | undefined, realNow: () => number = Date.now): Outcome {
  const r = change(ctx, (db) => addHost(db, name, links, release, realNow));
  // A new machine's boot services, as `init` runs them (a Solaris 11.4 host persists lo0).
  if (r.release === 'solaris11') {
    const session = openSession(ctx.session.path, ctx.io, name);
    try {
      bootIpmgmtd(session);
    } finally {
      session.close();
    }
  }
  return done(
    [`ipmplab: host ${name} booted with links ${r.links.join(' ')}`],
    { host: name, links: r.links, release: r.release, clock: { mode: r.clock.mode, now: iso(r.clock.now) } },
  );
}

export function hostList(ctx: LabContext): Outcome {
  const v = ctx.session.viewLab(networkView);
  return done(hostLines(v), { hosts: v.hosts });
}

export function hostRemove(ctx: LabContext, name: string): Outcome {
  change(ctx, (db) => removeHost(db, name));
  return done([`ipmplab: host ${name} removed`], { host: name, removed: true });
}

export function hostRename(ctx: LabContext, name: string, to: string): Outcome {
  change(ctx, (db) => renameHost(db, name, to));
  return done([`ipmplab: host ${name} is now ${to}`], { host: to, was: name });
}

export function hostDefault(ctx: LabContext, name: string): Outcome {
  const changed = change(ctx, (db) => makeDefaultHost(db, name));
  return done([`ipmplab: host ${name} is the default host${changed ? '' : ' (unchanged)'}`], { host: name, default: true, changed });
}

export function hostPowerOff(ctx: LabContext, name: string): Outcome {
  const changed = change(ctx, (db) => powerOff(db, name));
  return done([`ipmplab: host ${name} is off${changed ? '' : ' (unchanged)'}`], { host: name, power: 'off', changed });
}

/**
 * Power on boots the host and applies its persistent configuration, as `ipmplab reboot` does
 * (its lines are printed as they run); exit status 1 when a boot line failed.
 */
export function runPowerOn(io: ToolIO, statePath: string, name: string, realNow: () => number = Date.now): number {
  return withSharedSessions(() => {
    const lab = openSession(statePath, io);
    let booted: boolean;
    try {
      booted = change({ session: lab, io }, (db) => powerOn(db, name, realNow)) !== undefined;
    } catch (e) {
      if (!(e instanceof LabFailure)) throw e;
      io.stderr(`ipmplab: ${e.message}\n`);
      return e.exit;
    }
    if (!booted) {
      io.stdout(`ipmplab: host ${name} is on (unchanged)\n`);
      return 0;
    }
    io.stdout(`ipmplab: host ${name} powered on; applying the persistent configuration\n`);
    return applyPersistentConfiguration(io, statePath, openSession(statePath, io, name));
  });
}

export function segmentAdd(ctx: LabContext, name: string): Outcome {
  change(ctx, (db) => addSegment(db, name));
  return done([`ipmplab: segment ${name} added`], { segment: name, added: true });
}

export function segmentRemove(ctx: LabContext, name: string): Outcome {
  const n = change(ctx, (db) => removeSegment(db, name));
  const extra = n === 0 ? '' : ` (${n} cable${n === 1 ? '' : 's'} unplugged)`;
  return done([`ipmplab: segment ${name} removed${extra}`], { segment: name, removed: true, unplugged: n });
}

export function segmentList(ctx: LabContext): Outcome {
  const v = ctx.session.viewLab(networkView);
  return done(segmentLines(v), { segments: v.segments });
}

export function segmentState(ctx: LabContext, name: string, up: boolean): Outcome {
  const changed = change(ctx, (db) => setSegmentUp(db, name, up));
  const word = up ? 'up' : 'down';
  return done([`ipmplab: segment ${name} is ${word}${changed ? '' : ' (unchanged)'}`], { segment: name, state: word, changed });
}

export function segmentLoss(ctx: LabContext, name: string, percent: number): Outcome {
  const was = change(ctx, (db) => setSegmentLoss(db, name, percent));
  return done([`ipmplab: segment ${name} drops ${percent}% of its frames${was === percent ? ' (unchanged)' : ''}`], { segment: name, loss: percent, was });
}

export function plugCommand(ctx: LabContext, host: string, link: string, segment: string): Outcome {
  change(ctx, (_db, lab) => plug(lab, host, link, segment));
  return done([`ipmplab: ${host}:${link} plugged into ${segment}`], { host, link, segment });
}

export function unplugCommand(ctx: LabContext, host: string, link: string): Outcome {
  const segment = change(ctx, (_db, lab) => unplug(lab, host, link));
  return done([`ipmplab: ${host}:${link} unplugged from ${segment}`], { host, link, segment: null, was: segment });
}
