// The kernel timer queue: pending timers in time order, kept in the state document. What a
// timer does when it fires is not the queue's business: the Kernel's advance() takes the due ones
// and dispatches them by kind through the table its host gave it (kernel.ts KernelHooks).
import type { Timer } from './model';

/** What the queue needs of its owner (the Kernel): the timers, and the flag that saves them. */
interface TimerQueueOwner {
  readonly state: { timers: Timer[] };
  dirty: boolean;
}

export function addTimer(k: TimerQueueOwner, t: Timer): void {
  k.state.timers.push(t);
  k.state.timers.sort((a, b) => a.at - b.at);
  k.dirty = true;
}

export function cancelTimers(k: TimerQueueOwner, pred: (t: Timer) => boolean): void {
  const before = k.state.timers.length;
  k.state.timers = k.state.timers.filter((t) => !pred(t));
  if (k.state.timers.length !== before) k.dirty = true;
}

export function nextTimerAt(k: TimerQueueOwner): number | undefined {
  return k.state.timers[0]?.at;
}

/** Removes and returns the first timer due at or before `to`, if any. */
export function takeDueTimer(k: TimerQueueOwner, to: number): Timer | undefined {
  const t = k.state.timers[0];
  if (!t || t.at > to) return undefined;
  k.state.timers.shift();
  k.dirty = true;
  return t;
}
