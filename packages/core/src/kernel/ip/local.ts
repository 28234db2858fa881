// Which addresses are the host's own (ip_laddr_verify / the IRE_LOCAL lookup): an UP address
// whose DAD is done, on any interface (illumos' default weak end-system model for IPv4 and
// IPv6), and where each UP address of an IPMP group answers ARP.
import { IFF } from '../../wire';
import type { Kernel } from '../kernel';
import type { Family, Ill, Ipif, Phyint } from '../model';
import { bindingKey, groupOf, ipmpPhyint } from '../ipmp/group';

const usable = (i: Ipif) => (i.flags & IFF.UP) !== 0n && i.ready;

/** The logical interface holding `addr` (UP, DAD done), if the host has it. */
export function localIpif(k: Kernel, family: Family, addr: string): { phyint: Phyint; ill: Ill; ipif: Ipif } | undefined {
  for (const phyint of Object.values(k.state.phyints)) {
    const ill = phyint.ills[family];
    const ipif = ill?.ipifs.find((i) => i.addr === addr && usable(i));
    if (ill && ipif) return { phyint, ill, ipif };
  }
  return undefined;
}

/**
 * Whether the NIC under `p` answers an ARP request (a neighbour solicitation) for `addr`: its own
 * UP addresses (an IPMP member's test addresses), and an IPMP group's data addresses bound to it
 * for inbound traffic (ipmp.c: the bound ill's hardware address is the address's), never an
 * address marked NOARP.
 */
export function answersFor(k: Kernel, p: Phyint, family: Family, addr: string): boolean {
  const ill = p.ills[family];
  if (!ill || (ill.flags & IFF.NOARP) !== 0n) return false;
  if (ill.ipifs.some((i) => i.addr === addr && usable(i))) return true;
  const g = groupOf(k, p);
  if (!g) return false;
  const data = ipmpPhyint(k, g)?.ills[family]?.ipifs.find((i) => i.addr === addr && usable(i) && (i.flags & IFF.NOFAILOVER) === 0n);
  return !!data && g.bindings[bindingKey(data.id, family)] === p.name;
}
