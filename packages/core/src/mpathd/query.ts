// What ipmpstat gets from in.mpathd (libipmp ipmp_snapshot_take; mpd_tables.c getgroupinfo,
// getifinfo, getgraddrinfo): one consistent picture of groups, interfaces and data addresses.
import { IFF } from '../wire';
import type { Kernel } from '../kernel/kernel';
import type { Family } from '../kernel/model';
import { FAMILIES } from '../kernel/model';
import type { AddrInfo, GroupInfo, IfInfo, IpmpSnapshot, MpathdPhyint, MpathdState, ProbeEvent } from './types';
import { activeForData, functioning, groupMembers, hasFlag, hasUpAddress, usable } from './members';
import { boundMember, ipmpGroup, ipmpGroups, walkedLifsOf } from './kernel-view';
import { mpathdMemory } from './memory';
import { groupState } from './transitions';
import { probingEnabled } from './probe';

function ifInfo(k: Kernel, st: MpathdState, p: MpathdPhyint): IfInfo {
  const g = p.group ? ipmpGroup(k, p.group) : undefined;
  const down = !hasUpAddress(k, p);
  const inactive = hasFlag(k, p, IFF.INACTIVE);
  const anyTest = FAMILIES.some((f) => p.probes[f]);
  const failed = p.state === 'failed' || hasFlag(k, p, IFF.FAILED);
  return {
    name: p.name,
    group: p.group,
    groupIf: g?.ifname ?? '',
    active: functioning(k, p) && !down && !inactive && !p.hwdup && !hasFlag(k, p, IFF.OFFLINE | IFF.FAILED),
    flags: {
      inactive,
      standby: hasFlag(k, p, IFF.STANDBY),
      m4: g?.nominee.inet === p.name,
      b4: g?.nominee.inet === p.name,
      m6: g?.nominee.inet6 === p.name,
      down,
      hwdup: p.hwdup,
    },
    link: hasFlag(k, p, IFF.RUNNING) ? 'up' : 'down',
    probe: !anyTest ? 'disabled' : failed ? 'failed' : probingEnabled(p) ? 'ok' : 'unknown',
    state: hasFlag(k, p, IFF.OFFLINE) ? 'offline' : failed ? 'failed' : p.state === 'init' || p.state === 'noTargets' ? 'unknown' : 'ok',
    targets: FAMILIES.filter((f) => p.probes[f]).map((f) => ({
      family: f, mode: p.probes[f]!.mode, testaddr: p.probes[f]!.testaddr, targets: [...p.probes[f]!.targets],
    })),
  };
}

function groupInfo(k: Kernel, st: MpathdState, name: string, ifname: string): GroupInfo {
  const members = groupMembers(st, name);
  const active: string[] = [];
  const inactive: string[] = [];
  const unusable: string[] = [];
  for (const m of members) {
    if (activeForData(k, m) && functioning(k, m) && !m.hwdup) active.push(m.name);
    else if (usable(k, m) && hasFlag(k, m, IFF.INACTIVE)) inactive.push(m.name);
    else unusable.push(m.name);
  }
  return {
    name, ifname, state: groupState(k, st, name),
    fdt: members.some((m) => FAMILIES.some((f) => m.probes[f])) ? st.config.fdt : undefined,
    active, inactive, unusable,
  };
}

/** The data addresses of a group in in.mpathd's order: the reverse of the kernel's. */
function addrInfo(k: Kernel, st: MpathdState, groupName: string, ifname: string, info: IfInfo[]): AddrInfo[] {
  const g = ipmpGroup(k, groupName);
  const rows: AddrInfo[] = [];
  const outbound = info.filter((i) => i.group === groupName && i.active).map((i) => i.name);
  for (const family of FAMILIES) {
    for (const ipif of walkedLifsOf(k, ifname, family)) {
      const up = (ipif.flags & IFF.UP) !== 0n;
      const inbound = up ? boundMember(g, ipif.id, family) : '';
      rows.unshift({ addr: ipif.addr, family, state: up ? 'up' : 'down', groupIf: ifname, inbound, outbound: up && inbound ? outbound : [] });
    }
  }
  // The same address twice in a group is shown once, preferring an UP instance.
  const seen = new Map<string, AddrInfo>();
  for (const r of rows) {
    const key = `${r.family}/${r.addr}`;
    const prev = seen.get(key);
    if (!prev || (prev.state === 'down' && r.state === 'up')) seen.set(key, r);
  }
  return rows.filter((r) => seen.get(`${r.family}/${r.addr}`) === r);
}

/** Undefined when in.mpathd is not running ("cannot contact in.mpathd"). */
export function ipmpSnapshot(k: Kernel): IpmpSnapshot | undefined {
  const st = mpathdMemory(k);
  if (!st?.running) return undefined;
  const named = ipmpGroups(k).sort((a, b) => b.serial - a.serial);
  const groups = named.map((g) => groupInfo(k, st, g.name, g.ifname));
  if (Object.values(st.phyints).some((p) => p.group === '')) groups.push(groupInfo(k, st, '', ''));
  const interfaces = groups.flatMap((g) => groupMembers(st, g.name).map((p) => ifInfo(k, st, p)));
  const addresses = named.flatMap((g) => addrInfo(k, st, g.name, g.ifname, interfaces));
  return { groups, interfaces, addresses, probing: Object.values(st.phyints).some((p) => FAMILIES.some((f) => p.probes[f])) };
}

export function probeEventsSince(k: Kernel, at: number): ProbeEvent[] {
  return (mpathdMemory(k)?.probeLog ?? []).filter((e) => e.at > at);
}

