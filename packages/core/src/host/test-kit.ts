// Helpers for kernel and in.mpathd unit tests: a booted host on an in-memory table (the same
// wiring as every command, host.ts), and a compact view of the messages it emitted.
import type { Kernel } from '../kernel/kernel';
import { MemoryRouteTable } from '../kernel/route/table';
import { rtmName, IFF } from '../wire';
import type { Emitted, Caller } from '../kernel/kernel';
import type { Family } from '../kernel/model';
import { ioctl } from '../kernel/ioctl';
import { bootHost, hostKernel } from './host';
import type { HostKernel } from './host';

export { hostKernel };
export type { HostKernel };

export const T0 = 1_700_000_000_000;

export function bootedKernel(links = ['net0', 'net1', 'net2', 'net3'], caller?: Caller): HostKernel {
  const routes = new MemoryRouteTable();
  const state = bootHost(links, routes, T0);
  state.clock = { mode: 'manual', now: T0 };
  return hostKernel(state, routes, T0, caller);
}

/** "RTM_IFINFO net0 1000843" style one-liners, for sequence assertions. */
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

/** Plumb, set the address (mask first, as libipadm does) and bring it up; DAD left running. */
export function configure(k: Kernel, name: string, af: Family, addr: string, mask: string): void {
  const phys = name.split(':')[0];
  if (!k.state.phyints[phys]?.ills[af]) ioctl(k, 'PLUMB', { name: phys, af });
  if (name.includes(':') && !k.state.phyints[phys].ills[af]!.ipifs.some((i) => `${phys}:${i.id}` === name)) {
    ioctl(k, 'SIOCLIFADDIF', { name, af });
  }
  ioctl(k, 'SIOCSLIFNETMASK', { name, af, addr: mask });
  ioctl(k, 'SIOCSLIFADDR', { name, af, addr });
  up(k, name, af);
}

export function up(k: Kernel, name: string, af: Family = 'inet'): void {
  const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name, af });
  ioctl(k, 'SIOCSLIFFLAGS', { name, af, flags: flags | IFF.UP });
}

export function down(k: Kernel, name: string, af: Family = 'inet'): void {
  const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name, af });
  ioctl(k, 'SIOCSLIFFLAGS', { name, af, flags: flags & ~IFF.UP });
}

export function setFlag(k: Kernel, name: string, bit: bigint, on: boolean, af: Family = 'inet'): void {
  const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name, af });
  ioctl(k, 'SIOCSLIFFLAGS', { name, af, flags: on ? flags | bit : flags & ~bit });
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

import { encodeMessage, RTM, RTF, ZERO_METRICS } from '../wire';
import type { SockaddrSet, RtMessage } from '../wire';
import { rtsWrite } from '../kernel/rtsock/write';
import { openRtSocket } from '../kernel/rtsock/socket';

export interface RtSpec {
  type: keyof typeof RTM;
  dst: string;
  gateway?: string;
  mask?: string;
  flags?: number;
  ifpIndex?: number;
  seq?: number;
  inits?: number;
  metrics?: Partial<RtMessage['metrics']>;
}

/** Writes one request the way route(8) builds it; returns write(2)'s errno and the reply. */
export function rtRequest(k: Kernel, spec: RtSpec, pid = 4242) {
  const fam = spec.dst.includes(':') ? 'inet6' : 'inet';
  const sa = (a: string) => (fam === 'inet' ? { family: 'inet' as const, addr: a } : { family: 'inet6' as const, addr: a });
  const sockaddrs: SockaddrSet = { DST: sa(spec.dst) };
  if (spec.gateway) sockaddrs.GATEWAY = sa(spec.gateway);
  if (spec.mask) sockaddrs.NETMASK = sa(spec.mask);
  if (spec.ifpIndex !== undefined) sockaddrs.IFP = { family: 'link', index: spec.ifpIndex, type: 0, name: '', hwaddr: new Uint8Array() };
  const flags = spec.flags ?? (RTF.STATIC | (spec.type === 'GET' ? 0 : RTF.GATEWAY) | (spec.mask ? 0 : RTF.HOST));
  const bytes = encodeMessage({
    header: 'rt', type: RTM[spec.type], index: 0, flags, pid: 0, seq: spec.seq ?? 1, errno: 0, use: 0,
    inits: spec.inits ?? 0, metrics: { ...ZERO_METRICS, ...spec.metrics }, sockaddrs,
  });
  return rtsWrite(k, openRtSocket(pid), bytes);
}
