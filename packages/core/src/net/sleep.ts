// A program that waits (ping between its probes) on the lab's clock: under a manual clock the
// wait is the lab's time passing, so every running host's clock moves on by it and fires what
// falls due, in order, as `ipmplab clock advance` does; under the real clock the program sleeps
// for real (the caller does) and each host catches up at its next command.
import type { LabTransaction } from '../store/transaction';
import { listHosts } from '../store/hosts';
import { advanceClock } from '../kernel/clock';

/** Advances a manual lab clock by `ms` on every running host; false (nothing done) on the real clock. */
export function sleepOnLabClock(lab: LabTransaction, host: number, ms: number): boolean {
  if (lab.kernel(host).state.clock.mode !== 'manual') return false;
  for (const h of listHosts(lab.db)) if (h.power) advanceClock(lab.kernel(h.id), ms);
  return true;
}
