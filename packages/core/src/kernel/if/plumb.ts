// kernel/if/: the interface layer (ip_if.c): plumbing, flags, addresses, up and down, DAD and
// duplicate-address conflicts, datalink state, interface enumeration (lifconf) and names.
//
// Plumbing and unplumbing IP on a datalink (libipadm i_ipadm_plumb_if + SIOCSLIFNAME;
// ip_if.c ill_delete / ill_delete_tail / ipif_free_tail).
import { IFF, KernelError, ERRNO } from '../../wire';
import type { Family, Ill, Ipif, Phyint } from '../model';
import type { Kernel } from '../kernel';
import type { IoctlArg, IoctlReply } from '../ioctl-types';
import { parseLifName } from './names';
import { linkLocalFromMac, maskFromPrefix, UNSPEC } from '../addr';
import { sendAddrMsgs } from '../rtsock/emit';
import { sendDownMsgs } from './updown';
import { deleteIpifRoutes } from '../route/interface-routes';
import { cancelTimers } from '../timers';
import { RTSQ } from '../../wire';
import { plumbIpmp, checkIpmpUnplumb, ipmpIllRemoved } from '../ipmp/plumb';
import { forwardingOn } from '../tunables-store';
import { groupOf } from '../ipmp/group';
import { refreshGroup, refreshMtu } from '../ipmp/active';
import { leaveGroup } from '../ipmp/join';
import { ncePurgeInterface } from '../ndp/cache';

/** lo0's MTUs as illumos sets them. */
export const LOOPBACK_MTU: Record<Family, number> = { inet: 8232, inet6: 8252 };
const LOOPBACK_ADDR: Record<Family, string> = { inet: '127.0.0.1', inet6: '::1' };

export function newIpif(family: Family, id: number, flags: bigint): Ipif {
  return { id, flags, addr: UNSPEC[family], netmask: UNSPEC[family], broadcast: '', dst: '', ready: false };
}

/** Flags a freshly plumbed ill and its unit 0 get on an Ethernet link. */
function plumbFlags(family: Family): { ill: bigint; ipif: bigint } {
  return family === 'inet'
    ? { ill: IFF.IPV4 | IFF.MULTICAST, ipif: IFF.BROADCAST }
    : { ill: IFF.IPV6 | IFF.MULTICAST, ipif: 0n };
}

export function plumb(k: Kernel, req: IoctlArg<'PLUMB'>): IoctlReply<'PLUMB'> {
  k.requirePrivilege();
  const parsed = parseLifName(req.name);
  if (typeof parsed === 'string') throw new KernelError(ERRNO[parsed]);
  if (parsed.id !== 0) throw new KernelError(ERRNO.EINVAL);
  if (req.ipmp) {
    const ipmp = plumbIpmp(k, parsed.phys, req.af, newIpif, !!req.nolinklocal);
    if (forwardingOn(k, req.af)) ipmp.ills[req.af]!.flags |= IFF.ROUTER;
    return { index: ipmp.index };
  }
  const loopback = parsed.phys === 'lo0';
  const link = k.state.links[parsed.phys];
  if (!link && !loopback) throw new KernelError(ERRNO.ENXIO);
  let phyint = k.state.phyints[parsed.phys];
  // The name is taken for this family, or by an IPMP interface (a datalink's ill cannot join it).
  if (phyint?.ills[req.af] || (phyint && (phyint.flags & IFF.IPMP) !== 0n)) throw new KernelError(ERRNO.EEXIST);
  if (!phyint) {
    const flags = loopback ? IFF.LOOPBACK | IFF.VIRTUAL | IFF.RUNNING : link!.linkUp ? IFF.RUNNING : 0n;
    phyint = { name: parsed.phys, index: ++k.state.lastIndex, flags, ills: {}, group: '' };
    k.state.phyints[phyint.name] = phyint;
  }
  const f = plumbFlags(req.af);
  const mtu = loopback ? LOOPBACK_MTU[req.af] : link!.mtu;
  const ill: Ill = { family: req.af, flags: f.ill, mtu, metric: 0, ipifs: [newIpif(req.af, 0, loopback ? 0n : f.ipif)], usesrcIndex: 0 };
  // ill_phyint_reinit: a new ill of a host that forwards is a router from the start.
  if (!loopback && forwardingOn(k, req.af)) ill.flags |= IFF.ROUTER;
  phyint.ills[req.af] = ill;
  if (!k.state.typeOrder[req.af].includes(parsed.type)) k.state.typeOrder[req.af].push(parsed.type);
  k.dirty = true;
  if (loopback) {
    // Creating lo0 sets its address (ip_if.c ipif_lookup_on_name for the loopback ill).
    const ipif = ill.ipifs[0];
    ipif.addr = LOOPBACK_ADDR[req.af];
    ipif.netmask = req.af === 'inet' ? '255.0.0.0' : maskFromPrefix('inet6', 128);
    sendAddrMsgs(k, { phyint, ill, ipif }, 'CHGADDR');
  } else if (req.af === 'inet6' && req.nolinklocal) {
    // SIOCSLIFNAME with IFF_NOLINKLOCAL: the address stays :: until one is configured.
    phyint.flags |= IFF.NOLINKLOCAL;
  } else if (req.af === 'inet6') {
    // The link-local address is generated as soon as the hardware address is known (ipif_setlinklocal).
    const ipif = ill.ipifs[0];
    ipif.addr = linkLocalFromMac(link.mac);
    ipif.netmask = maskFromPrefix('inet6', 10);
    sendAddrMsgs(k, { phyint, ill, ipif }, 'CHGADDR');
  }
  const g = groupOf(k, phyint);
  if (g && (phyint.flags & IFF.IPMP) === 0n) {
    // The new ill is in its phyint's group if the group has this family, else the phyint leaves.
    if (k.state.phyints[g.ifname]?.ills[req.af]) {
      refreshMtu(k, g);
      refreshGroup(k, g);
    } else leaveGroup(k, phyint);
  }
  return { index: phyint.index };
}

export function unplumb(k: Kernel, req: IoctlArg<'UNPLUMB'>): IoctlReply<'UNPLUMB'> {
  k.requirePrivilege();
  const { phyint, ill } = k.ill(req.name, req.af);
  const parsed = parseLifName(req.name);
  if (typeof parsed !== 'string' && parsed.id !== 0) throw new KernelError(ERRNO.EINVAL);
  if ((phyint.flags & IFF.IPMP) !== 0n) checkIpmpUnplumb(k, phyint, req.af);
  removeIll(k, phyint, ill);
  if ((phyint.flags & IFF.IPMP) !== 0n) ipmpIllRemoved(k, phyint);
  return {};
}

/**
 * ill_delete + ill_delete_tail: an underlying interface first leaves its group for this family
 * (so the messages below reach every socket), then every logical interface goes down (messages
 * even for down ones) and is freed.
 */
export function removeIll(k: Kernel, phyint: Phyint, ill: Ill): void {
  const member = (phyint.flags & IFF.IPMP) === 0n ? groupOf(k, phyint) : undefined;
  const rtsq = member ? RTSQ.ALL : undefined;
  if (member) {
    delete phyint.ills[ill.family];
    refreshMtu(k, member);
    refreshGroup(k, member);
    phyint.ills[ill.family] = ill;
  }
  for (const ipif of ill.ipifs) {
    const t = { phyint, ill, ipif };
    if ((ipif.flags & IFF.UP) !== 0n) deleteIpifRoutes(k, phyint, ill, ipif);
    ipif.flags &= ~IFF.UP;
    sendDownMsgs(k, t, rtsq);
  }
  for (const ipif of ill.ipifs) sendAddrMsgs(k, { phyint, ill, ipif }, 'FREEADDR', rtsq);
  cancelTimers(k, (x) => x.name === phyint.name && x.family === ill.family);
  ncePurgeInterface(k, phyint.name, ill.family);
  delete phyint.ills[ill.family];
  if (!phyint.ills.inet && !phyint.ills.inet6) {
    if (member) {
      member.members = member.members.filter((m) => m !== phyint.name);
      refreshGroup(k, member);
    }
    delete k.state.phyints[phyint.name];
  }
  const type = typeOf(phyint.name);
  const stillUsed = Object.values(k.state.phyints).some((p) => p.ills[ill.family] && typeOf(p.name) === type);
  if (!stillUsed) k.state.typeOrder[ill.family] = k.state.typeOrder[ill.family].filter((t) => t !== type);
  k.dirty = true;
}

export function typeOf(phys: string): string {
  const parsed = parseLifName(phys);
  return typeof parsed === 'string' ? phys : parsed.type;
}
