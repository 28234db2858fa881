// Data addresses live on the IPMP interface: bringing one UP on an underlying interface moves it
// there first (ip_if.c ipif_up, the IS_UNDER_IPMP migration block; ill_move_ipif).
import { IFF, KernelError, ERRNO } from '../../wire';
import type { Family, Ill, Ipif, Phyint } from '../model';
import type { Kernel } from '../kernel';
import { groupOf, ipmpPhyint } from './group';
import { isLinkLocal6, isUnspecified, UNSPEC } from '../addr';
import { MAX_LOGICAL_ID } from '../if/names';

interface Target {
  phyint: Phyint;
  ill: Ill;
  ipif: Ipif;
}

/** ipmp_ipif_is_dataaddr, and the exemptions from migration (IPv6 link-locals). */
export function migrates(t: Target): boolean {
  const fam = t.ill.family;
  if (!t.phyint.group || (t.phyint.flags & IFF.IPMP) !== 0n) return false;
  if ((t.ipif.flags & IFF.NOFAILOVER) !== 0n || isUnspecified(fam, t.ipif.addr)) return false;
  return !(fam === 'inet6' && isLinkLocal6(t.ipif.addr));
}

function stub(family: Family, id: number, flags: bigint): Ipif {
  return { id, flags, addr: UNSPEC[family], netmask: UNSPEC[family], broadcast: '', dst: '', ready: false };
}

/**
 * Moves the address to the IPMP interface: onto its unit 0 if that is a down stub, else the
 * lowest free logical id. A unit 0 leaves a fresh 0.0.0.0 stub behind, which the caller brings
 * up first. Returns the address's new place and the stub, if one was left.
 */
export function migrate(k: Kernel, t: Target): { moved: Target; stub?: Target } {
  const g = groupOf(k, t.phyint) ?? (() => { throw new KernelError(ERRNO.EINVAL); })();
  const ipmp = ipmpPhyint(k, g);
  const fam = t.ill.family;
  const to = ipmp.ills[fam] ?? (() => { throw new KernelError(ERRNO.EINVAL); })();
  const unit0 = to.ipifs.find((i) => i.id === 0);
  let id = 0;
  if (!unit0 || !(isUnspecified(fam, unit0.addr) && (unit0.flags & IFF.UP) === 0n)) {
    id = 1;
    while (to.ipifs.some((i) => i.id === id)) id++;
    if (id > MAX_LOGICAL_ID) throw new KernelError(ERRNO.ENOBUFS);
  }
  const moved: Ipif = { ...t.ipif, id, flags: t.ipif.flags & ~IFF.UP, ready: false };
  to.ipifs = [...to.ipifs.filter((i) => i.id !== id), moved].sort((a, b) => a.id - b.id);
  let left: Target | undefined;
  if (t.ipif.id === 0) {
    const s = stub(fam, 0, t.ipif.flags & (IFF.BROADCAST | IFF.POINTOPOINT));
    t.ill.ipifs = t.ill.ipifs.map((i) => (i.id === 0 ? s : i));
    left = { phyint: t.phyint, ill: t.ill, ipif: s };
  } else {
    t.ill.ipifs = t.ill.ipifs.filter((i) => i !== t.ipif);
  }
  k.dirty = true;
  return { moved: { phyint: ipmp, ill: to, ipif: moved }, stub: left };
}
