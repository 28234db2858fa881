import { describe, it, expect } from 'vitest';
import { bootedKernel, configure, T0 } from './test-kit';
import { setManualClock, setRealClock, advanceClock, MAX_CLOCK } from './clock';

describe('the kernel clock', () => {
  it('a manual clock moves only forward, firing what falls due on the way', () => {
    const k = bootedKernel();
    configure(k, 'net0', 'inet', '10.0.0.1', '255.0.0.0'); // DAD pending
    expect(k.state.timers.length).toBeGreaterThan(0);
    expect(setManualClock(k, T0 - 1)).toBe('backwards');
    expect(k.state.timers.length).toBeGreaterThan(0);
    expect(advanceClock(k, 10_000)).toBeUndefined();
    expect([k.now, k.state.clock.now, k.state.timers.length]).toEqual([T0 + 10_000, T0 + 10_000, 0]);
    expect(setManualClock(k, T0 + 20_000)).toBeUndefined();
    expect(k.state.clock).toEqual({ mode: 'manual', now: T0 + 20_000 });
  });

  it('refuses to advance a real clock or past the largest date, changing nothing', () => {
    const k = bootedKernel();
    expect(advanceClock(k, MAX_CLOCK)).toBe('overflow');
    expect(k.state.clock).toEqual({ mode: 'manual', now: T0 });
    setRealClock(k, T0 + 5);
    expect(k.state.clock).toEqual({ mode: 'real', now: T0 + 5 });
    expect(advanceClock(k, 1000)).toBe('clock-real');
    expect(k.now).toBe(T0 + 5);
  });

  it('back to real time, a clock that was ahead holds still (never backwards)', () => {
    const k = bootedKernel();
    setManualClock(k, T0 + 60_000);
    setRealClock(k, T0 + 1);
    expect([k.now, k.state.clock.mode]).toEqual([T0 + 60_000, 'real']);
  });
});
