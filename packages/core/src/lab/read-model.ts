// What the lab shows of the machine (`ipmplab status`, `log`, `dad list`, `link`, `clock`): plain
// data copied out of the kernel, so the lab's commands never hold the kernel's state itself. The
// world the lab controls (cables, other hosts, the clock) and the console are not things a
// program on the host could ask the kernel for; they are the lab's view from outside.
import type { Kernel } from '../kernel/kernel';
import { FAMILIES } from '../kernel/model';
import type { DadConflict, Family, KernelLogLine, Timer } from '../kernel/model';
import { lifName } from '../kernel/if/names';

export interface LinkView {
  name: string;
  mtu: number;
  mac: string;
  /** The cable is plugged in. */
  linkUp: boolean;
  /** Families the link is plumbed for. */
  plumbed: Family[];
}

export interface ClockView {
  mode: 'real' | 'manual';
  /** The kernel's time (ms since the epoch). */
  now: number;
}

export interface TimerView {
  kind: Timer['kind'];
  /** The logical interface it runs for (net0:1). */
  interface: string;
  family: Family;
  address: string;
  /** When it fires (kernel time, ms). */
  at: number;
}

function linkView(k: Kernel, name: string): LinkView | undefined {
  const l = k.state.links[name];
  if (!l) return undefined;
  return { name: l.name, mtu: l.mtu, mac: l.mac, linkUp: l.linkUp, plumbed: FAMILIES.filter((f) => k.state.phyints[l.name]?.ills[f]) };
}

/** Every datalink, in the order the machine has them. */
export function labLinks(k: Kernel): LinkView[] {
  return Object.keys(k.state.links).map((name) => linkView(k, name)!);
}

/** One datalink, or undefined when the machine has none of that name. */
export function labLink(k: Kernel, name: string): LinkView | undefined {
  return linkView(k, name);
}

export function labClock(k: Kernel): ClockView {
  return { mode: k.state.clock.mode, now: k.now };
}

/** Pending kernel timers (DAD, recovery, in.mpathd), first due first. */
export function labTimers(k: Kernel): TimerView[] {
  return k.state.timers.map((t) => ({ kind: t.kind, interface: lifName(t.name, t.id), family: t.family, address: t.addr, at: t.at }));
}

/** Addresses other hosts on the links own (`ipmplab dad conflict`), in the order they were made. */
export function labConflicts(k: Kernel): DadConflict[] {
  return k.state.conflicts.map((c) => ({ addr: c.addr, mac: c.mac }));
}

/** Routes in the forwarding table. */
export function routeCount(k: Kernel): number {
  return k.routes.count();
}

/** The console log (what /var/adm/messages holds) from kernel time `fromMs` on. */
export function consoleLog(k: Kernel, fromMs = -Infinity): KernelLogLine[] {
  return k.state.log.filter((l) => l.at >= fromMs).map((l) => ({ ...l }));
}

/** Marks the console log now; the returned function gives the lines logged since. */
export function consoleMark(k: Kernel): () => KernelLogLine[] {
  const log = k.state.log;
  const last = log[log.length - 1];
  return () => {
    // The log is trimmed from the front when full, so find the mark by identity, not by index.
    const current = k.state.log;
    const at = last ? current.lastIndexOf(last) : -1;
    return current.slice(at + 1).map((l) => ({ ...l }));
  };
}
