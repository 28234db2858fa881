// `ipmplab clock [manual|real|advance DURATION]`: the kernel's time source. A manual clock
// stands still between commands, so DAD and failure detection can be rehearsed step by step.
import { kernelNow } from '@ipmplab/core';
import type { Kernel } from '@ipmplab/core';
import type { LabContext } from './context';
import { iso } from './context';
import { LabFailure } from './messages';
import { markLog, logJson, logText } from './console';
import { formatDuration } from './duration';
import { done } from './outcome';
import type { Outcome } from './outcome';

/** The largest time a JavaScript Date can hold. */
const MAX_TIME = 8.64e15;

const clockLine = (k: Kernel, extra = '') => `ipmplab: clock is ${k.state.clock.mode}, kernel time ${iso(k.now)}${extra}`;
const clockJson = (k: Kernel) => ({ mode: k.state.clock.mode, now: iso(k.now), nowMs: k.now });

export function clockShow(ctx: LabContext): Outcome {
  return ctx.session.run((k) => done([clockLine(k)], clockJson(k)));
}

/** Freezes time where the kernel is now (the transaction already advanced it to real time). */
export function clockManual(ctx: LabContext, at?: number): Outcome {
  return ctx.session.run((k) => {
    if (at !== undefined && at < k.now) {
      throw new LabFailure('clockBackwards', { text: new Date(at).toISOString(), now: new Date(k.now).toISOString() });
    }
    k.state.clock = { mode: 'manual', now: k.now };
    // Moving to a later time fires what falls due on the way, in order.
    if (at !== undefined) {
      k.advance(at);
      k.state.clock.now = at;
    }
    k.dirty = true;
    return done([clockLine(k)], clockJson(k));
  });
}

/**
 * Time follows the real clock again, at once: timers that fall due between the frozen time and
 * now fire in this command rather than surprising the next one. A manual clock that was
 * ahead of real time holds still until real time catches up (time never runs backwards).
 */
export function clockReal(ctx: LabContext, realNow: () => number = Date.now): Outcome {
  return ctx.session.run((k) => {
    k.state.clock = { mode: 'real', now: k.now };
    const since = markLog(k);
    k.advance(kernelNow(k.state, realNow));
    k.state.clock.now = k.now;
    k.dirty = true;
    const log = since();
    return done([clockLine(k), ...logText(log)], { ...clockJson(k), log: log.map(logJson) });
  });
}

/** Moves a manual clock forward, firing every timer due on the way, each at its own time. */
export function clockAdvance(ctx: LabContext, ms: number): Outcome {
  return ctx.session.run((k) => {
    if (k.state.clock.mode !== 'manual') throw new LabFailure('clockReal');
    const to = k.state.clock.now + ms;
    if (to > MAX_TIME) throw new LabFailure('clockOverflow', { max: iso(MAX_TIME) });
    const sent = k.emitted.length;
    const since = markLog(k);
    k.state.clock.now = to;
    k.advance(to);
    k.dirty = true;
    const messages = k.emitted.length - sent;
    const log = since();
    const extra = ` (advanced ${formatDuration(ms)}; ${messages} routing message${messages === 1 ? '' : 's'})`;
    return done([clockLine(k, extra), ...logText(log)], { ...clockJson(k), advancedMs: ms, messages, log: log.map(logJson) });
  });
}
