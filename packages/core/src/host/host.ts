// A booted host: the kernel with in.mpathd running above it. The kernel knows nothing of the
// daemon; this is where the two are wired together, once, for every path that makes a kernel
// (commands, readers, boot, tests): the handler of each timer kind, and the points where
// in.mpathd reacts (after a command's requests, when the clock is rebased, during an advance).
import { Kernel } from '../kernel/kernel';
import type { Caller, KernelHooks } from '../kernel/kernel';
import type { RouteTable } from '../kernel/route/table';
import { boot } from '../kernel/boot';
import { DAD_TIMERS } from '../kernel/if/dad';
import { NCE_TIMERS } from '../kernel/ndp/timer';
import type { HostState } from '../mpathd/memory';
import type { MpathdState } from '../mpathd/types';
import { mpathdSync } from '../mpathd/daemon';
import { onProbeTimer } from '../mpathd/probe';
import { onClockRebase } from '../mpathd/rebase';
import { SteadyProbing } from '../mpathd/steady';

export type { HostState };

/** A kernel whose state document carries in.mpathd's memory, typed. */
export type HostKernel = Kernel<HostState>;

export const HOST_HOOKS: KernelHooks = {
  timers: {
    ...DAD_TIMERS,
    ...NCE_TIMERS,
    // in.mpathd's own deadline (link-flap damping) makes it look at the kernel again.
    mpathd: (k) => mpathdSync(k),
    'mpathd-probe': onProbeTimer,
  },
  watchAdvance: (k, to) => new SteadyProbing(k, to),
  afterRequests: mpathdSync,
  onRebase: onClockRebase,
};

/** The kernel of this host over a state document and a route table. */
export function hostKernel(state: HostState, routes: RouteTable, now: number, caller?: Caller): HostKernel {
  return new Kernel(HOST_HOOKS, state, routes, now, caller);
}

/** A freshly booted host's state: lo0 up for both families, in.mpathd not started yet. */
export function bootHost(linkNames: string[], routes: RouteTable, now: number, machine = 1): HostState {
  return boot<MpathdState>(linkNames, routes, now, HOST_HOOKS, machine);
}
