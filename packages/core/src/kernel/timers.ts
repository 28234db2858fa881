// The kernel timer queue. Commands advance the kernel to "now" first, firing due timers in
// time order, each at its own time, so a manual clock gives the same result as a real one.
// Whole cycles of steady probing are jumped over with the same result (mpathd/steady.ts).
import type { Kernel } from './kernel';
import type { Timer } from './model';
import { onDadTimer, onRecoveryTimer } from './if/dad';
import { onProbeTimer } from '../mpathd/probe';
import { mpathdSync } from '../mpathd/daemon';
import { SteadyProbing } from '../mpathd/steady';

export function addTimer(k: Kernel, t: Timer): void {
  k.state.timers.push(t);
  k.state.timers.sort((a, b) => a.at - b.at);
  k.dirty = true;
}

export function cancelTimers(k: Kernel, pred: (t: Timer) => boolean): void {
  const before = k.state.timers.length;
  k.state.timers = k.state.timers.filter((t) => !pred(t));
  if (k.state.timers.length !== before) k.dirty = true;
}

export function nextTimerAt(k: Kernel): number | undefined {
  return k.state.timers[0]?.at;
}

export function fireDueTimers(k: Kernel, to: number): void {
  const steady = k.stepTimers ? undefined : new SteadyProbing(k, to);
  for (;;) {
    const t = k.state.timers[0];
    if (!t || t.at > to) return;
    k.state.timers.shift();
    k.dirty = true;
    if (t.at > k.now) k.now = t.at;
    if (t.kind === 'dad') onDadTimer(k, t);
    else if (t.kind === 'dad-recovery') onRecoveryTimer(k, t);
    else if (t.kind === 'mpathd-probe') onProbeTimer(k, t);
    else mpathdSync(k);
    k.drainDeferred();
    k.timerStats.fired++;
    steady?.afterFire();
  }
}
