// The IPMP group panel's data, asked of the kernel the way ipmpstat's library asks: the
// interface list with LIFC_UNDER_IPMP (SIOCGLIFCONF), then per interface SIOCGLIFGROUPNAME and
// SIOCGLIFFLAGS. A member's state comes from its phyint flags (OFFLINE, FAILED, INACTIVE); the
// data addresses are the IPMP interface's logical interfaces; test addresses are a member's
// NOFAILOVER addresses. Where each data address is bound is asked with SIOCGLIFBINDING
// (reference ipmp-semantics §4: the member's name, '' when unbound).
//
// The panel reads a read-only snapshot of the kernel (Session.view: no write lock is held while
// it looks, so a monitor never holds up writers).
import { ioctl, IFF } from '@ipmplab/core/syscalls';
import { LIFC_ALL, tryIoctl } from '@ipmplab/userland';
import type { Family, Kernel } from '@ipmplab/core/syscalls';
import type { GroupsView, GroupView, MemberState, MemberView } from '../types';

export function memberState(flags: bigint): MemberState {
  if (flags & IFF.OFFLINE) return 'offline';
  if (flags & IFF.FAILED) return 'failed';
  if (flags & IFF.INACTIVE) return 'inactive';
  return 'active';
}

const physOf = (lif: string) => lif.split(':')[0];

/** SIOCGLIFBINDING: the member a data address is bound to ('' unbound). */
function binding(k: Kernel, name: string, af: Family): string {
  return tryIoctl(() => ioctl(k, 'SIOCGLIFBINDING', { name, af }))?.binding ?? '';
}

export function readGroups(k: Kernel | undefined): GroupsView {
  if (!k) return { groups: [] };
  const { entries } = ioctl(k, 'SIOCGLIFCONF', { af: 'unspec', flags: LIFC_ALL });
  const groups = new Map<string, GroupView>();
  const group = (name: string) => {
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { group: name, members: [], data: [] }));
    return g;
  };
  const members = new Map<string, MemberView>();
  for (const e of entries) {
    const phys = physOf(e.name);
    const gname = tryIoctl(() => ioctl(k, 'SIOCGLIFGROUPNAME', { name: phys, af: e.family }).group);
    if (!gname) continue;
    const flags = tryIoctl(() => ioctl(k, 'SIOCGLIFFLAGS', { name: e.name, af: e.family }).flags) ?? 0n;
    const g = group(gname);
    if (flags & IFF.IPMP) {
      g.ipmpIf ??= phys;
      g.data.push({ lif: e.name, addr: e.addr, up: (flags & IFF.UP) !== 0n, boundTo: binding(k, e.name, e.family) });
      continue;
    }
    let m = members.get(phys);
    if (!m) {
      m = { name: phys, state: memberState(flags), standby: (flags & IFF.STANDBY) !== 0n, running: (flags & IFF.RUNNING) !== 0n, testAddrs: [] };
      members.set(phys, m);
      g.members.push(m);
    }
    const unspecified = e.addr === '0.0.0.0' || e.addr === '::';
    if ((flags & IFF.NOFAILOVER) && !unspecified && !m.testAddrs.includes(e.addr)) m.testAddrs.push(e.addr);
  }
  return { groups: [...groups.values()].sort((a, b) => a.group.localeCompare(b.group)) };
}

/** name -> interface index for every plumbed interface (for --interface on index-only messages). */
export function interfaceIndexes(k: Kernel | undefined): [string, number][] {
  if (!k) return [];
  const out = new Map<string, number>();
  for (const e of ioctl(k, 'SIOCGLIFCONF', { af: 'unspec', flags: LIFC_ALL }).entries) {
    const phys = physOf(e.name);
    if (out.has(phys)) continue;
    const index = tryIoctl(() => ioctl(k, 'SIOCGLIFINDEX', { name: phys, af: e.family }).index);
    if (index) out.set(phys, index);
  }
  return [...out];
}
