/**
 * Interface flags (IFF_*) as carried in the 64-bit `lifr_flags`, and the two
 * ways they are printed: by ifconfig (`flags=...<...>`) and by `route monitor`
 * for RTM_IFINFO (32-bit `ifm_flags`).
 *
 * Values: usr/src/uts/common/net/if.h. Layer masks: usr/src/uts/common/inet/ip_if.h.
 */

import { bprintf, type BitName } from './bprintf.js';

/** IFF_* values from if.h, keyed by the name without the `IFF_` prefix. */
export const IFF = {
  UP: 0x1n,
  BROADCAST: 0x2n,
  DEBUG: 0x4n,
  LOOPBACK: 0x8n,
  POINTOPOINT: 0x10n,
  NOTRAILERS: 0x20n,
  RUNNING: 0x40n,
  NOARP: 0x80n,
  PROMISC: 0x100n,
  ALLMULTI: 0x200n,
  INTELLIGENT: 0x400n,
  MULTICAST: 0x800n,
  MULTI_BCAST: 0x1000n,
  UNNUMBERED: 0x2000n,
  DHCPRUNNING: 0x4000n,
  PRIVATE: 0x8000n,
  NOXMIT: 0x10000n,
  NOLOCAL: 0x20000n,
  DEPRECATED: 0x40000n,
  ADDRCONF: 0x80000n,
  ROUTER: 0x100000n,
  NONUD: 0x200000n,
  ANYCAST: 0x400000n,
  NORTEXCH: 0x800000n,
  IPV4: 0x1000000n,
  IPV6: 0x2000000n,
  NOACCEPT: 0x4000000n,
  NOFAILOVER: 0x8000000n,
  FAILED: 0x10000000n,
  STANDBY: 0x20000000n,
  INACTIVE: 0x40000000n,
  OFFLINE: 0x80000000n,
  XRESOLV: 0x100000000n,
  COS_ENABLED: 0x200000000n,
  PREFERRED: 0x400000000n,
  TEMPORARY: 0x800000000n,
  FIXEDMTU: 0x1000000000n,
  VIRTUAL: 0x2000000000n,
  DUPLICATE: 0x4000000000n,
  IPMP: 0x8000000000n,
  VRRP: 0x10000000000n,
  NOLINKLOCAL: 0x20000000000n,
  L3PROTECT: 0x40000000000n,
  // IFF_PROBER and IFF_PHYSRUNNING exist only in Solaris 11: IFF_S11 below.
} as const;

/**
 * Flags only Oracle Solaris 11 defines. IFF_PROBER (net/if.h of the 2011 ON snapshot:
 * "attempting interface recovery", transitive probing, which the lab does not simulate) and
 * IFF_PHYSRUNNING (later 11.x: not in the snapshot; the value is from real `ifconfig -a`
 * captures, e.g. chef/ohai#512's `flags=100001000843<...,IPv4,PHYSRUNNING>`). On illumos
 * they are bits with no name.
 */
export const IFF_S11 = {
  PROBER: 0x80000000000n,
  PHYSRUNNING: 0x100000000000n,
} as const;

export type IffName = keyof typeof IFF;

function mask(...names: IffName[]): bigint {
  return names.reduce((acc, name) => acc | IFF[name], 0n);
}

/** Flags userland can never change with SIOCSLIFFLAGS (silently ignored) [if.h]. */
export const IFF_CANTCHANGE = mask(
  'BROADCAST', 'POINTOPOINT', 'RUNNING', 'PROMISC', 'MULTICAST', 'MULTI_BCAST',
  'UNNUMBERED', 'IPV4', 'IPV6', 'IPMP', 'FIXEDMTU', 'VIRTUAL', 'LOOPBACK', 'ALLMULTI',
  'DUPLICATE', 'COS_ENABLED', 'VRRP', 'NOLINKLOCAL', 'L3PROTECT',
);

/** Additionally unchangeable on an IPMP interface [if.h]. */
export const IFF_IPMP_CANTCHANGE = IFF.FAILED;

/** Flags that can never be set on an IPMP interface; changing one is EINVAL [if.h]. */
export const IFF_IPMP_INVALID = mask(
  'STANDBY', 'INACTIVE', 'OFFLINE', 'NOFAILOVER', 'NOARP', 'NONUD', 'XRESOLV', 'NOACCEPT',
);

/** Flags stored per phyint (shared by the IPv4 and IPv6 instances) [ip_if.h]. */
export const IFF_PHYINT_FLAGS = mask(
  'LOOPBACK', 'RUNNING', 'PROMISC', 'ALLMULTI', 'INTELLIGENT', 'MULTI_BCAST', 'FAILED',
  'STANDBY', 'INACTIVE', 'OFFLINE', 'VIRTUAL', 'IPMP', 'L3PROTECT',
);

/** Flags stored per ill, i.e. per (interface, address family) [ip_if.h]. */
export const IFF_PHYINTINST_FLAGS = mask(
  'DEBUG', 'NOTRAILERS', 'NOARP', 'MULTICAST', 'ROUTER', 'NONUD', 'NORTEXCH', 'IPV4', 'IPV6',
  'COS_ENABLED', 'FIXEDMTU', 'VRRP', 'NOACCEPT', 'NOLINKLOCAL',
);

/** Flags stored per logical interface (ipif) [ip_if.h]. */
export const IFF_LOGINT_FLAGS = mask(
  'UP', 'BROADCAST', 'POINTOPOINT', 'UNNUMBERED', 'DHCPRUNNING', 'PRIVATE', 'NOXMIT',
  'NOLOCAL', 'DEPRECATED', 'ADDRCONF', 'ANYCAST', 'NOFAILOVER', 'PREFERRED', 'TEMPORARY',
  'DUPLICATE',
);

/**
 * illumos ifconfig.c `if_flags_tbl`, in its print order. NOLINKLOCAL is not in the
 * table, so it only ever shows in the hex number.
 */
export const IFCONFIG_FLAG_NAMES: readonly (readonly [bigint, string])[] = [
  [IFF.UP, 'UP'],
  [IFF.BROADCAST, 'BROADCAST'],
  [IFF.DEBUG, 'DEBUG'],
  [IFF.LOOPBACK, 'LOOPBACK'],
  [IFF.POINTOPOINT, 'POINTOPOINT'],
  [IFF.NOTRAILERS, 'NOTRAILERS'],
  [IFF.RUNNING, 'RUNNING'],
  [IFF.NOARP, 'NOARP'],
  [IFF.PROMISC, 'PROMISC'],
  [IFF.ALLMULTI, 'ALLMULTI'],
  [IFF.INTELLIGENT, 'INTELLIGENT'],
  [IFF.MULTICAST, 'MULTICAST'],
  [IFF.MULTI_BCAST, 'MULTI_BCAST'],
  [IFF.UNNUMBERED, 'UNNUMBERED'],
  [IFF.DHCPRUNNING, 'DHCP'],
  [IFF.PRIVATE, 'PRIVATE'],
  [IFF.NOXMIT, 'NOXMIT'],
  [IFF.NOLOCAL, 'NOLOCAL'],
  [IFF.DEPRECATED, 'DEPRECATED'],
  [IFF.ADDRCONF, 'ADDRCONF'],
  [IFF.ROUTER, 'ROUTER'],
  [IFF.NONUD, 'NONUD'],
  [IFF.ANYCAST, 'ANYCAST'],
  [IFF.NORTEXCH, 'NORTEXCH'],
  [IFF.IPV4, 'IPv4'],
  [IFF.IPV6, 'IPv6'],
  [IFF.NOFAILOVER, 'NOFAILOVER'],
  [IFF.FAILED, 'FAILED'],
  [IFF.STANDBY, 'STANDBY'],
  [IFF.INACTIVE, 'INACTIVE'],
  [IFF.OFFLINE, 'OFFLINE'],
  [IFF.XRESOLV, 'XRESOLV'],
  [IFF.COS_ENABLED, 'CoS'],
  [IFF.PREFERRED, 'PREFERRED'],
  [IFF.TEMPORARY, 'TEMPORARY'],
  [IFF.FIXEDMTU, 'FIXEDMTU'],
  [IFF.VIRTUAL, 'VIRTUAL'],
  [IFF.DUPLICATE, 'DUPLICATE'],
  [IFF.IPMP, 'IPMP'],
  [IFF.VRRP, 'VRRP'],
  [IFF.NOACCEPT, 'NOACCEPT'],
  [IFF.L3PROTECT, 'L3PROTECT'],
];

/**
 * Solaris 11's `if_flags_tbl`: illumos' table, then `{ IFF_PROBER, "PROBER" }` (the 2011 ON
 * snapshot's last entry), then PHYSRUNNING, which the later releases print last (after IPMP,
 * VRRP and CoS in every capture seen; its place after PROBER is inferred: PROBER is never set
 * in the lab).
 */
export const IFCONFIG_FLAG_NAMES_S11: readonly (readonly [bigint, string])[] = [
  ...IFCONFIG_FLAG_NAMES,
  [IFF_S11.PROBER, 'PROBER'],
  [IFF_S11.PHYSRUNNING, 'PHYSRUNNING'],
];

/**
 * What ifconfig prints after `flags=` (ifconfig.c `print_flags`): `%llx` of the
 * flags, then `<NAME,...>` in the order of the release's table (illumos' by default). When no
 * named bit is set the `<>` part is omitted entirely.
 */
export function formatIfconfigFlags(flags: bigint, table: readonly (readonly [bigint, string])[] = IFCONFIG_FLAG_NAMES): string {
  const word = BigInt.asUintN(64, flags);
  const names = table.filter(([bit]) => (word & bit) !== 0n).map(([, name]) => name);
  const hex = word.toString(16);
  return names.length === 0 ? hex : `${hex}<${names.join(',')}>`;
}

/**
 * route.c `ifnetflags`. The names differ from ifconfig's (PTP, PPROMISC, no
 * name for bit 27 = NOACCEPT). route.c also names bits 33-39 (XRESOLV, COS,
 * PREFERRED, TEMPORARY, FIXEDMTU, VIRTUAL, DUPLICATE), but `ifm_flags` is a
 * 32-bit int, so per routing-socket.md §1.7 they can never show and are left out.
 */
const MONITOR_IF_FLAG_NAMES: readonly BitName[] = [
  [1, 'UP'],
  [2, 'BROADCAST'],
  [3, 'DEBUG'],
  [4, 'LOOPBACK'],
  [5, 'PTP'],
  [6, 'NOTRAILERS'],
  [7, 'RUNNING'],
  [8, 'NOARP'],
  [9, 'PPROMISC'],
  [10, 'ALLMULTI'],
  [11, 'INTELLIGENT'],
  [12, 'MULTICAST'],
  [13, 'MULTI_BCAST'],
  [14, 'UNNUMBERED'],
  [15, 'DHCP'],
  [16, 'PRIVATE'],
  [17, 'NOXMIT'],
  [18, 'NOLOCAL'],
  [19, 'DEPRECATED'],
  [20, 'ADDRCONF'],
  [21, 'ROUTER'],
  [22, 'NONUD'],
  [23, 'ANYCAST'],
  [24, 'NORTEXCH'],
  [25, 'IPv4'],
  [26, 'IPv6'],
  [28, 'NOFAILOVER'],
  [29, 'FAILED'],
  [30, 'STANDBY'],
  [31, 'INACTIVE'],
  [32, 'OFFLINE'],
];

/**
 * `route monitor`'s rendering of RTM_IFINFO `ifm_flags`: `<UP,BROADCAST,...>`,
 * or the empty string when no named bit is set (route.c bprintf prints nothing).
 */
export function formatMonitorIfFlags(flags32: number): string {
  return bprintf(flags32, MONITOR_IF_FLAG_NAMES);
}

/** The low 32 bits of a lifr_flags word, as the kernel puts them in `ifm_flags`. */
export function ifmFlagsOf(flags: bigint): number {
  return Number(BigInt.asUintN(32, flags));
}
