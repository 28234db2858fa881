// ICMP echo between the lab's hosts (what a raw ICMP socket's sendto and the reply amount to):
// the sender's kernel routes the request (ip/output.ts), the medium carries it hop by hop to the
// host that owns the destination, through hosts that forward (ip/input.ts), and that host's
// kernel sends the reply back by its own routes. A router that cannot forward the request (no
// route, a reject route, the TTL spent: kernel/ip/forward.ts) sends an ICMP error back to its
// source the same way. Every hop counts on the NICs it crosses and on the routes it uses. A frame crossing a segment takes HOP_US, so round-trip times are
// deterministic: 0.200 ms to a neighbour, 0.400 ms through one router.
import type { LabTransaction } from '../store/transaction';
import type { Family } from '../kernel/model';
import { ipOutput } from '../kernel/ip/output';
import type { OutResult } from '../kernel/ip/output';
import { ipInput } from '../kernel/ip/input';
import { ipForward } from '../kernel/ip/forward';
import type { IcmpError } from '../kernel/ip/forward';
import { carry } from './medium';
import { deliver, probeResolved } from './arp';

/** The time a frame takes across a segment, and a packet looped back inside a host. */
export const HOP_US = 100;
export const LOOPBACK_US = 40;
/** ip_def_ttl: the TTL a host sends with. */
export const DEFAULT_TTL = 255;

export interface EchoRequest {
  family: Family;
  dst: string;
  src?: string;
  /** The interface the socket is bound to (ping -i). */
  ifname?: string;
  ttl?: number;
  /** false: count nothing on the way (in.mpathd's probes; see kernel/ip/output.ts). */
  account?: boolean;
}

export type EchoOutcome =
  /** sendto() failed: nothing was sent. */
  | { errno: number }
  /** The reply came back: from the address pinged, after rttUs. */
  | { reply: { from: string; rttUs: number } }
  /** A router sent back an ICMP error about the request: from its address; `src` was the request's source. */
  | { icmp: IcmpError & { from: string; src: string } }
  /** Sent, and no reply came. */
  | { lost: true };

type Sent = Extract<OutResult, { kind: 'send' }>;

/** Where a packet ended: taken by a host for itself, or turned back by a router with an ICMP error. */
type Travelled = { host: number; hops: number } | { router: number; error: IcmpError };

/** Carries a packet sent by `host` until a host takes it for itself or a router turns it back. */
function travel(lab: LabTransaction, host: number, out: Sent, family: Family, dst: string, ttl: number, account: boolean): Travelled | undefined {
  let from = host;
  let o = out;
  for (let hops = 1; ; hops++) {
    // Traffic goes through the sender's neighbour cache. in.mpathd's probes go where ARP would
    // send them and only fill in the caches (net/arp.ts probeResolved): they count nothing.
    const frame = { family, link: o.link, ifname: o.ifname, nexthop: o.nexthop, src: o.src };
    const at = account ? deliver(lab, from, frame) : carry(lab, from, o.link, family, o.nexthop);
    if (!at) return undefined;
    if (!account) probeResolved(lab, from, frame, at);
    const k = lab.kernel(at.host);
    const verdict = ipInput(k, at.link, family, dst, account);
    if (verdict === 'local') return { host: at.host, hops };
    if (verdict === 'drop') return undefined;
    const fwd = ipForward(k, family, dst, ttl, account);
    if (fwd.kind === 'error') return { router: at.host, error: fwd.error };
    if (fwd.kind !== 'send') return undefined;
    ttl -= 1;
    from = at.host;
    o = fwd.out;
  }
}

/**
 * A router's ICMP error about a packet from `src` (ip.c icmp_pkt): sent back by the router's
 * routes, from its address towards the source; it never causes an error of its own. Where it
 * arrived, and the router's address.
 */
function sendError(lab: LabTransaction, router: number, family: Family, src: string, account: boolean): { host: number; from: string } | undefined {
  const back = ipOutput(lab.kernel(router), { family, dst: src, account });
  if (back.kind !== 'send') return undefined;
  const home = travel(lab, router, back, family, src, DEFAULT_TTL, account);
  return home && 'host' in home ? { host: home.host, from: back.src } : undefined;
}

export function icmpEcho(lab: LabTransaction, host: number, req: EchoRequest): EchoOutcome {
  const k = lab.kernel(host);
  const account = req.account !== false;
  const out = ipOutput(k, req);
  if (out.kind === 'error') return { errno: out.errno };
  if (out.kind === 'drop') return { lost: true };
  if (out.kind === 'local') return { reply: { from: req.dst, rttUs: LOOPBACK_US } };
  const there = travel(lab, host, out, req.family, req.dst, req.ttl ?? DEFAULT_TTL, account);
  if (!there) return { lost: true };
  if ('router' in there) {
    const e = sendError(lab, there.router, req.family, out.src, account);
    return e && e.host === host ? { icmp: { ...there.error, from: e.from, src: out.src } } : { lost: true };
  }
  // The echo reply: from the address that was pinged, back to the request's source, by the
  // responder's routes. An error on its way goes to the responder, not to us.
  const kb = lab.kernel(there.host);
  const back = ipOutput(kb, { family: req.family, dst: out.src, src: req.dst, account });
  if (back.kind === 'local') return there.host === host ? { reply: { from: req.dst, rttUs: LOOPBACK_US } } : { lost: true };
  if (back.kind !== 'send') return { lost: true };
  const home = travel(lab, there.host, back, req.family, out.src, DEFAULT_TTL, account);
  if (home && 'router' in home) sendError(lab, home.router, req.family, req.dst, account);
  if (!home || !('host' in home) || home.host !== host) return { lost: true };
  return { reply: { from: req.dst, rttUs: (there.hops + home.hops) * HOP_US } };
}
