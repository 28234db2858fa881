// The request/reply shapes of the ioctls the kernel answers. Names follow sockio.h; the lifreq
// fields a request uses are spelled out. `af` is the family of the socket the request is issued on
// (an AF_INET socket reaches IPv4 ills, an AF_INET6 socket IPv6 ills).
import type { Family, Release } from './model';

type Lifr = { name: string; af: Family };

export interface LifconfEntry {
  name: string;
  family: Family;
  addr: string;
}

export interface LegacyRoute {
  af: Family;
  dst: string;
  gateway: string;
  /** RTF_* (RTF_HOST, RTF_GATEWAY, ...). */
  flags: number;
  /** rt_use: a non-zero value is the hop count. */
  use?: number;
  /** IPv6 (and explicit) prefix length; IPv4 rtentry otherwise implies host or classful. */
  prefixlen?: number;
  ifname?: string;
}

/** xarp_flags: ATF_PERM (not "temp"), ATF_PUBL ("pub"), ATF_USETRAILERS ("trail"), ATF_AUTHORITY ("permanent"). */
export interface XarpFlags {
  perm: boolean;
  publ: boolean;
  trailers: boolean;
  authority: boolean;
}

/** SIOCGXARP's answer: the flags, and the hardware address when complete (ATF_COM). */
export interface XarpEntry extends XarpFlags {
  mac?: string;
}

/** DLDIOC_LINKATTR's answer. */
export interface DldLinkAttr {
  name: string;
  /** The driver instance (e1000g0). */
  device: string;
  media: 'Ethernet';
  mtu: number;
  mtuDefault: number;
  mtuMin: number;
  mtuMax: number;
  /** The current and the factory hardware address, lower-case hex bytes joined by ':'. */
  mac: string;
  factoryMac: string;
  state: 'up' | 'down';
  /** Mb/s. */
  speed: number;
  duplex: 'full' | 'unknown';
  /** The MAC client using the primary address ('' when none: IP is not plumbed). */
  client: string;
}

export interface IoctlMap {
  /**
   * open the device + I_PUSH ip + SIOCSLIFNAME: plumb IP on a datalink (or create lo0/ipmp).
   * `nolinklocal`: lifr_flags carries IFF_NOLINKLOCAL (IPv6 with no link-local address, as
   * libipadm plumbs for ipadm).
   */
  PLUMB: [Lifr & { ipmp?: boolean; nolinklocal?: boolean }, { index: number }];
  /** I_PUNLINK: unplumb one family of an interface. */
  UNPLUMB: [Lifr, Record<string, never>];
  SIOCGLIFFLAGS: [Lifr, { flags: bigint }];
  SIOCSLIFFLAGS: [Lifr & { flags: bigint }, Record<string, never>];
  /** lifr_dadstate: DAD still running on an UP address ('inprogress') or done ('done'). */
  SIOCGLIFDADSTATE: [Lifr, { dadstate: 'inprogress' | 'done' }];
  SIOCGLIFADDR: [Lifr, { addr: string }];
  SIOCSLIFADDR: [Lifr & { addr: string }, Record<string, never>];
  SIOCGLIFNETMASK: [Lifr, { addr: string }];
  SIOCSLIFNETMASK: [Lifr & { addr: string }, Record<string, never>];
  SIOCGLIFBRDADDR: [Lifr, { addr: string }];
  SIOCSLIFBRDADDR: [Lifr & { addr: string }, Record<string, never>];
  SIOCGLIFDSTADDR: [Lifr, { addr: string }];
  SIOCSLIFDSTADDR: [Lifr & { addr: string }, Record<string, never>];
  SIOCGLIFSUBNET: [Lifr, { addr: string; prefixlen: number }];
  SIOCSLIFSUBNET: [Lifr & { addr: string; prefixlen: number }, Record<string, never>];
  SIOCGLIFTOKEN: [Lifr, { addr: string; prefixlen: number }];
  SIOCSLIFTOKEN: [Lifr & { addr: string; prefixlen: number }, Record<string, never>];
  SIOCGLIFMTU: [Lifr, { mtu: number }];
  SIOCSLIFMTU: [Lifr & { mtu: number }, Record<string, never>];
  SIOCGLIFMETRIC: [Lifr, { metric: number }];
  SIOCSLIFMETRIC: [Lifr & { metric: number }, Record<string, never>];
  SIOCGLIFINDEX: [Lifr, { index: number }];
  SIOCSLIFINDEX: [Lifr & { index: number }, Record<string, never>];
  SIOCGLIFUSESRC: [Lifr, { index: number }];
  SIOCSLIFUSESRC: [Lifr & { index: number }, Record<string, never>];
  /** Interfaces whose usesrc names this one (lifs_ifindex). */
  SIOCGLIFSRCOF: [{ af: Family; index: number }, { names: string[] }];
  SIOCGLIFZONE: [Lifr, { zone: string }];
  SIOCSLIFZONE: [Lifr & { zone: string }, Record<string, never>];
  SIOCGLIFGROUPNAME: [Lifr, { group: string }];
  /** Join a group, leave it (""), or rename the group of an IPMP interface. */
  SIOCSLIFGROUPNAME: [Lifr & { group: string }, Record<string, never>];
  /** lifgroupinfo_t of a group; ENOENT for an unknown one. */
  SIOCGLIFGROUPINFO: [{ group: string }, {
    grname: string; grifname: string; m4ifname: string; m6ifname: string; bcifname: string;
    v4: boolean; v6: boolean; nv4: number; nv6: number; mactype: string;
  }];
  /** The member an IPMP data address is bound to ('' when unbound); EINVAL off IPMP interfaces. */
  SIOCGLIFBINDING: [Lifr, { binding: string }];
  /** Add a logical interface at the lowest free id; returns its name. */
  SIOCLIFADDIF: [Lifr & { addr?: string }, { name: string }];
  /** Remove a logical interface by name, or by address when `addr` is given. */
  SIOCLIFREMOVEIF: [Lifr & { addr?: string }, Record<string, never>];
  SIOCGLIFNUM: [{ af: Family | 'unspec'; flags: number }, { count: number }];
  SIOCGLIFCONF: [{ af: Family | 'unspec'; flags: number }, { entries: LifconfEntry[] }];
  SIOCGIFNUM: [Record<string, never>, { count: number }];
  SIOCGIFCONF: [Record<string, never>, { entries: LifconfEntry[] }];
  SIOCTONLINK: [{ addr: string }, { res: number }];
  SIOCTMYADDR: [{ addr: string }, { res: number }];
  SIOCTMYSITE: [{ addr: string }, { res: number }];
  /** The ARP ioctls (if_arp.h xarpreq) on an AF_INET socket: get, set and delete an entry by address. */
  SIOCGXARP: [{ addr: string }, XarpEntry];
  SIOCSXARP: [{ addr: string; mac: string } & XarpFlags, Record<string, never>];
  SIOCDXARP: [{ addr: string }, Record<string, never>];
  /** BSD rtentry route ioctls; `use` (rt_use) is the hop count (the z/OS prerouter's rule). */
  SIOCADDRT: [LegacyRoute, Record<string, never>];
  SIOCDELRT: [LegacyRoute, Record<string, never>];
  /** Change a route's hop count. */
  SIOMETRIC1RT: [Omit<LegacyRoute, 'flags' | 'gateway'> & { flags?: number; gateway: string; metric: number }, Record<string, never>];
  /** The table with home/host attributes (SIOCGRT6TABLE-style). */
  SIOCGRTTABLE: [{ af: Family }, { routes: { dst: string; prefixlen: number; gateway: string; ifname: string; flags: number; hopcount: number; home: boolean; host: boolean; up: boolean; ref: number }[] }];
  /** DLPI: open the datalink and read its attributes (needs privilege, as dlpi_open does). */
  DLPI_INFO: [{ link: string }, { mac: string; mtu: number; linkUp: boolean }];
  /** dlpi_walk(3DLPI): the datalinks present, in the order they were created. */
  DLPI_WALK: [Record<string, never>, { links: string[] }];
  /** /dev/dld: a link's attributes, MAC properties and link state (kernel/link/dld.ts). */
  DLDIOC_LINKATTR: [{ link: string }, DldLinkAttr];
  /** /dev/dld DLDIOC_SETMACPROP: set one MAC property; without a value, its default. */
  DLDIOC_SETMACPROP: [{ link: string; prop: 'mtu'; mtu?: number; addr?: never } | { link: string; prop: 'mac-address'; addr?: number[] | null; mtu?: never }, Record<string, never>];
  /** /dev/dld DLDIOC_RENAME: give a link another name. */
  DLDIOC_RENAME: [{ link: string; newName: string }, Record<string, never>];
  /**
   * uname(2): what the host runs. `sysname`/`release` are SunOS 5.11 on both; `version` is
   * uname -v's text; `distribution` names the release the lab simulates.
   */
  UNAME: [Record<string, never>, { sysname: string; release: string; version: string; distribution: Release }];
  /**
   * mod_ioc_prop_t (inet/tunables.h): one kind (`flags`, MOD_PROP_*) of one protocol tunable
   * (`proto`, MOD_PROTO_*), for an interface when `ifname` is given; the value as text.
   */
  SIOCGETPROP: [{ proto: number; name: string; flags: number; ifname?: string }, { value: string }];
  /** Set (MOD_PROP_ACTIVE, with APPEND or REMOVE for a list) or reset (MOD_PROP_DEFAULT) a tunable. */
  SIOCSETPROP: [{ proto: number; name: string; flags: number; value?: string; ifname?: string }, Record<string, never>];
}

export type IoctlCmd = keyof IoctlMap;
export type IoctlArg<C extends IoctlCmd> = IoctlMap[C][0];
export type IoctlReply<C extends IoctlCmd> = IoctlMap[C][1];
