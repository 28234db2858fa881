// The kernel's time source (DESIGN §1.4): real time, or a manual clock that stands still
// between commands. Time never runs backwards, and a manual clock moves only forward, firing
// every timer due on the way, each at its own time.
import type { Kernel } from './kernel';

/** The largest time a JavaScript Date can hold. */
export const MAX_CLOCK = 8.64e15;

/** Why a clock change was refused. */
export type ClockRefusal = 'backwards' | 'clock-real' | 'overflow';

/** Freezes time where the kernel is now, or at a later time `at` (firing what falls due). */
export function setManualClock(k: Kernel, at?: number): ClockRefusal | undefined {
  if (at !== undefined && at < k.now) return 'backwards';
  if (at !== undefined && at > MAX_CLOCK) return 'overflow';
  k.state.clock = { mode: 'manual', now: k.now };
  if (at !== undefined) {
    k.advance(at);
    k.state.clock.now = at;
  }
  k.dirty = true;
  return undefined;
}

/**
 * Time follows the real clock again, at once: timers that fall due between the frozen time and
 * now fire here rather than surprising the next command. A manual clock that was ahead of real
 * time holds still until real time catches up.
 */
export function setRealClock(k: Kernel, realNow: number): void {
  k.state.clock = { mode: 'real', now: k.now };
  k.advance(Math.max(realNow, k.now));
  k.state.clock.now = k.now;
  k.dirty = true;
}

/** Moves a manual clock forward by `ms`. */
export function advanceClock(k: Kernel, ms: number): ClockRefusal | undefined {
  if (k.state.clock.mode !== 'manual') return 'clock-real';
  const to = k.state.clock.now + ms;
  if (to > MAX_CLOCK) return 'overflow';
  k.state.clock.now = to;
  k.advance(to);
  k.dirty = true;
  return undefined;
}
