// in.mpathd's one window on kernel state. On illumos the daemon learns the interfaces, their
// flags and addresses, the groups and the routes through ioctls and the routing socket
// (mpd_tables.c, mpd_probe.c); here every read it makes of the kernel goes through this file,
// so what in.mpathd sees of the kernel is listed in one place. It acts only through ioctl().
import type { Kernel } from '../kernel/kernel';
import type { Family, Ipif, IpmpGroup, KernelState, Phyint, Timer } from '../kernel/model';
import { walkFamily } from '../kernel/if/lifconf';
import { bindingKey, isIpmp, nameMap } from '../kernel/ipmp/group';

export { nameMap };

/** The interface of this name (SIOCGLIFFLAGS and friends answer from it), if plumbed. */
export function kernelPhyint(k: Kernel, name: string): Phyint | undefined {
  return k.state.phyints[name];
}

/** Every plumbed interface (SIOCGLIFCONF's names), in the kernel's table order. */
export function kernelPhyints(k: Kernel): Phyint[] {
  return Object.values(k.state.phyints);
}

/** Whether an interface is an IPMP interface (IFF_IPMP), which in.mpathd does not track. */
export function isIpmpInterface(ph: Phyint): boolean {
  return isIpmp(ph);
}

/** The IPMP groups (SIOCGLIFGROUPINFO), in the kernel's map order. */
export function ipmpGroups(k: Kernel): IpmpGroup[] {
  return Object.values(k.state.groups ?? {});
}

export function ipmpGroup(k: Kernel, name: string): IpmpGroup | undefined {
  return k.state.groups?.[name];
}

/** The hardware address of a datalink (DLPI's DL_PHYS_ADDR_REQ). */
export function hardwareAddress(k: Kernel, link: string): string | undefined {
  return k.state.links[link]?.mac;
}

/** The logical interfaces of one interface in a family, by logical id (none when not plumbed). */
export function lifsOf(k: Kernel, name: string, family: Family): Ipif[] {
  return k.state.phyints[name]?.ills[family]?.ipifs ?? [];
}

/** The same as SIOCGLIFCONF walks them: the interface's logical interfaces in kernel order. */
export function walkedLifsOf(k: Kernel, name: string, family: Family): Ipif[] {
  const out: Ipif[] = [];
  for (const e of walkFamily(k, family)) if (e.phyint.name === name) out.push(e.ipif);
  return out;
}

/** The member a data address of a group's IPMP interface is bound to ('' for none). */
export function boundMember(g: IpmpGroup | undefined, id: number, family: Family): string {
  return g?.bindings[bindingKey(id, family)] ?? '';
}

/** The gateways of off-link routes (in.mpathd's probe targets come from the routing table). */
export function gateways(k: Kernel, family: Family): string[] {
  return k.routes.gateways(family);
}

/** The kernel's timer queue, which the skip-ahead over steady probing moves (steady.ts). */
export function pendingTimers(k: Kernel): Timer[] {
  return k.state.timers;
}

/** The whole state document, which the skip-ahead compares at cycle boundaries (steady.ts). */
export function stateDocument(k: Kernel): KernelState {
  return k.state;
}
