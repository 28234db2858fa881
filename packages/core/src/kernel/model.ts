// The kernel's interface state, modelled on illumos' three layers (ip_if.h):
// phyint (one per name, shared by both families) -> ill (one per name and family)
// -> ipif (logical interface, one address each). Flags live at the level illumos keeps them;
// SIOCGLIFFLAGS returns ipif | ill | phyint flags (ip_if.c ip_sioctl_get_flags).

import type { Family } from './family';
import type { Route } from './route/table';
export type { Family } from './family';
export { FAMILIES } from './family';

/** A datalink (dladm show-link): exists before IP is plumbed on it. */
export interface Datalink {
  name: string;
  mtu: number;
  /** Hardware address as lower-case hex bytes joined by ':' with leading zeros kept. */
  mac: string;
  /** Cable state: RUNNING follows it. */
  linkUp: boolean;
  /** The driver instance behind the link (dladm show-phys DEVICE); absent in older states. */
  device?: string;
  /** The NIC's own address, kept once `mac` is set to another (dladm reset-linkprop returns to it). */
  factoryMac?: string;
}

export interface Ipif {
  id: number;
  /** Per-address flags only (IFF_LOGINT_FLAGS). */
  flags: bigint;
  addr: string;
  /** The netmask as an address of the family ('255.255.255.0', 'ffff:ffff:ffff:ffff::'). */
  netmask: string;
  /** IPv4 broadcast address ('' when unset). */
  broadcast: string;
  /** Point-to-point destination ('' when unset). */
  dst: string;
  /** IPv6 subnet / token are kept per ipif as illumos does (SIOCSLIFSUBNET / SIOCSLIFTOKEN). */
  subnet?: { addr: string; prefixlen: number };
  /** DAD: an UP address is 'ready' once DAD completed (or was not needed). */
  ready: boolean;
}

export interface Ill {
  family: Family;
  /** Per-family flags (IFF_PHYINTINST_FLAGS). */
  flags: bigint;
  mtu: number;
  metric: number;
  /** Logical interfaces by id, ascending. */
  ipifs: Ipif[];
  /** Interface index whose addresses this ill uses as source (usesrc), 0 for none. */
  usesrcIndex: number;
  token?: { addr: string; prefixlen: number };
}

export interface Phyint {
  name: string;
  index: number;
  /** Per-name flags (IFF_PHYINT_FLAGS): RUNNING, LOOPBACK, VIRTUAL, FAILED, STANDBY, ... */
  flags: bigint;
  ills: Partial<Record<Family, Ill>>;
  /** IPMP group name this phyint is a member of ('' when none). */
  group: string;
  /** Its link's counters (the kstats netstat -i shows); absent until the first packet. */
  stats?: LinkStats;
}

/** Packets a NIC (or an IPMP interface) received and sent, and the errors (ill kstats). */
export interface LinkStats {
  ipackets: number;
  ierrors: number;
  opackets: number;
  oerrors: number;
}

/**
 * Timer kinds: the kernel's DAD, duplicate-address recovery and neighbour cache (nce_timer;
 * named by interface, family and neighbour address), and in.mpathd's (its own timers and probes). Each kind's handler is given to the kernel by its host (host/host.ts).
 */
export type TimerKind = 'dad' | 'dad-recovery' | 'mpathd' | 'mpathd-probe' | 'nce';

/** A pending kernel timer; addresses are named by physical name, family and logical id. */
export interface Timer {
  at: number;
  kind: TimerKind;
  name: string;
  family: Family;
  id: number;
  addr: string;
  /** A DAD run started by duplicate-address recovery (logs "recovered" on success). */
  recovery?: boolean;
}

export interface DadConflict {
  addr: string;
  /** Hardware address of the other host ("in use by <mac>"). */
  mac: string;
}

export interface KernelLogLine {
  at: number;
  level: 'WARNING' | 'NOTICE';
  text: string;
  /** Who logged it: the kernel (default) or in.mpathd (daemon facility, priority err). */
  source?: 'in.mpathd';
}

export interface ClockState {
  mode: 'real' | 'manual';
  /** Manual mode: the kernel's current time in ms since the epoch. */
  now: number;
}

/**
 * An IPMP group (ipmp.c ipmp_grp_t + the per-family illgrp state): its IPMP interface, the
 * underlying members in join order, and per family the active members in activation order,
 * the cast nominee and which member each UP data address is bound to.
 */
export interface IpmpGroup {
  name: string;
  /** The IPMP interface (a phyint with IFF_IPMP). */
  ifname: string;
  /** Creation order, for "newest group first" listings. */
  serial: number;
  /** Underlying interfaces, in the order they joined. */
  members: string[];
  active: Partial<Record<Family, string[]>>;
  nominee: Partial<Record<Family, string>>;
  /** Data address (logical id on the IPMP interface, "id/family") -> member it is bound to. */
  bindings: Record<string, string>;
  /** Per family, how many packets were sent through the group: the next active member in turn. */
  txTurn?: Partial<Record<Family, number>>;
}

/** A simulated connection holding a reference on the route it uses. */
export interface RouteHold {
  id: number;
  family: Family;
  dest: string;
  /** The route's id while it is in the table. */
  routeId: number;
}

/**
 * The state document. `Mpathd` is the memory of the user-level in.mpathd, kept in the same
 * document (absent until it first starts): opaque to the kernel, typed by mpathd/memory.ts.
 */
/**
 * The operating system the host simulates: current illumos, or Oracle Solaris 11.4. Tools read
 * it with uname(2) (the UNAME request) and pick their layouts and dialect from it.
 */
export type Release = 'illumos' | 'solaris11';
export const RELEASES: readonly Release[] = ['illumos', 'solaris11'];

/**
 * A neighbour cache entry (ip_ndp.h ncec_t): ARP for IPv4, NDP for IPv6, one table per host.
 * The host's own addresses are not kept here: the kernel derives their entries from the
 * interfaces (kernel/ndp/walk.ts). States follow RFC 4861 as illumos runs them for both families.
 */
export type NceState = 'INCOMPLETE' | 'REACHABLE' | 'STALE' | 'DELAY' | 'PROBE';

export interface Nce {
  family: Family;
  /** The IP interface the entry belongs to: an IPMP group's neighbours are on its IPMP interface. */
  ifname: string;
  addr: string;
  /** Hardware address, lower-case hex bytes joined by ':' ('' while INCOMPLETE). */
  mac: string;
  state: NceState;
  /** When reachability was last confirmed (ncec_last); 0 makes the next send verify it. */
  last: number;
  /** Requests still to send before the entry is given up (ncec_pcnt): INCOMPLETE and PROBE. */
  probes: number;
  /** Set by arp -s (NCE_F_STATIC); `nonud` unless "temp" (ATF_PERM), `publish` (ATF_PUBL), `authority` ("permanent"). */
  static?: boolean;
  nonud?: boolean;
  publish?: boolean;
  authority?: boolean;
  /** Creation order: a hash bucket lists its newest entry first (ip_ndp.c nce_add_impl). */
  serial: number;
}

export interface KernelState<Mpathd = unknown> {
  /** Absent in states written before releases: illumos. */
  release?: Release;
  links: Record<string, Datalink>;
  /** Phyints by name. */
  phyints: Record<string, Phyint>;
  /** Interface types (name prefixes) per family in the order first plumbed (ip_if.c ill_glist_insert). */
  typeOrder: Record<Family, string[]>;
  /** Last interface index handed out (ip_assign_ifindex is a monotonically increasing counter). */
  lastIndex: number;
  clock: ClockState;
  timers: Timer[];
  conflicts: DadConflict[];
  log: KernelLogLine[];
  /** References held on routes (`ipmplab hold`); absent in states written before routing. */
  holds?: RouteHold[];
  /** IPMP groups by name; absent in states written before IPMP. */
  groups?: Record<string, IpmpGroup>;
  groupSerial?: number;
  /** The simulated in.mpathd's memory (absent until it first starts). */
  mpathd?: Mpathd;
  /** Routes deleted while still referenced: out of the table, freed when the last hold goes. */
  condemned?: Route[];
  /** Protocol tunables set away from their boot value, by "<proto>/<name>" (kernel/tunables.ts). */
  tunables?: Record<string, string>;
  /** The neighbour cache (ARP and NDP); absent until the host first talks to a neighbour. */
  nces?: Nce[];
  nceSerial?: number;
}
