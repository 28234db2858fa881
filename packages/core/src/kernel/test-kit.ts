// Helpers for kernel unit tests: a booted kernel on an in-memory table, and a compact view of
// the messages it emitted.
import { Kernel } from './kernel';
import { boot } from './boot';
import { MemoryRouteTable } from './route-table';
import { rtmName } from '../wire';
import type { Emitted } from './kernel';

export const T0 = 1_700_000_000_000;

export function bootedKernel(links = ['net0', 'net1', 'net2', 'net3']): Kernel {
  const routes = new MemoryRouteTable();
  const state = boot(links, routes, T0);
  state.clock = { mode: 'manual', now: T0 };
  return new Kernel(state, routes, T0);
}

/** "RTM_IFINFO net0 <flags hex>" style one-liners, for sequence assertions. */
export function summarize(e: Emitted): string {
  const m = e.msg;
  const name = rtmName(m.type);
  const sa = m.sockaddrs;
  const addr = (x: typeof sa.DST) => (x && (x.family === 'inet' || x.family === 'inet6') ? x.addr : x && x.family === 'link' ? x.name : '-');
  if (m.header === 'if') return `${name} ${addr(sa.IFP)} ${m.flags.toString(16)}`;
  if (m.header === 'ifa') return `${name} ${addr(sa.IFA)}/${addr(sa.NETMASK)} ${addr(sa.IFP)}`;
  return `${name} ${addr(sa.DST)}/${addr(sa.NETMASK)}`;
}

export function drain(k: Kernel): string[] {
  const out = k.emitted.map(summarize);
  k.emitted.length = 0;
  return out;
}
