// ifconfig's status output (ifconfig.c ifstatus, in_status, in6_status, print_ifether) as pure
// functions of the data the ioctls returned. Tabs, trailing spaces and order are illumos'; the
// Solaris 11 ifconfig.c prints the same lines (its ifstatus, in_status and in6_status read alike)
// and differs only in the flag names it knows.
import { formatIfconfigFlags, IFCONFIG_FLAG_NAMES, IFCONFIG_FLAG_NAMES_S11, IFF } from '@ipmplab/core/syscalls';
import type { Family, Release } from '@ipmplab/core/syscalls';
import { maskHex, prefixFromMask } from '@ipmplab/core/syscalls';
import { vis } from '@ipmplab/userland';

export interface LifStatus {
  name: string;
  family: Family;
  flags: bigint;
  metric: number;
  mtu: number;
  index: number;
  /** Interfaces using this one as their usesrc source (SIOCGLIFSRCOF). */
  srcof: string[];
  /** The usesrc interface name, or a number when the index has no name; '' when unset. */
  usesrc: string | number;
  addr: string;
  netmask: string;
  broadcast: string;
  dst: string;
  subnet?: { addr: string; prefixlen: number };
  /** SIOCGLIFGROUPNAME, only asked for physical names. */
  groupname: string;
  /** Hardware address for the `ether` line, when it is printed. */
  ether?: string;
}

/** _link_ntoa: lower-case hex bytes without leading zeros, colon-separated. */
export function linkNtoa(mac: string): string {
  return mac.split(':').map((b) => parseInt(b, 16).toString(16)).join(':');
}

/** Each release's `if_flags_tbl` (print_flags): Solaris 11 also names PROBER and PHYSRUNNING. */
const FLAG_NAMES: Record<Release, typeof IFCONFIG_FLAG_NAMES> = {
  illumos: IFCONFIG_FLAG_NAMES,
  solaris11: IFCONFIG_FLAG_NAMES_S11,
};

export function flagsLine(s: LifStatus, release: Release = 'illumos'): string {
  let line = `${s.name}: flags=${formatIfconfigFlags(s.flags, FLAG_NAMES[release])}`;
  if (s.metric !== 0) line += ` metric ${s.metric}`;
  line += ` mtu ${s.mtu} index ${s.index}`;
  if (s.srcof.length > 0) line += `\n\tsrcof${s.srcof.map((n) => ` ${n}`).join('')}`;
  if (s.usesrc !== '') line += typeof s.usesrc === 'number' ? `\n\tusesrc ifIndex ${s.usesrc}` : `\n\tusesrc ${s.usesrc}`;
  return `${line}\n`;
}

/** The group name is any bytes (the kernel never looks at them): shown visibly. */
function groupSuffix(s: LifStatus): string {
  return s.groupname && !s.name.includes(':') ? `\n\tgroupname ${vis(s.groupname)}` : '';
}

export function inetLine(s: LifStatus): string {
  let line = `\tinet ${s.addr} `;
  if ((s.flags & IFF.NOLOCAL) !== 0n && s.subnet) line += `subnet ${s.subnet.addr}/${s.subnet.prefixlen} `;
  if ((s.flags & IFF.POINTOPOINT) !== 0n) line += `--> ${s.dst || '0.0.0.0'} `;
  line += `netmask ${maskHex(s.netmask)} `;
  if ((s.flags & IFF.BROADCAST) !== 0n && s.broadcast && s.broadcast !== '0.0.0.0') line += `broadcast ${s.broadcast}`;
  return `${line}${groupSuffix(s)}\n`;
}

export function inet6Line(s: LifStatus): string {
  let line = `\tinet6 ${s.addr}/${Math.max(0, prefixFromMask('inet6', s.netmask))} `;
  if ((s.flags & IFF.POINTOPOINT) !== 0n) line += `--> ${s.dst || '::'} `;
  return `${line}${groupSuffix(s)}\n`;
}

export function etherLine(mac: string): string {
  return `\tether ${linkNtoa(mac)} \n`;
}

/** One logical interface's block, as the host's release prints it. */
export function formatStatus(s: LifStatus, release: Release = 'illumos'): string {
  const addrLine = s.family === 'inet' ? inetLine(s) : inet6Line(s);
  return flagsLine(s, release) + addrLine + (s.ether ? etherLine(s.ether) : '');
}
