import { describe, it, expect } from 'vitest';
import { bootedKernel, configure, T0 } from '@ipmplab/test-support';
import { setManualClock, setRealClock, advanceClock, MAX_CLOCK } from './clock';
import { DAD_MS } from './if/dad';
import { RTM } from '../wire';

const dueIn = (k: ReturnType<typeof bootedKernel>) => k.state.timers.map((t) => t.at - k.now);

describe('the kernel clock', () => {
  it('advancing a manual clock makes time pass, firing what falls due on the way', () => {
    const k = bootedKernel();
    configure(k, 'net0', 'inet', '10.0.0.1', '255.0.0.0'); // DAD pending
    expect(k.state.timers.length).toBeGreaterThan(0);
    expect(advanceClock(k, 10_000)).toBeUndefined();
    expect([k.now, k.state.clock.now, k.state.timers.length]).toEqual([T0 + 10_000, T0 + 10_000, 0]);
  });

  it('setting a manual clock to another date, back or forward, fires nothing: timers keep their remaining delays', () => {
    const k = bootedKernel();
    configure(k, 'net0', 'inet', '10.0.0.1', '255.0.0.0');
    advanceClock(k, 100);
    expect(dueIn(k)).toEqual([DAD_MS.inet - 100]);
    expect(setManualClock(k, T0 - 86_400_000)).toBeUndefined();
    expect([k.now, k.state.clock]).toEqual([T0 - 86_400_000, { mode: 'manual', now: T0 - 86_400_000 }]);
    expect(dueIn(k)).toEqual([DAD_MS.inet - 100]);
    expect(setManualClock(k, T0 + 365 * 86_400_000)).toBeUndefined();
    expect(dueIn(k)).toEqual([DAD_MS.inet - 100]);
    expect(k.emitted.filter((e) => e.msg.type === RTM.NEWADDR)).toEqual([]);
    advanceClock(k, DAD_MS.inet - 100);
    expect(k.state.timers).toEqual([]);
  });

  it('refuses to advance a real clock or past the largest date, changing nothing', () => {
    const k = bootedKernel();
    expect(advanceClock(k, MAX_CLOCK)).toBe('overflow');
    expect(setManualClock(k, MAX_CLOCK + 1)).toBe('overflow');
    expect(k.state.clock).toEqual({ mode: 'manual', now: T0 });
    setRealClock(k, T0 + 5);
    expect(k.state.clock).toEqual({ mode: 'real', now: T0 + 5 });
    expect(advanceClock(k, 1000)).toBe('clock-real');
    expect(k.now).toBe(T0 + 5);
  });

  it('back to real time, a clock that ran ahead is rebased onto the wall clock; pending DAD keeps what was left of its delay', () => {
    const k = bootedKernel();
    setManualClock(k, T0 + 11 * 60_000);
    configure(k, 'net0', 'inet', '10.0.0.1', '255.0.0.0');
    advanceClock(k, 50);
    expect(setRealClock(k, T0 + 1)).toBe(-(11 * 60_000 + 50 - 1));
    expect([k.now, k.state.clock]).toEqual([T0 + 1, { mode: 'real', now: T0 + 1 }]);
    expect(dueIn(k)).toEqual([DAD_MS.inet - 50]);
    // Real time passing fires it at its time, not when the wall clock reaches the old date.
    k.advance(T0 + 1 + DAD_MS.inet - 50);
    expect(k.state.timers).toEqual([]);
  });

  it('back to real time, a clock that fell behind is rebased too: nothing fires because of the jump', () => {
    const k = bootedKernel();
    configure(k, 'net0', 'inet', '10.0.0.1', '255.0.0.0');
    expect(setRealClock(k, T0 + 3_600_000)).toBe(3_600_000);
    expect(dueIn(k)).toEqual([DAD_MS.inet]);
  });
});
