// A program that waits (ping between its probes) on the lab's clock: under a manual clock the
// wait is the lab's time passing, so every running host's clock moves on by it and fires what
// falls due, in lab-wide order (net/clock.ts), as `ipmplab clock advance` does; under the real clock the program sleeps
// for real (the caller does) and each host catches up at its next command.
import type { LabTransaction } from '../store/transaction';
import { advanceLab } from './clock';

/**
 * Advances a manual lab clock by `ms` on every running host, all to the same time (a host that a
 * frame already brought part of the way only goes the rest); false (nothing done) on the real clock.
 */
export function sleepOnLabClock(lab: LabTransaction, host: number, ms: number): boolean {
  const me = lab.kernel(host);
  if (me.state.clock.mode !== 'manual') return false;
  advanceLab(lab, me.now + ms);
  return true;
}
