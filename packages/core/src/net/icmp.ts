// ICMP echo between the lab's hosts (what a raw ICMP socket's sendto and the reply amount to):
// the sender's kernel routes the request (ip/output.ts), the medium carries it hop by hop to the
// host that owns the destination, through hosts that forward (ip/input.ts), and that host's
// kernel sends the reply back by its own routes. Every hop counts on the NICs it crosses and on
// the routes it uses. A frame crossing a segment takes HOP_US, so round-trip times are
// deterministic: 0.200 ms to a neighbour, 0.400 ms through one router.
import { IFF } from '../wire';
import type { LabTransaction } from '../store/transaction';
import type { Family } from '../kernel/model';
import { ipOutput } from '../kernel/ip/output';
import type { OutResult } from '../kernel/ip/output';
import { ipInput } from '../kernel/ip/input';
import { carry } from './medium';
import { deliver } from './arp';

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
  /** Sent, and no reply came. */
  | { lost: true };

type Sent = Extract<OutResult, { kind: 'send' }>;

/** Carries a packet sent by `host` until a host takes it for itself; that host and the hops taken. */
function travel(lab: LabTransaction, host: number, out: Sent, family: Family, dst: string, ttl: number, account: boolean): { host: number; hops: number } | undefined {
  let from = host;
  let o = out;
  for (let hops = 1; ; hops++) {
    // in.mpathd's probes read the network without a trace (net/probe.ts); other traffic goes
    // through the sender's neighbour cache.
    const at = account
      ? deliver(lab, from, { family, link: o.link, ifname: o.ifname, nexthop: o.nexthop, src: o.src })
      : carry(lab, from, o.link, family, o.nexthop);
    if (!at) return undefined;
    const k = lab.kernel(at.host);
    const verdict = ipInput(k, at.link, family, dst, account);
    if (verdict === 'local') return { host: at.host, hops };
    if (verdict === 'drop' || ttl <= 1) return undefined;
    ttl -= 1;
    // ip_forward: out again by the router's own routes, through an interface that forwards too.
    const next = ipOutput(k, { family, dst, account });
    if (next.kind !== 'send') return undefined;
    if (((k.state.phyints[next.ifname]?.ills[family]?.flags ?? 0n) & IFF.ROUTER) === 0n) return undefined;
    from = at.host;
    o = next;
  }
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
  // The echo reply: from the address that was pinged, back to the request's source, by the
  // responder's routes.
  const kb = lab.kernel(there.host);
  const back = ipOutput(kb, { family: req.family, dst: out.src, src: req.dst, account });
  if (back.kind === 'local') return there.host === host ? { reply: { from: req.dst, rttUs: LOOPBACK_US } } : { lost: true };
  if (back.kind !== 'send') return { lost: true };
  const home = travel(lab, there.host, back, req.family, out.src, DEFAULT_TTL, account);
  if (!home || home.host !== host) return { lost: true };
  return { reply: { from: req.dst, rttUs: (there.hops + home.hops) * HOP_US } };
}
