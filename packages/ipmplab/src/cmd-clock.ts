// `ipmplab clock [manual|real|advance DURATION]`: the kernel's time source. A manual clock
// stands still between commands, so DAD and failure detection can be rehearsed step by step.
import { setManualClock, setRealClock, advanceClock, MAX_CLOCK } from '@ipmplab/core';
import type { Kernel, ClockRefusal } from '@ipmplab/core';
import type { LabContext } from './context';
import { iso } from './context';
import { LabFailure } from './messages';
import { markLog, logJson, logText } from './console';
import { formatDuration } from './duration';
import { done } from './outcome';
import type { Outcome } from './outcome';

const clockLine = (k: Kernel, extra = '') => `ipmplab: clock is ${k.state.clock.mode}, kernel time ${iso(k.now)}${extra}`;
const clockJson = (k: Kernel) => ({ mode: k.state.clock.mode, now: iso(k.now), nowMs: k.now });

export function clockShow(ctx: LabContext): Outcome {
  return ctx.session.run((k) => done([clockLine(k)], clockJson(k)));
}

/** The lab's words for a clock change the kernel refused. */
function refused(k: Kernel, why: ClockRefusal, at?: number): LabFailure {
  if (why === 'backwards') return new LabFailure('clockBackwards', { text: new Date(at!).toISOString(), now: new Date(k.now).toISOString() });
  if (why === 'clock-real') return new LabFailure('clockReal');
  return new LabFailure('clockOverflow', { max: iso(MAX_CLOCK) });
}

/** Freezes time where the kernel is now (the transaction already advanced it to real time). */
export function clockManual(ctx: LabContext, at?: number): Outcome {
  return ctx.session.run((k) => {
    const why = setManualClock(k, at);
    if (why) throw refused(k, why, at);
    return done([clockLine(k)], clockJson(k));
  });
}

/** Time follows the real clock again; what falls due on the way fires in this command. */
export function clockReal(ctx: LabContext, realNow: () => number = Date.now): Outcome {
  return ctx.session.run((k) => {
    const since = markLog(k);
    setRealClock(k, realNow());
    const log = since();
    return done([clockLine(k), ...logText(log)], { ...clockJson(k), log: log.map(logJson) });
  });
}

/** Moves a manual clock forward, firing every timer due on the way, each at its own time. */
export function clockAdvance(ctx: LabContext, ms: number): Outcome {
  return ctx.session.run((k) => {
    const sent = k.emitted.length;
    const since = markLog(k);
    const why = advanceClock(k, ms);
    if (why) throw refused(k, why);
    const messages = k.emitted.length - sent;
    const log = since();
    const extra = ` (advanced ${formatDuration(ms)}; ${messages} routing message${messages === 1 ? '' : 's'})`;
    return done([clockLine(k, extra), ...logText(log)], { ...clockJson(k), advancedMs: ms, messages, log: log.map(logJson) });
  });
}
