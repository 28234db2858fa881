// in.mpathd's view of the world (mpd_tables.h): what it tracks per interface and group, its
// configuration (/etc/default/mpathd), and what ipmpstat and if_mpadm get from it (libipmp).
import type { Family } from '../kernel/model';

export interface MpathdConfig {
  /** FAILURE_DETECTION_TIME, ms (minimum 100). */
  fdt: number;
  /** FAILBACK=yes|no. */
  failback: boolean;
  /** TRACK_INTERFACES_ONLY_WITH_GROUPS=yes|no. */
  trackOnlyGroups: boolean;
}

export const DEFAULT_CONFIG: MpathdConfig = { fdt: 10_000, failback: true, trackOnlyGroups: true };

/** mpd_defs.h */
export const NUM_PROBE_FAILS = 5;
export const NUM_PROBE_REPAIRS = 10;
export const LINK_UP_PERMIN = 2;
export const FAILURE_DETECTION_QP = 40_000;

export type PiState = 'init' | 'running' | 'failed' | 'offline' | 'noTargets';

export interface ProbeFamily {
  testaddr: string;
  mode: 'routes' | 'multicast';
  targets: string[];
  /** Next target (round robin) and next probe id (= ICMP sequence). */
  next: number;
  lost: number;
  acked: number;
  /** Quiet period: lost probes do not count until this time or the first answer. */
  quietUntil: number;
  /** RTT average and deviation in ms (mpd_probe.c keeps them scaled; we keep plain ms). */
  rttavg?: number;
  rttdev?: number;
}

export interface MpathdPhyint {
  name: string;
  /** Group name ('' = the anonymous group). */
  group: string;
  /** Order in which in.mpathd learned of it (ipmpstat lists newest first). */
  serial: number;
  state: PiState;
  linkUp: boolean;
  /** Times the link came up recently (link-flap damping). */
  linkUps: number[];
  /** Set while a link-up is ignored because the link flapped. */
  dampedUntil?: number;
  /** Offlined because its hardware address duplicates another member's (the `h` flag). */
  hwdup: boolean;
  probes: Partial<Record<Family, ProbeFamily>>;
}

export interface ProbeEvent {
  /** Kernel time of the probe's answer (or of its loss). */
  at: number;
  ifname: string;
  family: Family;
  id: number;
  target: string;
  lost: boolean;
  netrtt?: number;
  rtt?: number;
  rttavg?: number;
  rttdev?: number;
}

export interface MpathdState {
  running: boolean;
  config: MpathdConfig;
  serial: number;
  phyints: Record<string, MpathdPhyint>;
  /** Last group states seen (for the "now unusable / usable" log lines). */
  groupStates: Record<string, GroupState>;
  /** Other hosts on the links that answer probes (the lab's probe targets), by address. */
  hosts: Record<string, { up: boolean }>;
  /** Interfaces whose probes are lost (the lab's per-interface probe loss). */
  probeLoss: string[];
  /** The most recent probe results, for ipmpstat -p. */
  probeLog: ProbeEvent[];
  probeId: number;
}

export type GroupState = 'ok' | 'degraded' | 'failed';

/* What ipmpstat shows (libipmp ipmp_groupinfo_t, ipmp_ifinfo_t, ipmp_addrinfo_t, targinfo). */

export interface GroupInfo {
  /** The group name ('' for the anonymous group). */
  name: string;
  /** Its IPMP interface ('' for the anonymous group). */
  ifname: string;
  state: GroupState;
  /** Failure detection time in ms when probing is enabled on any member. */
  fdt?: number;
  /** Members newest first, sorted into the INTERFACES column's three lists. */
  active: string[];
  inactive: string[];
  unusable: string[];
}

export interface IfInfo {
  name: string;
  group: string;
  /** The IPMP interface of its group ('' for the anonymous group). */
  groupIf: string;
  active: boolean;
  flags: { inactive: boolean; standby: boolean; m4: boolean; b4: boolean; m6: boolean; down: boolean; hwdup: boolean };
  link: 'up' | 'down' | 'unknown';
  probe: 'ok' | 'failed' | 'unknown' | 'disabled';
  state: 'ok' | 'failed' | 'offline' | 'unknown';
  targets: { family: Family; mode: 'routes' | 'multicast' | 'disabled'; testaddr: string; targets: string[] }[];
}

export interface AddrInfo {
  addr: string;
  family: Family;
  state: 'up' | 'down';
  groupIf: string;
  inbound: string;
  outbound: string[];
}

export interface IpmpSnapshot {
  groups: GroupInfo[];
  interfaces: IfInfo[];
  addresses: AddrInfo[];
  /** Whether any interface has probe-based failure detection enabled. */
  probing: boolean;
}

/** libipmp's answers to if_mpadm (IPMP_SUCCESS, IPMP_EUNKIF, IPMP_EMINRED, ...). */
export type MpathdResult =
  | { code: 'SUCCESS' }
  | { code: 'EUNKIF' }
  | { code: 'EMINRED' }
  | { code: 'EHWADDRDUP' }
  | { code: 'FAILURE'; errno: number };
