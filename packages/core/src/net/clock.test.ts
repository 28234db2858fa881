import { describe, it, expect } from 'vitest';
import { bootedKernel, T0 } from '@ipmplab/test-support';
import { Kernel } from '../kernel/kernel';
import type { KernelHooks } from '../kernel/kernel';
import type { Timer } from '../kernel/model';
import { addTimer } from '../kernel/timers';
import { advanceTogether } from './clock';

/** A kernel whose 'mpathd' timers only record when and where they fired. */
function recorder(name: string, fired: string[]): Kernel {
  const base = bootedKernel();
  const hooks: KernelHooks = {
    ...base.hooks,
    timers: { ...base.hooks.timers, mpathd: (k) => { fired.push(`${name}@${k.now - T0}`); } },
    watchAdvance: () => undefined,
    afterRequests: () => undefined,
  };
  return new Kernel(hooks, base.state, base.routes, T0);
}

const timer = (at: number): Timer => ({ at: T0 + at, kind: 'mpathd', name: '', family: 'inet', id: 0, addr: '' });

describe('the lab clock', () => {
  it('fires every host\'s timers in one time order, whichever host comes first in the list', () => {
    const fired: string[] = [];
    const a = recorder('a', fired);
    const b = recorder('b', fired);
    for (const at of [100, 300, 500]) addTimer(a, timer(at));
    for (const at of [200, 400]) addTimer(b, timer(at));
    advanceTogether([b, a], T0 + 1000);
    expect(fired).toEqual(['a@100', 'b@200', 'a@300', 'b@400', 'a@500']);
    expect([a.now, b.now]).toEqual([T0 + 1000, T0 + 1000]);
  });

  it('moves no clock back and leaves a real clock alone', () => {
    const a = recorder('a', []);
    const b = recorder('b', []);
    b.now = T0 + 5000;
    b.state.clock.now = b.now;
    const c = recorder('c', []);
    c.state.clock = { mode: 'real', now: T0 };
    addTimer(c, timer(10));
    advanceTogether([a, b, c], T0 + 1000);
    expect([a.now, b.now, c.now]).toEqual([T0 + 1000, T0 + 5000, T0]);
    expect(c.state.timers.length).toBe(1);
  });
});
