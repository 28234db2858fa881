// A packet a router forwards (ip_input.c ire_recv_forward_v4 / ip_forward_xmit_v4, and
// ire_recv_noroute_v4 for the reject and no-route cases; ip6_input.c likewise): out again by
// the router's own routes through an interface that forwards too. Its hop limit spent: ICMP
// time exceeded in transit. No route, or a reject route: RTM_MISS on the router's routing socket
// and ICMP host unreachable (IPv6: no route to destination). A blackhole route: RTM_MISS, and
// the packet is dropped without a word.
import { AF_INET, AF_INET6, IFF, RTF, RTM, RTSQ, ZERO_METRICS } from '../../wire';
import type { Kernel } from '../kernel';
import type { Family } from '../model';
import { ipOutput } from './output';
import type { OutResult } from './output';
import { inetSockaddr } from '../rtsock/emit';

/** An ICMP error the router sends back to the packet's source: unreachable or time exceeded, with its code. */
export interface IcmpError {
  type: 'unreach' | 'timxceed';
  code: number;
}

/** ICMP_HOST_UNREACHABLE / ICMP6_DST_UNREACH_NOROUTE; ICMP_TTL_EXCEEDED / ICMP6_TIME_EXCEED_TRANSIT. */
const UNREACH: Record<Family, number> = { inet: 1, inet6: 0 };
const TRANSIT = 0;

export type ForwardResult =
  | { kind: 'send'; out: Extract<OutResult, { kind: 'send' }> }
  | { kind: 'error'; error: IcmpError }
  | { kind: 'drop' };

/** ip_rts_change(RTM_MISS, dst, ..., RTA_DST): a lookup failed on this address. */
function rtsMiss(k: Kernel, family: Family, dst: string): void {
  k.emit({
    header: 'rt', type: RTM.MISS, index: 0, flags: RTF.DONE, pid: 0, seq: 0, errno: 0, use: 0, inits: 0,
    metrics: { ...ZERO_METRICS }, sockaddrs: { DST: inetSockaddr(family, dst) },
  }, RTSQ.ALL, family === 'inet' ? AF_INET : AF_INET6);
}

/** `ttl` is the packet's as it arrived; `account` false leaves no trace (in.mpathd's probes). */
export function ipForward(k: Kernel, family: Family, dst: string, ttl: number, account: boolean): ForwardResult {
  const next = ipOutput(k, { family, dst, account });
  if (next.kind === 'error' || (next.kind === 'drop' && next.blackhole)) {
    if (account) rtsMiss(k, family, dst);
    return next.kind === 'error' ? { kind: 'error', error: { type: 'unreach', code: UNREACH[family] } } : { kind: 'drop' };
  }
  if (next.kind !== 'send') return { kind: 'drop' };
  if (((k.state.phyints[next.ifname]?.ills[family]?.flags ?? 0n) & IFF.ROUTER) === 0n) return { kind: 'drop' };
  if (ttl <= 1) return { kind: 'error', error: { type: 'timxceed', code: TRANSIT } };
  return { kind: 'send', out: next };
}
