// The lab's one clock (manual mode): moving it moves every running host's, and their timers fire
// in one time order across the lab. The host whose next timer is earliest runs up to the next
// timer of any other host, then the next host, and so on; a host alone with its timers due runs
// in one go (and may skip over its steady probing, mpathd/steady.ts). A frame a host sends
// brings the receiver to the sender's time first (net/medium.ts), so what one host does to
// another lands at the right moment: no host is ever ahead of the earliest timer still due
// elsewhere. This holds because a host changes another only through the network (its caches,
// its counters), which never arms the other's timers: no timer can appear ahead of the horizon
// while one host runs.
import type { LabTransaction } from '../store/transaction';
import type { Kernel } from '../kernel/kernel';
import { listHosts } from '../store/hosts';
import { advanceClock, advanceRefusal } from '../kernel/clock';
import { nextTimerAt } from '../kernel/timers';

/** Every running host's clock moves to `to` (none moves back), timers firing in lab-wide time order. */
export function advanceLab(lab: LabTransaction, to: number): void {
  advanceTogether(listHosts(lab.db).filter((h) => h.power).map((h) => lab.kernel(h.id)), to);
}

/** advanceLab over the kernels given. Only manual clocks move (a real one follows the wall clock). */
export function advanceTogether(kernels: Kernel[], to: number): void {
  const running = kernels.filter((k) => advanceRefusal(k, Math.max(0, to - k.now)) === undefined);
  for (;;) {
    let first: Kernel | undefined;
    let firstAt = Infinity;
    let secondAt = Infinity;
    for (const k of running) {
      const at = nextTimerAt(k);
      if (at === undefined || at > to) continue;
      if (at < firstAt) {
        secondAt = firstAt;
        firstAt = at;
        first = k;
      } else if (at < secondAt) secondAt = at;
    }
    if (!first) break;
    const until = Math.min(to, secondAt);
    advanceClock(first, Math.max(0, until - first.now));
  }
  for (const k of running) if (k.now < to) advanceClock(k, to - k.now);
}
