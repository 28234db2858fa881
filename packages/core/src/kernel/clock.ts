// The kernel's time source (DESIGN §1.4): real time, or a manual clock that stands still
// between commands. Only `advanceClock` (and real time passing) makes time pass, firing every
// timer due on the way, each at its own time. Setting the clock to another date, or switching
// between manual and real, rebases it instead: every pending timer, and in.mpathd's own times,
// move with it, so each keeps its remaining delay and nothing fires because of the jump
// (in.mpathd's through the host's onRebase hook, mpathd/rebase.ts).
import type { Kernel } from './kernel';

/** The largest time a JavaScript Date can hold. */
export const MAX_CLOCK = 8.64e15;

/** Why a clock change was refused. */
export type ClockRefusal = 'clock-real' | 'overflow';

/** Moves the kernel clock to `to` without time passing; returns by how much it moved. */
export function rebase(k: Kernel, to: number): number {
  const by = to - k.now;
  if (by === 0) return 0;
  for (const t of k.state.timers) t.at += by;
  k.hooks.onRebase(k, by);
  k.now = to;
  k.dirty = true;
  return by;
}

/** Freezes time where the kernel is now, or sets a frozen clock to `at` (either way from now). */
export function setManualClock(k: Kernel, at?: number): ClockRefusal | undefined {
  if (at !== undefined && at > MAX_CLOCK) return 'overflow';
  if (at !== undefined) rebase(k, at);
  k.state.clock = { mode: 'manual', now: k.now };
  k.dirty = true;
  return undefined;
}

/**
 * Time follows the real clock again, from the wall clock's time now: a manual clock that ran
 * ahead of it (or fell behind) is rebased, so a pending DAD still completes after what was
 * left of its delay rather than when the wall clock catches up. Returns how far it moved.
 */
export function setRealClock(k: Kernel, realNow: number): number {
  if (k.state.clock.mode === 'real') return 0; // already following it
  const by = rebase(k, realNow);
  k.state.clock = { mode: 'real', now: k.now };
  k.dirty = true;
  return by;
}

/** Why moving the clock forward by `ms` would be refused, if it would. */
export function advanceRefusal(k: Kernel, ms: number): ClockRefusal | undefined {
  if (k.state.clock.mode !== 'manual') return 'clock-real';
  return k.state.clock.now + ms > MAX_CLOCK ? 'overflow' : undefined;
}

/** Moves a manual clock forward by `ms`. */
export function advanceClock(k: Kernel, ms: number): ClockRefusal | undefined {
  const why = advanceRefusal(k, ms);
  if (why) return why;
  const to = k.state.clock.now + ms;
  k.state.clock.now = to;
  k.advance(to);
  k.dirty = true;
  return undefined;
}
