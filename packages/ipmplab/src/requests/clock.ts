// `ipmplab clock [manual [TIME]|real|advance DURATION]`: the kernel's time source. A manual clock
// stands still between commands, so DAD and failure detection can be rehearsed step by step;
// only `advance` makes it pass. Setting another date or going back to real time rebases the
// clock (the kernel's rule, clock.ts): pending timers keep their remaining delays.
//
// The lab has one clock: a change is made on the command's host, then carried to every other
// running host in the same transaction (each kernel keeps the clock's state, so each fires its
// own timers as time passes). A host that is off keeps its time until it is powered on, when
// it takes the lab's.
import { setManualClock, setRealClock, advanceRefusal, advanceLab, MAX_CLOCK, labClock, labTimers, consoleMark } from '@ipmplab/core/lab';
import type { Kernel } from '@ipmplab/core/syscalls';
import type { ClockRefusal } from '@ipmplab/core/lab';
import type { LabContext } from '../context';
import { listHosts } from '@ipmplab/core/store';
import { iso } from '../context';
import { LabFailure } from '../messages';
import { logJson, logText } from './console';
import { formatDuration } from '../duration';
import { done } from '../outcome';
import type { Outcome } from '../outcome';

const clockLine = (k: Kernel, extra = '') => `ipmplab: clock is ${labClock(k).mode}, kernel time ${iso(k.now)}${extra}`;
const clockJson = (k: Kernel) => ({ mode: labClock(k).mode, now: iso(k.now), nowMs: k.now });

/** What a rebase did, said when timers were waiting (they are the ones a jump could surprise). */
function rebased(k: Kernel, by: number, onto: string): string {
  const n = labTimers(k).length;
  if (by === 0 || n === 0) return '';
  const moved = `${formatDuration(Math.abs(by))} ${by < 0 ? 'back' : 'forward'}`;
  return ` (moved ${moved}${onto}; ${n} pending timer${n === 1 ? ' keeps its' : 's keep their'} remaining delay${n === 1 ? '' : 's'})`;
}

export function clockShow(ctx: LabContext): Outcome {
  return ctx.session.run((k) => done([clockLine(k)], clockJson(k)));
}

/** The lab's words for a clock change the kernel refused. */
function refused(why: ClockRefusal): LabFailure {
  if (why === 'clock-real') return new LabFailure('clockReal');
  return new LabFailure('clockOverflow', { max: iso(MAX_CLOCK) });
}

/**
 * Runs a clock change on the command's host, then brings every other running host to the same
 * clock (`follow`), in one transaction; what the command's host did is what is reported.
 */
function labWide<T>(ctx: LabContext, change: (k: Kernel) => T, follow: (other: Kernel, me: Kernel) => void): T {
  return ctx.session.runLab((lab) => {
    const id = ctx.session.hostId();
    const me = lab.kernel(id);
    const result = change(me);
    for (const h of listHosts(lab.db)) if (h.power && h.id !== id) follow(lab.kernel(h.id), me);
    return result;
  });
}

/** Freezes time where the kernel is now (the transaction already advanced it to real time), or at TIME. */
export function clockManual(ctx: LabContext, at?: number): Outcome {
  return labWide(ctx, (k) => {
    const from = k.now;
    const why = setManualClock(k, at);
    if (why) throw refused(why);
    const json = at === undefined ? clockJson(k) : { ...clockJson(k), movedMs: k.now - from };
    return done([clockLine(k, rebased(k, k.now - from, ''))], json);
  }, (other, me) => setManualClock(other, me.now));
}

/** Time follows the real clock again, from the wall clock's time now. */
export function clockReal(ctx: LabContext, realNow: () => number = Date.now): Outcome {
  const wall = realNow();
  return labWide(ctx, (k) => {
    const by = setRealClock(k, wall);
    return done([clockLine(k, rebased(k, by, ' onto the wall clock'))], { ...clockJson(k), movedMs: by });
  }, (other) => setRealClock(other, wall));
}

/**
 * Moves a manual clock forward, firing every timer due on the way, each at its own time, on
 * every running host. The routing messages counted are the command's host's (each host has its
 * own journal); the console lines shown are every host's, in time order, each with its host's
 * name as syslog writes it.
 */
export function clockAdvance(ctx: LabContext, ms: number): Outcome {
  return ctx.session.runLab((lab) => {
    const id = ctx.session.hostId();
    const running = listHosts(lab.db).filter((h) => h.power);
    const me = lab.kernel(id);
    // Marks first: the command's host's probes may bring the others on as they go.
    const marks = running.map((h) => ({ name: h.name, since: consoleMark(lab.kernel(h.id)) }));
    const sent = me.sent;
    const why = advanceRefusal(me, ms);
    if (why) throw refused(why);
    // Onto the lab's time exactly, whatever another host's clock said before; then every
    // host's timers fire in one time order.
    for (const h of running) {
      const other = lab.kernel(h.id);
      if (h.id !== id && labClock(other).mode !== 'manual') setManualClock(other, me.now);
    }
    advanceLab(lab, me.now + ms);
    const messages = me.sent - sent;
    const lines = marks.flatMap((m) => m.since().map((line) => ({ host: m.name, line })))
      .sort((a, b) => a.line.at - b.line.at);
    const log = lines.filter((l) => l.host === ctx.session.hostName()).map((l) => l.line);
    const extra = ` (advanced ${formatDuration(ms)}; ${messages} routing message${messages === 1 ? '' : 's'})`;
    return done(
      [clockLine(me, extra), ...lines.flatMap((l) => logText([l.line], l.host))],
      { ...clockJson(me), advancedMs: ms, messages, log: log.map(logJson), lab: lines.map((l) => ({ host: l.host, ...logJson(l.line) })) },
    );
  });
}
