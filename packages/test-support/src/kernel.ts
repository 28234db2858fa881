// A kernel for unit tests, and interfaces configured on it through the ioctls ifconfig(8) and
// libipadm issue (never by writing the state directly).
import { bootHost, hostKernel, ioctl, DAD_MS, IFF, MemoryRouteTable } from '@ipmplab/core/testing';
import type { Caller, Family, HostKernel, Kernel } from '@ipmplab/core/testing';

export type { HostKernel };

export const T0 = 1_700_000_000_000;

/**
 * A booted host (the kernel with in.mpathd above it, wired as for every command) on an
 * in-memory route table, its clock manual at T0.
 */
export function bootedKernel(links = ['net0', 'net1', 'net2', 'net3'], caller?: Caller): HostKernel {
  const routes = new MemoryRouteTable();
  const state = bootHost(links, routes, T0);
  state.clock = { mode: 'manual', now: T0 };
  return hostKernel(state, routes, T0, caller);
}

/**
 * Plumbs the physical interface when needed, adds the logical one when missing, sets the mask
 * (first, as libipadm does) and the address when given, and brings it up; DAD left running.
 */
export function configure(k: Kernel, name: string, af: Family, addr?: string, mask?: string): void {
  const phys = name.split(':')[0];
  if (!k.state.phyints[phys]?.ills[af]) ioctl(k, 'PLUMB', { name: phys, af });
  if (name.includes(':') && !k.state.phyints[phys].ills[af]!.ipifs.some((i) => `${phys}:${i.id}` === name)) {
    ioctl(k, 'SIOCLIFADDIF', { name, af });
  }
  if (mask) ioctl(k, 'SIOCSLIFNETMASK', { name, af, addr: mask });
  if (addr) ioctl(k, 'SIOCSLIFADDR', { name, af, addr });
  up(k, name, af);
}

/** configure, then lets duplicate address detection finish. */
export function bringUp(k: Kernel, name: string, af: Family, addr?: string, mask?: string): void {
  configure(k, name, af, addr, mask);
  k.advance(k.now + DAD_MS[af] + 1);
}

export function up(k: Kernel, name: string, af: Family = 'inet'): void {
  setFlags(k, name, af, IFF.UP);
}

export function down(k: Kernel, name: string, af: Family = 'inet'): void {
  setFlags(k, name, af, 0n, IFF.UP);
}

/** SIOCGLIFFLAGS, then SIOCSLIFFLAGS with the bits `on` set and the bits `off` cleared. */
export function setFlags(k: Kernel, name: string, af: Family, on: bigint, off = 0n): void {
  const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name, af });
  ioctl(k, 'SIOCSLIFFLAGS', { name, af, flags: (flags | on) & ~off });
}

/** setFlags for one bit (or several) turned on or off. */
export function setFlag(k: Kernel, name: string, bit: bigint, on: boolean, af: Family = 'inet'): void {
  setFlags(k, name, af, on ? bit : 0n, on ? 0n : bit);
}

export function flagsOf(k: Kernel, name: string, af: Family = 'inet'): bigint {
  return ioctl(k, 'SIOCGLIFFLAGS', { name, af }).flags;
}

/** Runs f and returns the errno it failed with (or 0). */
export function errnoOf(f: () => unknown): number {
  try {
    f();
    return 0;
  } catch (e) {
    return (e as { errno?: number }).errno ?? -1;
  }
}
