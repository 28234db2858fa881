// A freshly booted host: lo0 plumbed and up for IPv4 and IPv6, datalinks present but not plumbed.
import type { Datalink, KernelState } from './model';
import type { RouteTable } from './route/table';
import { Kernel } from './kernel';
import type { KernelHooks } from './kernel';
import { ioctl } from './ioctl';
import { IFF } from '../wire';
import { LINK_DEFAULT_MTU } from './link/dld';

export const DEFAULT_LINKS = ['net0', 'net1', 'net2', 'net3'];

/**
 * Distinct, locally administered Ethernet addresses, stable per link position and per machine
 * (the lab's host number, from 1: each host's NICs are its own, so ARP between hosts tells them
 * apart; machine 1 keeps the addresses a one-host lab always had).
 */
export function macFor(position: number, machine = 1): string {
  const board = 0x4c3a + machine - 1;
  const bytes = [0x02, 0x08, 0x20, (board >> 8) & 0xff, board & 0xff, 0x10 + position];
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** A state with nothing plumbed; no daemon has run yet, so it fits any daemon memory type. */
export function emptyState<Mpathd = unknown>(linkNames: string[], now: number, machine = 1): KernelState<Mpathd> {
  const links: Record<string, Datalink> = {};
  linkNames.forEach((name, i) => {
    links[name] = { name, mtu: LINK_DEFAULT_MTU, mac: macFor(i, machine), linkUp: true, device: `e1000g${i}` };
  });
  return {
    links,
    phyints: {},
    typeOrder: { inet: [], inet6: [] },
    lastIndex: 0,
    clock: { mode: 'real', now },
    timers: [],
    conflicts: [],
    log: [],
  };
}

/** Boots the kernel: lo0 for both families, up; no routing messages are kept from boot. */
export function boot<Mpathd = unknown>(linkNames: string[], routes: RouteTable, now: number, hooks: KernelHooks, machine = 1): KernelState<Mpathd> {
  const k = new Kernel(hooks, emptyState<Mpathd>(linkNames, now, machine), routes, now);
  for (const af of ['inet', 'inet6'] as const) {
    ioctl(k, 'PLUMB', { name: 'lo0', af });
    const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name: 'lo0', af });
    ioctl(k, 'SIOCSLIFFLAGS', { name: 'lo0', af, flags: flags | IFF.UP });
  }
  return k.state;
}
