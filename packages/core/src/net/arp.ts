// Address resolution on the wire (ip_arp.c, ip_ndp.c): a frame for a next hop goes to the
// hardware address in the sender's neighbour cache (kernel/ndp/cache.ts), found by a broadcast
// request when there is none; the neighbour that answers learns the requester in turn
// (arp_process_packet: "if we think the sender's unknown, we create an entry"). A stale
// mapping sends frames to the old NIC until unreachability detection or an announcement
// corrects it. Announcements (gratuitous ARP, unsolicited neighbour advertisements) update the
// entries other hosts on the segment already have, never create one. ARP frames themselves are
// not drawn for a segment's loss: only the frames they resolve for are.
import type { LabTransaction } from '../store/transaction';
import type { Family } from '../kernel/model';
import type { Kernel, Solicitation } from '../kernel/kernel';
import { groupOf, ipmpPhyint, isIpmp } from '../kernel/ipmp/group';
import { answersFor } from '../kernel/ip/local';
import { nceHeard, nceIncomplete, nceLookup, nceResolved, nceUsed } from '../kernel/ndp/cache';
import { answerer, lostOn, nicWithMac, nicsOn, onWire } from './medium';
import type { Arrival, Nic } from './medium';

/** One frame to send: the NIC that puts it on the wire, the IP interface it leaves by, the next hop, the packet's source. */
export interface Frame {
  family: Family;
  link: string;
  ifname: string;
  nexthop: string;
  src: string;
}

/**
 * The IP interface neighbours are kept on: an interface under IPMP keeps them on its IPMP
 * interface (ip_ndp.c nce_lookup_then_add_v4: "the ncec_t itself will be created on the
 * ipmp_ill"), whichever member resolved them.
 */
function neighbourIfName(k: Kernel, ifname: string): string {
  const p = k.state.phyints[ifname];
  const g = p && !isIpmp(p) ? groupOf(k, p) : undefined;
  return g ? ipmpPhyint(k, g).name : ifname;
}

const neighbourIf = (k: Kernel, n: Nic): string => neighbourIfName(k, n.link);

/** An ARP request (neighbour solicitation) from `host`'s NIC: the answering hardware address. */
export function solicit(lab: LabTransaction, host: number, req: Solicitation): string | undefined {
  const w = onWire(lab, host, req.link);
  if (!w) return undefined;
  let n: Nic | undefined;
  if (req.mac !== undefined) {
    const to = nicWithMac(lab, host, w, req.mac);
    n = to?.phyint && answersFor(to.kernel, to.phyint, req.family, req.addr) ? to : undefined;
  } else {
    n = answerer(lab, host, w, req.family, req.addr);
  }
  const mac = lab.kernel(host).state.links[req.link]?.mac;
  if (n && mac && req.src !== '') nceHeard(n.kernel, req.family, neighbourIf(n.kernel, n), req.src, mac, true);
  return n?.mac;
}

/** Sends the frame through the sender's neighbour cache; the NIC that takes it, or undefined when lost. */
export function deliver(lab: LabTransaction, host: number, f: Frame): Arrival | undefined {
  const k = lab.kernel(host);
  const w = onWire(lab, host, f.link);
  const lost = !!w && lostOn(lab, w);
  const ifname = neighbourIfName(k, f.ifname);
  const e = nceLookup(k, f.family, ifname, f.nexthop);
  let mac: string | undefined;
  if (!e) {
    mac = solicit(lab, host, { family: f.family, link: f.link, addr: f.nexthop, src: f.src });
    if (mac) nceResolved(k, f.family, ifname, f.nexthop, mac);
    else nceIncomplete(k, f.family, ifname, f.nexthop);
  } else if (e.state !== 'INCOMPLETE') {
    // Queued behind an unresolved entry, a packet is dropped when resolution fails.
    nceUsed(k, e);
    mac = e.mac;
  }
  return w && mac && !lost ? nicWithMac(lab, host, w, mac) : undefined;
}

/**
 * in.mpathd's probe from `host` reached `at` (it went where ARP would send it, medium.ts carry):
 * the prober keeps the target's address and the target the prober's, once. Only a change of
 * the network changes them again, so steady probing leaves every cache as it was and a long
 * clock advance may still jump over it (mpathd/steady.ts).
 */
export function probeResolved(lab: LabTransaction, host: number, f: Frame, at: Arrival): void {
  const k = lab.kernel(host);
  const ifname = neighbourIfName(k, f.ifname);
  const e = nceLookup(k, f.family, ifname, f.nexthop);
  if (!e || (e.mac !== at.mac && !e.static)) nceResolved(k, f.family, ifname, f.nexthop, at.mac);
  const mac = k.state.links[f.link]?.mac;
  const kb = lab.kernel(at.host);
  if (mac && f.src !== '') nceHeard(kb, f.family, neighbourIfName(kb, at.link), f.src, mac, true);
}

/**
 * `host` announces that `addr` is at its NIC `link` (arp_announce / ndp_announce, after DAD and
 * when IPMP rebinds a data address): the other hosts on the segment that know `addr` update it.
 */
export function announce(lab: LabTransaction, host: number, link: string, family: Family, addr: string): void {
  const w = onWire(lab, host, link);
  const mac = lab.kernel(host).state.links[link]?.mac;
  if (!w || !mac) return;
  for (const n of nicsOn(lab, host, w, false)) {
    if (n.phyint?.ills[family]) nceHeard(n.kernel, family, neighbourIf(n.kernel, n), addr, mac, false);
  }
}
