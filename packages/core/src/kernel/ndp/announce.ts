// When a host tells its neighbours where an address is (ip_ndp.c arp_announce / ndp_announce):
// once DAD has verified an UP address (nce_timer's "begin defending"), and when IPMP binds a
// data address to another member (ipmp.c ipmp_ill_bind_ipif announces the new hardware
// address, so the neighbours' caches follow a failover). The announcement goes out on the NIC
// that answers for the address; the network carries it (KernelNetwork.announce). illumos sends
// a few at ip_arp_publish_interval; one is modelled, the rest would repeat it.
import { IFF } from '../../wire';
import type { Kernel } from '../kernel';
import type { Family, IpmpGroup, Ipif, Phyint } from '../model';
import { bindingKey, groupOf, ipmpPhyint, isIpmp } from '../ipmp/group';
import { isUnspecified } from '../addr';

/** Announces an address that became usable, from its NIC (a data address: from its bound member). */
export function announceAddress(k: Kernel, p: Phyint, family: Family, ipif: Ipif): void {
  if (!k.network || isUnspecified(family, ipif.addr) || (ipif.flags & IFF.NOARP) !== 0n) return;
  const nic = isIpmp(p) ? groupOf(k, p)?.bindings[bindingKey(ipif.id, family)] : p.name;
  if (nic) k.network.announce(family, nic, ipif.addr);
}

/** After the group's bindings changed: announces each ready data address from its new member. */
export function announceRebound(k: Kernel, g: IpmpGroup, before: Readonly<Record<string, string>>): void {
  if (!k.network) return;
  const ipmp = ipmpPhyint(k, g);
  for (const [key, member] of Object.entries(g.bindings)) {
    if (before[key] === member) continue;
    const [id, family] = key.split('/') as [string, Family];
    const ipif = ipmp?.ills[family]?.ipifs.find((i) => i.id === Number(id));
    if (ipif && ipif.ready && (ipif.flags & IFF.UP) !== 0n) k.network.announce(family, member, ipif.addr);
  }
}
