// From what an administrator captured on a real host to what builds it in the lab: the
// datalinks (names, hardware addresses, MTUs), the host as `ipmplab export` models it (so the
// same ifconfig-form writer gives the commands: one implementation of "the lines that build a
// configuration"), the captured boot files, in.mpathd's failure detection time and probe
// targets, and what the lab cannot reproduce, each said in a line.
import { IFF, IFCONFIG_FLAG_NAMES, IFCONFIG_FLAG_NAMES_S11, maskFromPrefix, networkOf, prefixFromMask } from '@ipmplab/core/syscalls';
import { STATIC_ROUTES_PATH } from '@ipmplab/core/store';
import type { LifStatus } from '@ipmplab/ifconfig';
import type { ExportHost, ExportRoute } from '../export/model';
import { baseName, staticRouteLines } from '../export/shared';
import type { Capture, CapturedLif, CapturedRoute } from '../capture/model';

export interface ImportPlan {
  /** The datalinks the host needs, in the order their interfaces were numbered. */
  links: string[];
  macs: Record<string, string>;
  linkMtus: Record<string, number>;
  /** What to build, in the export model (lifs, routes, persistent routes). */
  host: ExportHost;
  /** Captured boot files, put on the host's disk as they are. */
  files: { path: string; content: string }[];
  /** ipmpstat -g's failure detection time (ms), when a capture shows one. */
  fdtMs?: number;
  /** ipmpstat -t's probe targets: neighbours that answer, outside the lab. */
  targets: string[];
  /** Datalinks ipmpstat -i saw down: their cables are pulled. */
  linksDown: string[];
  /** What the lab does not reproduce, one line each. */
  cannot: string[];
}

/** A datalink name as the lab takes it (dladm's rule): letters, digits, '_' or '.', ending in a number. */
const LINK_NAME = /^[A-Za-z][A-Za-z0-9_.]*?[1-9]?[0-9]$/;

/** The flags a capture shows: its hex when printed (every bit, NOLINKLOCAL included), else its names. */
function flagsOf(l: CapturedLif): bigint {
  if (l.flagsHex && /^[0-9a-fA-F]+$/.test(l.flagsHex)) return BigInt(`0x${l.flagsHex}`);
  let f = 0n;
  for (const name of l.flags) {
    const hit = [...IFCONFIG_FLAG_NAMES, ...IFCONFIG_FLAG_NAMES_S11].find(([, n]) => n === name);
    if (hit) f |= hit[0];
  }
  return f;
}

/** What ifconfig -a showed of a logical interface, as ifconfig's own status (export's model). */
function statusOf(l: CapturedLif): LifStatus {
  const plen = l.prefixlen ?? 0;
  return {
    name: l.name,
    family: l.family,
    flags: flagsOf(l),
    metric: 0,
    mtu: l.mtu ?? 1500,
    index: l.index ?? 0,
    srcof: [],
    usesrc: '',
    addr: l.address ?? (l.family === 'inet' ? '0.0.0.0' : '::'),
    netmask: maskFromPrefix(l.family, plen),
    broadcast: l.broadcast ?? '',
    dst: l.destination ?? '',
    groupname: l.group ?? '',
    ether: l.ether,
  };
}

/** The natural (class) mask widened to the address's last set bit: netstat -rn prints no IPv4 mask. */
export function guessedPrefix(dst: string): number {
  const a = dst.split('.').map(Number);
  const n = ((a[0] << 24) | (a[1] << 16) | (a[2] << 8) | a[3]) >>> 0;
  const natural = a[0] < 128 ? 8 : a[0] < 192 ? 16 : 24;
  let zeros = 0;
  while (zeros < 32 && ((n >>> zeros) & 1) === 0) zeros++;
  return Math.max(natural, 32 - zeros);
}

/** A static route's prefix from /etc/inet/static_routes, when the capture has it. */
function persistentPrefix(dst: string, persistent: string[]): number | undefined {
  for (const line of persistent) {
    const m = new RegExp(`(?:^|\\s)${dst.replace(/\./g, '\\.')}/(\\d+)(?:\\s|$)`).exec(line);
    if (m) return Number(m[1]);
  }
  return undefined;
}

function routeOf(r: CapturedRoute, lifs: LifStatus[], persistent: string[], cannot: string[]): ExportRoute | undefined {
  const where = `netstat -rn: ${r.destination} ${r.gateway} ${r.flags}`;
  const fam = r.family;
  if (r.flags.includes('D')) return void cannot.push(`${where}: a redirect (D) is learned, not configured; left out`);
  if (r.flags.includes('M') || r.flags.includes('S')) return void cannot.push(`${where}: multipath and setsrc routes are not in the lab; left out`);
  if (r.flags.includes('L') || r.flags.includes('b')) return undefined; // the kernel's own (local, broadcast)
  if (r.destination === '127.0.0.1' || r.destination === '::1') return undefined; // lo0's, every host has them
  const dst = r.destination === 'default' ? (fam === 'inet' ? '0.0.0.0' : '::') : r.destination;
  const local = lifs.find((s) => s.family === fam && s.addr === r.gateway);
  const viaGateway = r.flags.includes('G');
  let prefixlen = r.prefixlen;
  if (r.destination === 'default') prefixlen = 0;
  else if (r.flags.includes('H')) prefixlen = fam === 'inet' ? 32 : 128;
  if (prefixlen === undefined) prefixlen = persistentPrefix(dst, persistent);
  if (prefixlen === undefined && fam === 'inet') {
    const subnet = lifs.find((s) => s.family === 'inet' && s.addr !== '0.0.0.0' && networkOf('inet', s.addr, s.netmask) === dst);
    prefixlen = subnet ? prefixFromMask('inet', subnet.netmask) : guessedPrefix(dst);
    if (!subnet) cannot.push(`${where}: netstat -rn shows no IPv4 mask; taken as /${prefixlen} (netstat -rnv or static_routes would say)`);
  }
  // An interface route: the address's own subnet, through the interface that holds it.
  if (!viaGateway && local && networkOf(fam, local.addr, local.netmask) === dst && prefixFromMask(fam, local.netmask) === prefixlen) return undefined;
  if (!viaGateway && !local) return void cannot.push(`${where}: an interface route of no address the capture shows; left out`);
  return {
    family: fam, dst, prefixlen: prefixlen ?? 0, gateway: r.gateway, host: r.flags.includes('H'), viaGateway,
    reject: r.flags.includes('R'), blackhole: r.flags.includes('B'), mtu: 0, hopcount: 0,
  };
}

/**
 * Interfaces when no `ifconfig -a` was captured: from ipmpstat -g (the IPMP interfaces and
 * their groups), ipmpstat -i (members, standby) and ipadm show-addr (the addresses; on a member,
 * ipadm makes an address a test address), numbered in that order.
 */
function synthesised(captures: Capture[], cannot: string[]): CapturedLif[] {
  const lifs: CapturedLif[] = [];
  const v4 = ['UP', 'BROADCAST', 'RUNNING', 'MULTICAST', 'IPv4'];
  let index = 1;
  const unit0 = (name: string, family: 'inet' | 'inet6', flags: string[], group?: string): CapturedLif => {
    let l = lifs.find((x) => x.name === name && x.family === family);
    if (!l) {
      const same = lifs.find((x) => x.name === name);
      l = { name, family, flags, group, index: same?.index ?? ++index, mtu: 1500 };
      lifs.push(l);
    }
    return l;
  };
  for (const c of captures) for (const g of c.groups) if (g.interface) unit0(g.interface, 'inet', ['UP', 'BROADCAST', 'RUNNING', 'MULTICAST', 'IPv4', 'IPMP'], g.name);
  // ipmpstat -i names a member's IPMP interface; -g gives each interface's group name and its
  // members, and wins where the two disagree.
  const groupOfInterface = new Map(captures.flatMap((c) => c.groups.map((g) => [g.interface ?? g.name, g.name] as const)));
  const groupOf = new Map<string, string>();
  for (const c of captures) for (const m of c.members) groupOf.set(m.name, groupOfInterface.get(m.group) ?? m.group);
  for (const c of captures) for (const g of c.groups) for (const m of g.members) groupOf.set(m.name, g.name);
  for (const [name, group] of groupOf) {
    const standby = captures.some((c) => c.members.some((m) => m.name === name && m.standby));
    const offline = captures.some((c) => c.members.some((m) => m.name === name && m.state === 'offline'));
    unit0(name, 'inet', [...v4, ...(standby ? ['STANDBY'] : []), ...(offline ? ['OFFLINE'] : [])], group);
  }
  const used = new Map<string, number>();
  const objects = new Set<string>();
  for (const c of captures) for (const o of c.addrobjs) {
    if (objects.has(o.addrobj)) continue; // the same object in two captures: one address
    objects.add(o.addrobj);
    const ifname = o.addrobj.split('/')[0];
    if (ifname === 'lo0') continue;
    if (o.type === 'dhcp') cannot.push(`${o.addrobj}: a DHCP address (the lab has no DHCP client); left out`);
    if (o.type !== 'static' && o.type !== 'addrconf') continue;
    const family = o.address.includes(':') || o.type === 'addrconf' ? 'inet6' : 'inet';
    const base = unit0(ifname, family, family === 'inet' ? v4 : ['UP', 'RUNNING', 'MULTICAST', 'IPv6']);
    if (o.type === 'addrconf') continue; // the link-local address: made by the kernel
    const m = /^([^/]+)\/(\d+)$/.exec(o.address.replace(/->.*$/, ''));
    if (!m) {
      cannot.push(`${o.addrobj}: address ${o.address} not understood; left out`);
      continue;
    }
    const key = `${ifname} ${family}`;
    const n = used.get(key) ?? (base.address ? 1 : 0);
    used.set(key, n + 1);
    const member = groupOf.has(ifname);
    const flags = [...(base.flags.filter((f) => f !== 'STANDBY')), ...(member ? ['DEPRECATED', 'NOFAILOVER'] : [])].filter((f) => o.state === 'ok' || f !== 'UP');
    const l: CapturedLif = n === 0 ? base : { name: `${ifname}:${n}`, family, flags, index: base.index, mtu: base.mtu };
    l.address = m[1];
    l.prefixlen = Number(m[2]);
    if (n === 0 && member) l.flags = [...l.flags, 'DEPRECATED', 'NOFAILOVER'];
    if (n !== 0) lifs.push(l);
  }
  return lifs;
}

/** Everything the captures say, turned into one plan; `release` is the host's. */
export function planImport(captures: Capture[], release: ExportHost['release'], name: string): ImportPlan {
  const cannot: string[] = [];
  const lifs: LifStatus[] = [];
  const seen = new Set<string>();
  const captured = captures.flatMap((c) => c.lifs);
  for (const c of captured.length ? captures : [{ lifs: synthesised(captures, cannot) }]) {
    for (const l of c.lifs) {
      const key = `${l.name} ${l.family}`;
      if (seen.has(key)) continue; // the same interface in two captures: the first wins
      seen.add(key);
      const s = statusOf(l);
      if ((s.flags & IFF.LOOPBACK) !== 0n || baseName(l.name) === 'lo0') continue;
      if (!(s.flags & IFF.IPMP) && !LINK_NAME.test(baseName(l.name))) {
        cannot.push(`${l.name}: not a datalink the lab can have (tunnels, VNIs and the like are not simulated); left out`);
        continue;
      }
      if (l.zone && l.zone !== 'global') cannot.push(`${l.name}: in zone ${l.zone} (the lab has no zones): kept in the global zone`);
      if (s.flags & IFF.DHCPRUNNING) cannot.push(`${l.name}: configured by DHCP (the lab has no DHCP client): its address is set statically`);
      if (s.flags & IFF.VRRP) cannot.push(`${l.name}: a VRRP address (not simulated); left out`);
      if (s.flags & IFF.VRRP) continue;
      lifs.push(s);
    }
  }
  const persistent: string[] = [];
  const files: { path: string; content: string }[] = [];
  for (const c of captures) {
    for (const f of c.files) {
      files.push(f);
      if (f.path === STATIC_ROUTES_PATH) persistent.push(...staticRouteLines(f.content));
    }
  }
  const routes: ExportRoute[] = [];
  for (const c of captures) for (const r of c.routes) {
    const e = routeOf(r, lifs, persistent, cannot);
    if (e) routes.push(e);
  }
  // Links: the physical interfaces' names, numbered as the capture numbered them.
  const physical = lifs.filter((s) => !(s.flags & IFF.IPMP) && !s.name.includes(':')).sort((a, b) => a.index - b.index);
  for (const c of captures) for (const l of c.links) {
    if (l.class && l.class !== 'phys') cannot.push(`${l.name}: a ${l.class} datalink (the lab's links are physical NICs); left out`);
  }
  const phys = captures.flatMap((c) => c.links.filter((l) => !l.class || l.class === 'phys').map((l) => l.name));
  const links = [...new Set([...physical.map((s) => s.name), ...phys])].filter((n) => LINK_NAME.test(n));
  const macs: Record<string, string> = {};
  for (const s of physical) if (s.ether) macs[s.name] = s.ether;
  for (const c of captures) for (const l of c.links) if (l.mac && !macs[l.name]) macs[l.name] = l.mac;
  const linkMtus: Record<string, number> = {};
  for (const c of captures) for (const l of c.links) if (l.mtu && links.includes(l.name)) linkMtus[l.name] = l.mtu;
  for (const s of physical) linkMtus[s.name] = Math.max(linkMtus[s.name] ?? 1500, s.mtu);
  let fdtMs: number | undefined;
  for (const c of captures) for (const g of c.groups) {
    const m = g.fdt ? /^(\d+(?:\.\d+)?)s$/.exec(g.fdt) : null;
    if (m) fdtMs = Math.round(Number(m[1]) * 1000);
  }
  const targets = [...new Set(captures.flatMap((c) => c.probeTargets.flatMap((t) => t.targets)))];
  const offline = [...new Set(lifs.filter((s) => (s.flags & IFF.OFFLINE) !== 0n).map((s) => baseName(s.name)))];
  const host: ExportHost = {
    name, release, links, linkMtus, lifs, routes, upOrder: [], persistent, mpathd: [], offline,
  };
  const linksDown = [...new Set(captures.flatMap((c) => c.members.filter((m) => m.link === 'down' && links.includes(m.name)).map((m) => m.name)))];
  return { links, macs, linkMtus, host, files, fdtMs, targets, linksDown, cannot };
}
