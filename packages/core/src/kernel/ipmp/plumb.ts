// Creating and removing an IPMP interface (libipadm i_ipadm_plumb_if on ipmpstub0 +
// SIOCSLIFNAME; ip_if.c ipif_set_values_tail creates its group; ipmp.c ipmp_illgrp_create).
import { createRequire } from 'node:module';
import { IFF, KernelError, ERRNO } from '../../wire';
import type { Family, Ill, Phyint } from '../model';
import type { Kernel } from '../kernel';
import { createGroup, destroyGroup, groupOf, groups, membersOf } from './group';
import { fromBytes, maskFromPrefix } from '../addr';
import { sendAddrMsgs } from '../rtsock/emit';
import { refreshMtu } from './active';
import { parseLifName } from '../if/names';

function typeOf(name: string): string {
  const p = parseLifName(name);
  return typeof p === 'string' ? name : p.type;
}

/** An IPMP interface's MTU while it has no members (IP's minimum). */
const EMPTY_MTU: Record<Family, number> = { inet: 68, inet6: 1280 };

/** ip_ipmp_v6intfid: a stable pseudo-random interface id (MD5 of host, name, zone), u/l bit clear. */
export function ipmpLinkLocal(name: string): string {
  // node:crypto is loaded only here, so tools that never plumb an IPv6 IPMP interface skip it.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const h = createHash('md5').update(`ipmplab\0${name}\0global`).digest();
  const id = [...h.subarray(0, 8)];
  id[0] &= ~0x02;
  return fromBytes([0xfe, 0x80, 0, 0, 0, 0, 0, 0, ...id]);
}

export function plumbIpmp(k: Kernel, name: string, af: Family, newIpif: (f: Family, id: number, flags: bigint) => Ill['ipifs'][0], nolinklocal = false): Phyint {
  let phyint = k.state.phyints[name];
  if (phyint && (phyint.ills[af] || (phyint.flags & IFF.IPMP) === 0n)) throw new KernelError(ERRNO.EEXIST);
  if (!phyint) {
    // The first ill of an IPMP interface creates its group, named after the interface.
    if (groups(k)[name]) throw new KernelError(ERRNO.EEXIST);
    phyint = { name, index: ++k.state.lastIndex, flags: IFF.IPMP | IFF.FAILED, ills: {}, group: name };
    k.state.phyints[name] = phyint;
    createGroup(k, name, name);
  }
  const ill: Ill = {
    family: af,
    flags: (af === 'inet' ? IFF.IPV4 : IFF.IPV6) | IFF.MULTICAST,
    mtu: EMPTY_MTU[af],
    metric: 0,
    ipifs: [newIpif(af, 0, af === 'inet' ? IFF.BROADCAST : 0n)],
    usesrcIndex: 0,
  };
  phyint.ills[af] = ill;
  const type = typeOf(name);
  if (!k.state.typeOrder[af].includes(type)) k.state.typeOrder[af].push(type);
  if (af === 'inet6' && nolinklocal) phyint.flags |= IFF.NOLINKLOCAL;
  else if (af === 'inet6') {
    const ipif = ill.ipifs[0];
    ipif.addr = ipmpLinkLocal(name);
    ipif.netmask = maskFromPrefix('inet6', 10);
    sendAddrMsgs(k, { phyint, ill, ipif }, 'CHGADDR');
  }
  const g = groupOf(k, phyint);
  if (g) refreshMtu(k, g);
  k.dirty = true;
  return phyint;
}

/** An IPMP ill goes only when no member of that family and no UP address is left (EBUSY). */
export function checkIpmpUnplumb(k: Kernel, phyint: Phyint, af: Family): void {
  const g = groupOf(k, phyint);
  if (g && membersOf(k, g, af).length > 0) throw new KernelError(ERRNO.EBUSY);
  if (phyint.ills[af]!.ipifs.some((i) => (i.flags & (IFF.UP | IFF.DUPLICATE)) !== 0n)) throw new KernelError(ERRNO.EBUSY);
}

/** After the last ill of the IPMP interface is gone, the group goes too (phyint_free). */
export function ipmpIllRemoved(k: Kernel, phyint: Phyint): void {
  if (phyint.ills.inet || phyint.ills.inet6) return;
  const g = groups(k)[phyint.group];
  if (g && g.ifname === phyint.name) {
    for (const m of g.members) if (k.state.phyints[m]) k.state.phyints[m].group = '';
    destroyGroup(k, g);
  }
}
