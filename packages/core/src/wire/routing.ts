/**
 * Routing-socket and related socket constants of illumos, with the names the
 * userland tools print for them.
 *
 * Sources: usr/src/uts/common/net/route.h (RTM_*, RTA_*, RTF_*, RTV_*, RT_AWARE),
 * usr/src/uts/common/inet/ip_rts.h (RTSQ_*), usr/src/uts/common/sys/socket.h
 * (AF_*, SOL_*, SO_*), usr/src/uts/common/net/if_types.h (IFT_*),
 * usr/src/uts/common/net/if.h (LIFC_*), and the display tables of
 * usr/src/cmd/cmd-inet/usr.sbin/route.c.
 */

import { bprintf, type BitName } from './bprintf.js';

// ---------------------------------------------------------------- message types

/** rt_msghdr / if_msghdr / ifa_msghdr `*_version`; anything else is EPROTONOSUPPORT. */
export const RTM_VERSION = 3;

export const RTM = {
  ADD: 0x1,
  DELETE: 0x2,
  CHANGE: 0x3,
  GET: 0x4,
  LOSING: 0x5,
  REDIRECT: 0x6,
  MISS: 0x7,
  LOCK: 0x8,
  OLDADD: 0x9,
  OLDDEL: 0xa,
  RESOLVE: 0xb,
  NEWADDR: 0xc,
  DELADDR: 0xd,
  IFINFO: 0xe,
  CHGADDR: 0xf,
  FREEADDR: 0x10,
} as const;

export type RtmName = keyof typeof RTM;

/** Which header struct a message type uses. */
export type HeaderKind = 'rt' | 'if' | 'ifa';

/** route.c `msgtypes[]`, indexed by rtm_type (index 0 is unused). */
const MONITOR_TEXT: readonly string[] = [
  '',
  'RTM_ADD: Add Route',
  'RTM_DELETE: Delete Route',
  'RTM_CHANGE: Change Metrics or flags',
  'RTM_GET: Report Metrics',
  'RTM_LOSING: Kernel Suspects Partitioning',
  'RTM_REDIRECT: Told to use different route',
  'RTM_MISS: Lookup failed on this address',
  'RTM_LOCK: fix specified metrics',
  'RTM_OLDADD: caused by SIOCADDRT',
  'RTM_OLDDEL: caused by SIOCDELRT',
  'RTM_RESOLVE: Route created by cloning',
  'RTM_NEWADDR: address being brought up on iface',
  'RTM_DELADDR: address being brought down on iface',
  'RTM_IFINFO: iface status change',
  'RTM_CHGADDR: address being changed on iface',
  'RTM_FREEADDR: address being removed from iface',
];

const RTM_NAME_BY_TYPE = new Map<number, RtmName>(
  (Object.entries(RTM) as [RtmName, number][]).map(([name, type]) => [type, name]),
);

/** `rtmName(0xc) === 'RTM_NEWADDR'`; undefined for unknown types. */
export function rtmName(type: number): `RTM_${RtmName}` | undefined {
  const name = RTM_NAME_BY_TYPE.get(type);
  return name === undefined ? undefined : `RTM_${name}`;
}

/**
 * The `route monitor` description, e.g. `RTM_ADD: Add Route`; undefined for a
 * type route.c reports as "not understood" (0 or >= 17).
 */
export function rtmMonitorText(type: number): string | undefined {
  return type >= 1 && type < MONITOR_TEXT.length ? MONITOR_TEXT[type] : undefined;
}

/**
 * Header used for a message type (ip_rts.c `rts_header_msg_size`): ifa_msghdr
 * for the address messages, if_msghdr for RTM_IFINFO, rt_msghdr for every other
 * value, including unknown ones.
 */
export function rtmHeaderKind(type: number): HeaderKind {
  switch (type) {
    case RTM.NEWADDR:
    case RTM.DELADDR:
    case RTM.CHGADDR:
    case RTM.FREEADDR:
      return 'ifa';
    case RTM.IFINFO:
      return 'if';
    default:
      return 'rt';
  }
}

// ---------------------------------------------------------------- sockaddr bits

/** RTA_* bits of rtm_addrs / ifm_addrs / ifam_addrs. */
export const RTA = {
  DST: 0x1,
  GATEWAY: 0x2,
  NETMASK: 0x4,
  GENMASK: 0x8,
  IFP: 0x10,
  IFA: 0x20,
  AUTHOR: 0x40,
  BRD: 0x80,
  SRC: 0x100,
} as const;

export type RtaName = keyof typeof RTA;

/**
 * RTA names in RTAX order, which is also the order the sockaddrs follow the
 * header in (least significant bit first). RTA_NAMES[RTAX.IFP] === 'IFP'.
 */
export const RTA_NAMES: readonly RtaName[] = [
  'DST', 'GATEWAY', 'NETMASK', 'GENMASK', 'IFP', 'IFA', 'AUTHOR', 'BRD', 'SRC',
];

export const RTAX = {
  DST: 0,
  GATEWAY: 1,
  NETMASK: 2,
  GENMASK: 3,
  IFP: 4,
  IFA: 5,
  AUTHOR: 6,
  BRD: 7,
  SRC: 8,
} as const satisfies Record<RtaName, number>;

export const RTAX_MAX = 9;
export const RTA_NUMBITS = 9;

/** route.c `addrnames`: the `sockaddrs: <DST,GATEWAY,...>` part of `route monitor`. */
export function formatAddrNames(addrs: number): string {
  return bprintf(
    addrs,
    RTA_NAMES.map((name, index): BitName => [index + 1, name]),
  );
}

// ---------------------------------------------------------------- route flags

export const RTF = {
  UP: 0x1,
  GATEWAY: 0x2,
  HOST: 0x4,
  REJECT: 0x8,
  DYNAMIC: 0x10,
  MODIFIED: 0x20,
  DONE: 0x40,
  MASK: 0x80,
  CLONING: 0x100,
  XRESOLVE: 0x200,
  LLINFO: 0x400,
  STATIC: 0x800,
  BLACKHOLE: 0x1000,
  PRIVATE: 0x2000,
  PROTO2: 0x4000,
  PROTO1: 0x8000,
  MULTIRT: 0x10000,
  SETSRC: 0x20000,
  INDIRECT: 0x40000,
  KERNEL: 0x80000,
  ZONE: 0x100000,
} as const;

export type RtfName = keyof typeof RTF;

export interface RouteFlagDisplay {
  readonly flag: RtfName;
  /** Name in route.c `routeflags` (`route monitor`, `route get`). */
  readonly routeName: string;
  /**
   * `netstat -r` letter when it comes straight from this bit (netstat.c). G and
   * H are not listed: netstat derives them from the entry (off-link / full mask),
   * not from RTF_GATEWAY / RTF_HOST. U is printed for every entry.
   */
  readonly netstatLetter?: string;
}

/** route.c `routeflags`, in bit order (= print order). */
export const ROUTE_FLAG_DISPLAY: readonly RouteFlagDisplay[] = [
  { flag: 'UP', routeName: 'UP', netstatLetter: 'U' },
  { flag: 'GATEWAY', routeName: 'GATEWAY' },
  { flag: 'HOST', routeName: 'HOST' },
  { flag: 'REJECT', routeName: 'REJECT', netstatLetter: 'R' },
  { flag: 'DYNAMIC', routeName: 'DYNAMIC', netstatLetter: 'D' },
  { flag: 'MODIFIED', routeName: 'MODIFIED' },
  { flag: 'DONE', routeName: 'DONE' },
  { flag: 'MASK', routeName: 'MASK_PRESENT' },
  { flag: 'CLONING', routeName: 'CLONING' },
  { flag: 'XRESOLVE', routeName: 'XRESOLVE' },
  { flag: 'LLINFO', routeName: 'LLINFO' },
  { flag: 'STATIC', routeName: 'STATIC' },
  { flag: 'BLACKHOLE', routeName: 'BLACKHOLE', netstatLetter: 'B' },
  { flag: 'PRIVATE', routeName: 'PRIVATE' },
  { flag: 'PROTO2', routeName: 'PROTO2' },
  { flag: 'PROTO1', routeName: 'PROTO1' },
  { flag: 'MULTIRT', routeName: 'MULTIRT', netstatLetter: 'M' },
  { flag: 'SETSRC', routeName: 'SETSRC', netstatLetter: 'S' },
  { flag: 'INDIRECT', routeName: 'INDIRECT', netstatLetter: 'I' },
  { flag: 'KERNEL', routeName: 'KERNEL' },
  { flag: 'ZONE', routeName: 'ZONE', netstatLetter: 'Z' },
];

const ROUTE_FLAG_NAMES: readonly BitName[] = ROUTE_FLAG_DISPLAY.map(
  ({ flag, routeName }): BitName => [Math.log2(RTF[flag]) + 1, routeName],
);

/** route.c bprintf of rtm_flags / ifam_flags, e.g. `<UP,GATEWAY,DONE,STATIC>`; '' for none. */
export function formatRouteFlags(flags: number): string {
  return bprintf(flags, ROUTE_FLAG_NAMES);
}

// ---------------------------------------------------------------- metrics

/** RTV_* bits of rtm_inits and rmx_locks. */
export const RTV = {
  MTU: 0x1,
  HOPCOUNT: 0x2,
  EXPIRE: 0x4,
  RPIPE: 0x8,
  SPIPE: 0x10,
  SSTHRESH: 0x20,
  RTT: 0x40,
  RTTVAR: 0x80,
} as const;

export type RtvName = keyof typeof RTV;

/**
 * route.c `metricnames`, in its own (descending) order. Bit 9 "pksent" has no
 * RTV_ constant in route.h but is still named by route.c.
 */
const METRIC_NAMES: readonly BitName[] = [
  [9, 'pksent'],
  [8, 'rttvar'],
  [7, 'rtt'],
  [6, 'ssthresh'],
  [5, 'sendpipe'],
  [4, 'recvpipe'],
  [3, 'expire'],
  [2, 'hopcount'],
  [1, 'mtu'],
];

/** route.c bprintf of rmx_locks / rtm_inits, e.g. `<rttvar,rtt,ssthresh,sendpipe,recvpipe,mtu>`. */
export function formatMetricNames(bits: number): string {
  return bprintf(bits, METRIC_NAMES);
}

// ---------------------------------------------------------------- socket level

/** Address families (sys/socket.h); the illumos values, not Linux/BSD ones. */
export const AF_UNSPEC = 0;
export const AF_INET = 2;
export const AF_ROUTE = 24;
export const AF_LINK = 25;
export const AF_INET6 = 26;
export const PF_ROUTE = AF_ROUTE;

/** Socket option levels and the options a routing socket uses (sys/socket.h). */
export const SOL_SOCKET = 0xffff;
export const SOL_ROUTE = 0xfffe;
export const SO_USELOOPBACK = 0x0040;
export const SO_PROTOTYPE = 0x1009;

/** SOL_ROUTE option and its values (route.h). */
export const RT_AWARE = 0x0001;
export const RTAW_DEFAULT = 0x0000;
export const RTAW_UNDER_IPMP = 0x0010;

/** Kernel-internal delivery masks of rts_queue_input (ip_rts.h). */
export const RTSQ = {
  /** Only RTAW_UNDER_IPMP (IPMP-aware) sockets. */
  UNDER_IPMP: 0x01,
  /** Only IPMP-unaware sockets. */
  NORMAL: 0x02,
  ALL: 0x03,
  /** ALL, minus NORMAL when the interface is under IPMP; resolved by the sender. */
  DEFAULT: 0x04,
} as const;
export const RTSQ_UNDER_IPMP = RTSQ.UNDER_IPMP;
export const RTSQ_NORMAL = RTSQ.NORMAL;
export const RTSQ_ALL = RTSQ.ALL;
export const RTSQ_DEFAULT = RTSQ.DEFAULT;

/** Interface types used in sdl_type / ifi_type (net/if_types.h). */
export const IFT = {
  /** Also the type of an IPMP interface (ip_if.c ip_m_tbl: SUNW_DL_IPMP -> IFT_OTHER). */
  OTHER: 0x1,
  ETHER: 0x6,
  LOOP: 0x18,
} as const;
export const IFT_OTHER = IFT.OTHER;
export const IFT_ETHER = IFT.ETHER;
export const IFT_LOOP = IFT.LOOP;

/** lifn_flags / lifc_flags of SIOCGLIFNUM / SIOCGLIFCONF (if.h). */
export const LIFC = {
  NOXMIT: 0x01,
  EXTERNAL_SOURCE: 0x02,
  TEMPORARY: 0x04,
  ALLZONES: 0x08,
  UNDER_IPMP: 0x10,
  ENABLED: 0x20,
} as const;
