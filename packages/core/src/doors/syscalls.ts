// @ipmplab/core/syscalls: the door for programs on the host (ifconfig, route, netstat,
// ipmpstat, if_mpadm, rtmon, the userland libraries). What a process on illumos reaches
// through system calls and public headers: ioctl(2) on a socket (sys/sockio.h), the routing
// socket (open, write, read), the MIB and routing-table dumps, in.mpathd's query interface
// (libipmp), the files on the host's disk, and the wire constants and codecs (net/route.h,
// net/if.h, sys/errno.h). The kernel is a handle a program passes to these calls; it never
// reads the kernel's state.

// The headers: flags, errno, sockaddrs, routing messages and their text forms.
export * from '../wire';

// Address and interface-name helpers (inet_pton/inet_ntop, prefix <-> mask, subnet and broadcast, lifnames).
export { broadcastOf, canonical, familyOf, inet6Addr, inetAddr, isLinkLocal6, linkLocalFromMac, maskFromPrefix, maskHex, networkOf, prefixFromMask, toBytes } from '../kernel/addr';
export { LIFNAMSIZ, lifName, parseLifName } from '../kernel/if/names';
export { FAMILIES, RELEASES } from '../kernel/model';
export type { Family, Release } from '../kernel/model';

// The handle and who calls.
export type { Kernel, Caller } from '../kernel/kernel';

// ioctl(2).
export { ioctl, IOCTL_NAMES } from '../kernel/ioctl';
export type { IoctlCmd, IoctlArg, IoctlReply, IoctlMap, LifconfEntry, LegacyRoute, DldLinkAttr, XarpEntry, XarpFlags } from '../kernel/ioctl-types';
export { MOD_PROTO, MOD_PROP, MOD_PROP_PERM } from '../kernel/tunables';

// The routing socket: open, write, which messages a socket sees, where the message stream is.
export { openRtSocket, delivers } from '../kernel/rtsock/socket';
export type { RtSocket, Deliverable } from '../kernel/rtsock/socket';
export { rtsWrite } from '../kernel/rtsock/write';
export type { RtWriteResult } from '../kernel/rtsock/write';
export { lastSeq } from '../store/journal';

// Reads of the tables: the MIB (netstat) and the routing socket's dumps (NET_RT_DUMP, IFLIST).
export { mibRoutes, mibRoutesPaged, mibAddrs } from '../kernel/route/mib';
export type { MibAddr } from '../kernel/route/mib';
export { mibNetToMedia } from '../kernel/ndp/walk';
export type { MibNetToMedia } from '../kernel/ndp/walk';
export type { Route } from '../kernel/route/table';
export { dumpRoutes, dumpInterfaces } from '../kernel/route/dump';
export type { DumpOptions } from '../kernel/route/dump';

// in.mpathd as a program talks to it: start it (ifconfig), ask it (ipmpstat), offline and undo
// (if_mpadm).
export { mpathdStart, ipmpSnapshot, probeEventsSince, mpathdOffline, mpathdUndoOffline } from '../mpathd/api';
export type { AddrInfo, GroupInfo, IfInfo, IpmpSnapshot, MpathdResult, ProbeEvent } from '../mpathd/api';

// open/read/write/unlink on the host's disk (route -p writes /etc/inet/static_routes).
export { hostFiles, AOBJMAP_PATH } from '../store/files';
export type { HostFiles } from '../store/files';

// The network between the lab's hosts, as a program's sockets reach it: a raw ICMP socket's
// echo exchange, and a wait on the lab's clock.
export { icmpEcho, HOP_US, DEFAULT_TTL } from '../net/icmp';
export type { EchoRequest, EchoOutcome } from '../net/icmp';
export type { IcmpError } from '../kernel/ip/forward';
export { sleepOnLabClock } from '../net/sleep';
// The transaction over the lab that such an exchange runs in (the session's runLab gives it).
export type { LabTransaction } from '../store/transaction';
