// The lab host's name service: the "files" backend of nsswitch over the host's own /etc/inet/hosts,
// /etc/inet/networks and /etc/inet/netmasks (its disk, in the state file the tool opened). The
// tools resolve names through it exactly where the real ones call getipnodebyname,
// getnetbyname, getnameinfo, getnetbyaddr or getnetmaskbyaddr. The files are read once per
// command (when the tool names its state) and parsed as nss_files parses them.
import { inet6Addr, inetAddr } from '@ipmplab/core/syscalls';
import { HOSTS_PATH, NETMASKS_PATH, NETWORKS_PATH, hostDiskMounts, readHostFiles, useHostDisk } from '@ipmplab/core/store';
import type { Family } from '@ipmplab/core/syscalls';
import { hostOption, statePath } from './session';
import { inetNetwork, inetNtoa } from './libc';

interface HostLine {
  addr: string;
  family: Family;
  /** The canonical name first, then the aliases. */
  names: string[];
}

interface Tables {
  hosts: HostLine[];
  /** Canonical address text -> the canonical name of its first line. */
  byAddr: Map<string, string>;
  networks: { names: string[]; number: number }[];
  /** Network number (as inet_addr reads the first field) -> mask, first line first. */
  netmasks: Map<number, number>;
}

/**
 * A line's words without its comment ('#' to the end of the line, as nss_files strips it). The
 * comment is cut at indexOf('#'): the regular expression it was cut with cost about 0.1 ms at
 * its first use, in every command that names an address.
 */
export function words(text: string | undefined): string[][] {
  const lines: string[][] = [];
  for (const line of (text ?? '').split('\n')) {
    const hash = line.indexOf('#');
    const kept = (hash < 0 ? line : line.slice(0, hash)).trim();
    if (kept !== '') lines.push(splitWords(kept));
  }
  return lines;
}

/**
 * What String.prototype.trim and /\s/ take for white space (ECMA-262 WhiteSpace and
 * LineTerminator), as the lines were split before; wider than isspace(3C) (libc/ctype.ts).
 */
function isRegexSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** text.split(/\s+/) for a trimmed text, by hand (the expression cost 0.05 ms at its first use). */
function splitWords(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isRegexSpace(text.charCodeAt(i))) continue;
    if (i > from) out.push(text.slice(from, i));
    from = i + 1;
  }
  out.push(text.slice(from));
  return out;
}

const u32 = (dotted: string) => dotted.split('.').reduce((v, b) => ((v << 8) | Number(b)) >>> 0, 0);

/** inet_addr(3C) as a number, or undefined for INADDR_NONE. */
function inetAddrValue(text: string): number | undefined {
  const a = inetAddr(text);
  return a === undefined || a === '255.255.255.255' ? undefined : u32(a);
}

function parse(): Tables {
  const [hostsText, networksText, netmasksText] = readHostFiles(HOSTS_PATH, NETWORKS_PATH, NETMASKS_PATH);
  const hosts: HostLine[] = [];
  for (const [addr, ...names] of words(hostsText)) {
    const v6 = addr.includes(':') ? inet6Addr(addr) : undefined;
    const v4 = v6 === undefined ? inetAddrValue(addr) : undefined;
    if (names.length === 0 || (v6 === undefined && v4 === undefined)) continue;
    hosts.push(v6 !== undefined ? { addr: v6, family: 'inet6', names } : { addr: inetNtoa(v4!), family: 'inet', names });
  }
  const networks: Tables['networks'] = [];
  for (const [name, num, ...aliases] of words(networksText)) {
    const number = num === undefined ? undefined : inetNetwork(num);
    if (number !== undefined) networks.push({ names: [name, ...aliases], number });
  }
  const netmasks = new Map<number, number>();
  for (const [net, mask] of words(netmasksText)) {
    const n = inetAddrValue(net);
    const m = mask === undefined ? undefined : inetAddrValue(mask);
    if (n !== undefined && m !== undefined && !netmasks.has(n)) netmasks.set(n, m);
  }
  const byAddr = new Map<string, string>();
  for (const h of hosts) if (!byAddr.has(h.addr)) byAddr.set(h.addr, h.names[0]);
  return { hosts, byAddr, networks, netmasks };
}

let cache: { mounts: number; tables: Tables } | undefined;

function tables(): Tables {
  if (cache?.mounts !== hostDiskMounts()) cache = { mounts: hostDiskMounts(), tables: parse() };
  return cache.tables;
}

/**
 * For a tool that resolves names before it opens its state (it checks its words first): the
 * name service reads the disk of the state it is about to use.
 */
export function useNamesOf(stateOption: string | undefined, env: NodeJS.ProcessEnv, host?: string): void {
  useHostDisk(statePath(stateOption, env), undefined, hostOption(host, env));
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * gethostbyname / getipnodebyname: every address of a host name in a family, in file order.
 * Names match without regard to case; a multihomed host is the lines sharing the canonical name
 * of the first match (nss_files __nss_files_XY_hostbyname).
 */
export function hostAddrs(name: string, family: Family): string[] {
  const lines = tables().hosts.filter((h) => h.family === family && h.names.some((n) => sameName(n, name)));
  if (lines.length === 0) return [];
  const canonicalName = lines[0].names[0];
  return lines.filter((h) => sameName(h.names[0], canonicalName)).map((h) => h.addr);
}

/** The first address of a host name (numeric text is the caller's business). */
export function hostByName(name: string, family: Family): string | undefined {
  return hostAddrs(name, family)[0];
}

/**
 * getnameinfo / gethostbyaddr: the canonical name of the first line with the address, given in
 * its canonical text (as the kernel and inet_ntop write it).
 */
export function hostByAddr(addr: string): string | undefined {
  return tables().byAddr.get(addr);
}

/** getnetbyname: n_net, the network number as written (not shifted); names match exactly. */
export function netNumberByName(name: string): number | undefined {
  return tables().networks.find((n) => n.names.includes(name))?.number;
}

/** getnetbyname then inet_makeaddr(n_net, INADDR_ANY), as ifconfig's in_getaddr does. */
export function netByName(name: string): string | undefined {
  const net = netNumberByName(name);
  if (net === undefined) return undefined;
  if (net < 128) return inetNtoa((net << 24) >>> 0);
  if (net < 65536) return inetNtoa((net << 16) >>> 0);
  if (net < 16777216) return inetNtoa((net << 8) >>> 0);
  return inetNtoa(net);
}

/** getnetbyaddr: the name of the first line with this network number. */
export function netByNumber(number: number): string | undefined {
  return tables().networks.find((n) => n.number === number)?.names[0];
}

const IN_CLASSA = (a: number) => (a & 0x80000000) === 0;
const IN_CLASSB = (a: number) => (a & 0xc0000000) >>> 0 === 0x80000000;

/** getnetmaskbynet: the classful network number, masked, then shifted (libnsl netmasks.c). */
function maskByNet(i: number): number | undefined {
  const m = tables().netmasks;
  let net1: number;
  let net2: number;
  if ((i & 0xff000000) === 0) {
    // Already a right-shifted network number.
    net2 = i;
    net1 = (i & 0xffff0000) !== 0 ? i << 8 : (i & 0xffffff00) !== 0 ? i << 16 : i << 24;
  } else if (IN_CLASSA(i)) {
    net1 = i & 0xff000000;
    net2 = i >>> 24;
  } else if (IN_CLASSB(i)) {
    net1 = i & 0xffff0000;
    net2 = i >>> 16;
  } else {
    net1 = i & 0xffffff00;
    net2 = i >>> 8;
  }
  return m.get(net1 >>> 0) ?? m.get(net2 >>> 0);
}

/**
 * getnetmaskbyaddr (libnsl netmasks.c): the longest matching entry of the netmasks file. The
 * address is masked with ever shorter masks; an entry for the masked address counts only when
 * its mask is the one used. Then, as a fallback, the classful network number with and without
 * its trailing zeros.
 */
export function netmaskByAddr(addr: string): string | undefined {
  const i = inetAddrValue(addr);
  if (i === undefined) return undefined;
  const m = tables().netmasks;
  let prevnet = 0;
  let mask = 0;
  for (let maskoff = 0xffffffff; maskoff !== 0; maskoff = (maskoff << 1) >>> 0) {
    const net = (i & maskoff) >>> 0;
    if (net !== prevnet) mask = m.get(net) ?? 0;
    if (maskoff === mask) return inetNtoa(mask);
    prevnet = net;
  }
  const byNet = maskByNet(i);
  return byNet === undefined ? undefined : inetNtoa(byNet);
}
