// kernel/ipmp/: the kernel's side of IPMP (ipmp.c): groups and their IPMP interface, joining
// and leaving, which members are active and where data addresses are bound, migration of
// addresses, and the group ioctls. in.mpathd (mpathd/) decides failures; this carries them out.
//
// IPMP groups: lookup, creation with their IPMP interface, renaming, destruction
// (ipmp.c ipmp_grp_create / _lookup / _rename / _destroy).
import { IFF } from '../../wire';
import type { Family, IpmpGroup, Phyint } from '../model';
import type { Kernel } from '../kernel';

/**
 * Groups by name. A group name can be any text (ipmp0, "constructor", "__proto__"), so the map
 * has no prototype: a name never reaches Object.prototype (the state codec keeps it that way).
 */
export function groups(k: Kernel): Record<string, IpmpGroup> {
  k.state.groups ??= nameMap();
  return k.state.groups;
}

/** An empty map keyed by names users choose. */
export function nameMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function isIpmp(phyint: Phyint): boolean {
  return (phyint.flags & IFF.IPMP) !== 0n;
}

/** The group an underlying interface or an IPMP interface belongs to. */
export function groupOf(k: Kernel, phyint: Phyint): IpmpGroup | undefined {
  return phyint.group ? groups(k)[phyint.group] : undefined;
}

export function ipmpPhyint(k: Kernel, group: IpmpGroup): Phyint {
  return k.state.phyints[group.ifname];
}

export function createGroup(k: Kernel, name: string, ifname: string): IpmpGroup {
  k.state.groupSerial = (k.state.groupSerial ?? 0) + 1;
  const g: IpmpGroup = { name, ifname, serial: k.state.groupSerial, members: [], active: {}, nominee: {}, bindings: {} };
  groups(k)[name] = g;
  k.dirty = true;
  return g;
}

export function renameGroup(k: Kernel, g: IpmpGroup, to: string): void {
  const all = groups(k);
  delete all[g.name];
  g.name = to;
  all[to] = g;
  for (const p of [g.ifname, ...g.members]) if (k.state.phyints[p]) k.state.phyints[p].group = to;
  k.dirty = true;
}

export function destroyGroup(k: Kernel, g: IpmpGroup): void {
  delete groups(k)[g.name];
  k.dirty = true;
}

/** Members that have an ill of this family. */
export function membersOf(k: Kernel, g: IpmpGroup, family: Family): Phyint[] {
  return g.members.map((m) => k.state.phyints[m]).filter((p) => p?.ills[family]);
}

export const bindingKey = (id: number, family: Family): string => `${id}/${family}`;

/** Whether a data address of the IPMP interface is bound to a member. */
export function isBound(g: IpmpGroup, id: number, family: Family): boolean {
  return !!g.bindings[bindingKey(id, family)];
}
