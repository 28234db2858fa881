// Skipping ahead over steady probing. in.mpathd sends a probe from every test address each
// FAILURE_DETECTION_TIME/7 (mpd_probe.c); on a network that does not change, a probe changes
// nothing but counters, the round-trip averages and the probe log. A long clock advance would
// otherwise cost every probe interval of every interface (a year: hundreds of millions).
//
// The probes repeat with a period: every test address is probed once a round (the interval),
// targets are taken round robin, and the lab's round-trip time depends on the probe id mod 7
// (rttFor). So after L = 7 * lcm(target counts) rounds everything that decides what a probe does
// is as it was, once the round-trip averages have settled (their floating-point values become
// exactly periodic after a few hundred probes). The detector compares the whole kernel state at
// cycle boundaries, with the counters that only ever grow or only matter against a threshold
// taken out; three equal fingerprints in a row mean every later cycle does exactly the same,
// and whole cycles are jumped over: the timers move on, the counters grow by what a cycle adds.
// The cycles before the next other event (another timer, the end of a quiet or damping period,
// the end of the advance) are stepped normally, enough of them to fill the probe log anew, so
// the result is identical to stepping every probe: same state, same log, same messages.
// The host gives it to the kernel as the watcher of each advance (kernel.ts KernelHooks).
import type { AdvanceWatcher, Kernel } from '../kernel/kernel';
import type { Timer } from '../kernel/model';
import { encodeState } from '../store/codec';
import type { MpathdState, ProbeFamily } from './types';
import type { HostState } from './memory';
import { mpathdMemory } from './memory';
import { pendingTimers, stateDocument } from './kernel-view';
import { NUM_PROBE_FAILS, NUM_PROBE_REPAIRS } from './types';
import { PROBE_LOG, RTT_PERIOD, probeInterval } from './probe';

/** Fingerprints compared before a jump: the state repeated over two whole cycles. */
const REPEATS = 3;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Rounds after which target choice and round-trip times repeat: 7 * lcm(target counts). */
function cycleRounds(st: MpathdState): number {
  let l = RTT_PERIOD;
  for (const p of Object.values(st.phyints)) {
    for (const pf of Object.values(p.probes)) {
      const n = pf?.targets.length ?? 0;
      if (n > 0) l = (l / gcd(l, n)) * n;
    }
  }
  return l;
}

const families = (st: MpathdState): ProbeFamily[] =>
  Object.values(st.phyints).flatMap((p) => Object.values(p.probes).filter((pf): pf is ProbeFamily => pf !== undefined));

/** The counters that grow (or reset) with each probe, in a fixed order. */
function counters(st: MpathdState): number[] {
  const out = [st.probeId];
  for (const pf of families(st)) out.push(pf.next, pf.acked, pf.lost);
  return out;
}

function setCounters(st: MpathdState, values: number[]): void {
  st.probeId = values[0];
  let i = 1;
  for (const pf of families(st)) {
    pf.next = values[i++];
    pf.acked = values[i++];
    pf.lost = values[i++];
  }
}

/**
 * The kernel state at a cycle boundary with what a cycle changes regularly taken out: timer
 * times relative to the boundary, the counters by what decides a probe (the id mod 7, the
 * round-robin position, acked and lost up to their thresholds), the probe log left out (it is
 * output, and is stepped anew before the end). Anything else that changes makes it differ.
 */
function fingerprint(state: HostState, boundary: number): string {
  const st = state.mpathd!;
  const phyints = Object.fromEntries(Object.entries(st.phyints).map(([name, p]) => [name, {
    ...p,
    probes: Object.fromEntries(Object.entries(p.probes).map(([f, pf]) => [f, pf && {
      ...pf,
      next: pf.targets.length > 0 ? pf.next % pf.targets.length : pf.next,
      acked: Math.min(pf.acked, NUM_PROBE_REPAIRS),
      lost: Math.min(pf.lost, NUM_PROBE_FAILS),
    }])),
  }]));
  const log = state.log;
  return encodeState({
    ...state,
    log: [],
    timers: state.timers.map((t) => ({ ...t, at: t.at - boundary })),
    mpathd: { ...st, phyints, probeLog: [], probeId: st.probeId % RTT_PERIOD },
    // The console log only grows: its length and last line show whether a cycle added to it.
    logMark: [log.length, log[log.length - 1] ?? null],
  } as HostState);
}

/**
 * Up to when a jump may reach: the advance's end, the next timer that is not a probe, and the
 * next time a probe's outcome depends on (a quiet or damping period that ends).
 */
function horizon(k: Kernel, to: number): number {
  let h = to;
  for (const t of pendingTimers(k)) if (t.kind !== 'mpathd-probe' && t.at < h) h = t.at;
  for (const p of Object.values(mpathdMemory(k)!.phyints)) {
    if (p.dampedUntil !== undefined && p.dampedUntil > k.now && p.dampedUntil < h) h = p.dampedUntil;
    for (const pf of Object.values(p.probes)) if (pf && pf.quietUntil > k.now && pf.quietUntil < h) h = pf.quietUntil;
  }
  return h;
}

const isProbe = (t: Timer) => t.kind === 'mpathd-probe';

/**
 * Watches the timers fired during one advance and jumps over whole cycles of steady probing.
 * `afterFire` is called after every timer; it costs a comparison except at cycle boundaries.
 */
export class SteadyProbing implements AdvanceWatcher {
  private cycle = 0;
  private next = Infinity;
  private seen: { print: string; counters: number[] }[] = [];

  constructor(private readonly k: Kernel, private readonly to: number) {
    this.restart(k.now);
  }

  /** Starts counting cycles afresh from `at` (probing started, or its period changed). */
  private restart(at: number): void {
    const st = mpathdMemory(this.k);
    this.seen = [];
    this.cycle = st?.running ? cycleRounds(st) * probeInterval(st) : 0;
    this.next = this.cycle > 0 ? at + this.cycle : Infinity;
  }

  afterFire(): void {
    const timers = pendingTimers(this.k);
    while (this.next <= this.to && (timers.length === 0 || timers[0].at > this.next)) this.atBoundary(this.next);
  }

  private atBoundary(boundary: number): void {
    const k = this.k;
    const st = mpathdMemory(k);
    if (!st?.running || !pendingTimers(k).some(isProbe)) {
      // Nothing to watch until the next timer (probing may start then).
      this.restart(pendingTimers(k)[0]?.at ?? Infinity);
      return;
    }
    const cycle = cycleRounds(st) * probeInterval(st);
    if (cycle !== this.cycle) {
      this.restart(boundary);
      return;
    }
    this.next = boundary + cycle;
    this.seen.push({ print: fingerprint(stateDocument(k) as HostState, boundary), counters: counters(st) });
    if (this.seen.length > REPEATS) this.seen.shift();
    if (this.seen.length < REPEATS || this.seen.some((s) => s.print !== this.seen[0].print)) return;
    // The last cycle began where the one before it did: its growth repeats from now on.
    const last = this.seen[REPEATS - 1].counters;
    const growth = last.map((v, i) => v - this.seen[REPEATS - 2].counters[i]);
    // Cycles left to step at the end: enough probes to fill the probe log anew, and one more so
    // that no probe timer moves past the horizon.
    const perCycle = growth[0];
    const tail = (perCycle > 0 ? Math.ceil(PROBE_LOG / perCycle) : 0) + 1;
    // Strictly before the horizon: a probe timer never meets another timer at the same time.
    const n = Math.floor((horizon(k, this.to) - 1 - boundary) / cycle) - tail;
    if (n < 1) return;
    const by = n * cycle;
    const timers = pendingTimers(k);
    for (const t of timers) if (isProbe(t)) t.at += by;
    timers.sort((a, b) => a.at - b.at);
    setCounters(st, last.map((v, i) => v + n * growth[i]));
    k.now += by;
    k.dirty = true;
    k.timerStats.skipped += n * perCycle;
    this.seen = [];
    this.next = boundary + by + cycle;
  }
}
