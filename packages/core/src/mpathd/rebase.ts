// in.mpathd keeps its times on a clock that never jumps (mpd_main.c getcurrenttime reads
// gethrtime). The simulated daemon keeps them on the kernel clock, so when that clock is set to
// another date every time it stored moves by the same amount: windows, deadlines and the probe
// history keep their distance from now.
import type { Kernel } from '../kernel/kernel';
import type { MpathdState } from './types';
import { mpathdMemory } from './memory';

/** The kernel clock was rebased by `by` ms (kernel/clock.ts, through the host's onRebase hook). */
export function onClockRebase(k: Kernel, by: number): void {
  const st = mpathdMemory(k);
  if (st) shiftMpathdTimes(st, by);
}

export function shiftMpathdTimes(st: MpathdState, by: number): void {
  for (const p of Object.values(st.phyints)) {
    p.linkUps = p.linkUps.map((t) => t + by);
    if (p.dampedUntil !== undefined) p.dampedUntil += by;
    for (const pf of Object.values(p.probes)) {
      // 0 means the quiet period already ended (the first answered probe ends it).
      if (pf && pf.quietUntil !== 0) pf.quietUntil += by;
    }
  }
  for (const e of st.probeLog) e.at += by;
}
