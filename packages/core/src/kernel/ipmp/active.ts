// Which members carry data, and where each data address is bound (ipmp.c ipmp_ill_is_active,
// ipmp_phyint_refresh_active, ipmp_ill_activate / _deactivate, ipmp_illgrp_add_ipif / _del_ipif,
// ipmp_illgrp_refresh_mtu), and the IPMP interface's own link state that follows from it.
import { IFF } from '../../wire';
import type { Family, IpmpGroup, Phyint } from '../model';
import { FAMILIES } from '../model';
import type { Kernel } from '../kernel';
import { bindingKey, groupOf, ipmpPhyint, membersOf } from './group';
import { isUnspecified } from '../addr';
import { sendIfinfo } from '../rtsock/emit';
import { startDad } from '../if/dad';
import { cancelTimers } from '../timers';
import { announceRebound } from '../ndp/announce';

const UNUSABLE = IFF.OFFLINE | IFF.INACTIVE | IFF.FAILED;

/** Active: at least one UP address and none of OFFLINE, INACTIVE, FAILED (RUNNING is not checked). */
export function isActive(member: Phyint, family: Family): boolean {
  const ill = member.ills[family];
  return !!ill && (member.flags & UNUSABLE) === 0n && ill.ipifs.some((i) => (i.flags & IFF.UP) !== 0n);
}

/** UP data addresses of the IPMP interface (not NOFAILOVER, not the unspecified address). */
function dataKeys(k: Kernel, g: IpmpGroup, family: Family): string[] {
  const ill = ipmpPhyint(k, g)?.ills[family];
  return (ill?.ipifs ?? [])
    .filter((i) => (i.flags & IFF.UP) !== 0n && (i.flags & IFF.NOFAILOVER) === 0n && !isUnspecified(family, i.addr))
    .map((i) => bindingKey(i.id, family));
}

const famOf = (key: string): Family => key.split('/')[1] as Family;
const boundTo = (g: IpmpGroup, family: Family, member: string) =>
  Object.keys(g.bindings).filter((key) => famOf(key) === family && g.bindings[key] === member);

function bind(g: IpmpGroup, key: string, member: string): void {
  delete g.bindings[key]; // re-insert so the newest binding is last
  g.bindings[key] = member;
}

/** ipmp_illgrp_min_ill: the active member with the fewest bound addresses (first among ties). */
function leastLoaded(g: IpmpGroup, family: Family): string | undefined {
  const act = g.active[family] ?? [];
  let best: string | undefined;
  for (const m of act) if (best === undefined || boundTo(g, family, m).length < boundTo(g, family, best).length) best = m;
  return best;
}

function mostLoaded(g: IpmpGroup, family: Family): string | undefined {
  const act = g.active[family] ?? [];
  let best: string | undefined;
  for (const m of act) if (best === undefined || boundTo(g, family, m).length > boundTo(g, family, best).length) best = m;
  return best;
}

function activate(g: IpmpGroup, family: Family, member: string, keys: string[]): void {
  const act = (g.active[family] ??= []);
  act.push(member);
  if (act.length === 1) {
    g.nominee[family] = member;
    for (const key of keys) bind(g, key, member);
    return;
  }
  // Move addresses from the busiest member until the newcomer has nearly as many.
  for (;;) {
    const max = mostLoaded(g, family)!;
    const maxBound = boundTo(g, family, max);
    if (boundTo(g, family, member).length + 1 >= maxBound.length) return;
    bind(g, maxBound[maxBound.length - 1], member);
  }
}

function deactivate(g: IpmpGroup, family: Family, member: string): void {
  g.active[family] = (g.active[family] ?? []).filter((m) => m !== member);
  if (g.nominee[family] === member) {
    const head = g.active[family]![0];
    if (head) g.nominee[family] = head;
    else delete g.nominee[family];
  }
  for (const key of boundTo(g, family, member)) {
    delete g.bindings[key];
    const to = leastLoaded(g, family);
    if (to) bind(g, key, to);
  }
}

/** Re-evaluates every member of a group and schedules the IPMP interface's link change. */
export function refreshGroup(k: Kernel, g: IpmpGroup): void {
  const before = { ...g.bindings };
  for (const family of FAMILIES) {
    if (!ipmpPhyint(k, g)?.ills[family]) continue;
    const keys = dataKeys(k, g, family);
    // Bindings of addresses that went away are dropped.
    for (const key of Object.keys(g.bindings)) if (famOf(key) === family && !keys.includes(key)) delete g.bindings[key];
    const want = membersOf(k, g, family).filter((p) => isActive(p, family)).map((p) => p.name);
    for (const m of [...(g.active[family] ?? [])]) if (!want.includes(m)) deactivate(g, family, m);
    for (const m of want) if (!(g.active[family] ?? []).includes(m)) activate(g, family, m, keys.filter((key) => !g.bindings[key]));
  }
  announceRebound(k, g, before);
  k.dirty = true;
  k.deferred.push(() => syncGroupLink(k, g.name));
}

export function refreshFor(k: Kernel, phyint: Phyint): void {
  const g = groupOf(k, phyint);
  if (g) refreshGroup(k, g);
}

/** A new UP data address on the IPMP interface goes to the least-loaded active member. */
export function bindNew(k: Kernel, g: IpmpGroup, id: number, family: Family): void {
  const to = leastLoaded(g, family);
  if (to) bind(g, bindingKey(id, family), to);
  k.dirty = true;
}

/** An address went down: unbind it and even the load out again by at most one move. */
export function unbind(k: Kernel, g: IpmpGroup, id: number, family: Family): void {
  const key = bindingKey(id, family);
  const from = g.bindings[key];
  delete g.bindings[key];
  k.dirty = true;
  if (!from) return;
  const max = mostLoaded(g, family);
  if (!max || max === from) return;
  const maxBound = boundTo(g, family, max);
  if (maxBound.length > boundTo(g, family, from).length + 1) {
    const before = { ...g.bindings };
    bind(g, maxBound[maxBound.length - 1], from);
    announceRebound(k, g, before);
  }
}

/**
 * The group "link": the IPMP interface is RUNNING while at least one member is active and
 * FAILED otherwise. A change runs like a driver link notification (ill_restart_dad).
 */
function syncGroupLink(k: Kernel, name: string): void {
  const g = k.state.groups?.[name];
  const ipmp = g && ipmpPhyint(k, g);
  if (!g || !ipmp) return;
  const up = FAMILIES.some((f) => (g.active[f] ?? []).length > 0);
  if (up === ((ipmp.flags & IFF.RUNNING) !== 0n)) return;
  ipmp.flags = up ? (ipmp.flags | IFF.RUNNING) & ~IFF.FAILED : (ipmp.flags & ~IFF.RUNNING) | IFF.FAILED;
  k.dirty = true;
  for (const family of FAMILIES) {
    const ill = ipmp.ills[family];
    if (!ill) continue;
    const unit0 = ill.ipifs.find((i) => i.id === 0);
    if (!up) {
      for (const ipif of ill.ipifs) if ((ipif.flags & IFF.UP) !== 0n) ipif.ready = false;
      cancelTimers(k, (x) => x.kind === 'dad' && x.name === ipmp.name && x.family === family);
      if (unit0) sendIfinfo(k, { phyint: ipmp, ill, ipif: unit0 });
      continue;
    }
    if (unit0 && (unit0.flags & IFF.UP) === 0n) sendIfinfo(k, { phyint: ipmp, ill, ipif: unit0 });
    for (const ipif of ill.ipifs) if ((ipif.flags & IFF.UP) !== 0n) startDad(k, { phyint: ipmp, ill, ipif });
  }
}

/** ipmp_illgrp_refresh_mtu: the members' minimum, never below 68/1280 (unless fixed). */
export function refreshMtu(k: Kernel, g: IpmpGroup): void {
  const ipmp = ipmpPhyint(k, g);
  for (const family of FAMILIES) {
    const ill = ipmp?.ills[family];
    if (!ill || (ill.flags & IFF.FIXEDMTU) !== 0n) continue;
    const floor = family === 'inet' ? 68 : 1280;
    const mtus = membersOf(k, g, family).map((p) => p.ills[family]!.mtu);
    ill.mtu = mtus.length ? Math.max(floor, Math.min(...mtus)) : floor;
  }
  k.dirty = true;
}
