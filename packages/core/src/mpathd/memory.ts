// in.mpathd's memory: what the running daemon knows, kept in the state document under the key
// `mpathd` so it lasts from one command to the next. The kernel keeps it without knowing its
// type (kernel/model.ts KernelState's `Mpathd` parameter); this is where it gets its type.
import type { Kernel } from '../kernel/kernel';
import type { KernelState } from '../kernel/model';
import type { MpathdState } from './types';
import { DEFAULT_CONFIG } from './types';
import { nameMap } from './kernel-view';

/** The state document of a host that runs in.mpathd: the kernel's, with the daemon's memory typed. */
export type HostState = KernelState<MpathdState>;

/** in.mpathd's memory, absent until it first starts. */
export function mpathdMemory(k: Kernel): MpathdState | undefined {
  return (k.state as HostState).mpathd;
}

/** in.mpathd's memory, made (not running, nothing learned) if it has none yet. */
export function mpathdState(k: Kernel): MpathdState {
  const state = k.state as HostState;
  state.mpathd ??= {
    running: false, config: { ...DEFAULT_CONFIG }, serial: 0, phyints: {}, groupStates: nameMap(), hosts: {}, probeLoss: [], probeLog: [], probeId: 0,
  };
  return state.mpathd;
}
