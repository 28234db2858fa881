// The neighbour cache (ip_ndp.c): the hardware address of each neighbour a host has talked to,
// and neighbour unreachability detection as illumos runs it for ARP and NDP alike. An entry is
// created INCOMPLETE by a send that needs it; its request is retransmitted every
// ND_RETRANS_TIMER until ND_MAX_MULTICAST_SOLICIT went unanswered, then it is deleted. The answer
// makes it REACHABLE; an entry learnt from a request or an announcement is STALE. No timer ages
// a REACHABLE entry: the send that finds it older than the reachable time moves it to DELAY
// (ip.c ip_xmit), ND_DELAY_FIRST_PROBE_TIME later unicast requests verify it (PROBE), and after
// ND_MAX_UNICAST_SOLICIT unanswered ones it is deleted (nce_timer, kernel/ndp/timer.ts).
import type { Kernel } from '../kernel';
import type { Family, Nce } from '../model';
import { addTimer, cancelTimers } from '../timers';

/** ND_REACHABLE_TIME, ND_DELAY_FIRST_PROBE_TIME, ND_RETRANS_TIMER (netinet/icmp6.h), in ms. */
export const REACHABLE_MS = 30000;
export const DELAY_MS = 5000;
export const RETRANS_MS = 1000;
/** ND_MAX_MULTICAST_SOLICIT, ND_MAX_UNICAST_SOLICIT. */
export const MAX_MULTICAST = 3;
export const MAX_UNICAST = 3;

function table(k: Kernel): Nce[] {
  return (k.state.nces ??= []);
}

/** The entry for `addr` on the IP interface `ifname`. */
export function nceLookup(k: Kernel, family: Family, ifname: string, addr: string): Nce | undefined {
  return table(k).find((x) => x.family === family && x.ifname === ifname && x.addr === addr);
}

const timerOf = (e: Nce) => (t: { kind: string; name: string; family: Family; addr: string }) =>
  t.kind === 'nce' && t.name === e.ifname && t.family === e.family && t.addr === e.addr;

/** nce_restart_timer. */
export function nceRestartTimer(k: Kernel, e: Nce, ms: number): void {
  cancelTimers(k, timerOf(e));
  addTimer(k, { at: k.now + ms, kind: 'nce', name: e.ifname, family: e.family, id: 0, addr: e.addr });
}

export function nceDelete(k: Kernel, e: Nce): void {
  const t = table(k);
  const i = t.indexOf(e);
  if (i >= 0) t.splice(i, 1);
  cancelTimers(k, timerOf(e));
  k.dirty = true;
}

/** Every entry of an interface goes with it (ncec_delete_per_ill when the ill is unplumbed). */
export function ncePurgeInterface(k: Kernel, ifname: string, family: Family): void {
  for (const e of table(k).filter((x) => x.ifname === ifname && x.family === family)) nceDelete(k, e);
}

/** Adds an entry (nce_add_impl), newest of its hash bucket. */
export function nceAdd(k: Kernel, e: Omit<Nce, 'serial'>): Nce {
  const serial = (k.state.nceSerial ?? 0) + 1;
  k.state.nceSerial = serial;
  const added: Nce = { ...e, serial };
  table(k).push(added);
  k.dirty = true;
  return added;
}

/** A resolution began and its first request went unanswered: INCOMPLETE, retransmitting. */
export function nceIncomplete(k: Kernel, family: Family, ifname: string, addr: string): void {
  const e = nceAdd(k, { family, ifname, addr, mac: '', state: 'INCOMPLETE', last: 0, probes: MAX_MULTICAST - 1 });
  nceRestartTimer(k, e, RETRANS_MS);
}

/** The neighbour answered our request: REACHABLE with its address (nce_process, solicited). */
export function nceResolved(k: Kernel, family: Family, ifname: string, addr: string, mac: string): void {
  const e = nceLookup(k, family, ifname, addr);
  if (e?.static) return;
  if (e) {
    Object.assign(e, { mac, state: 'REACHABLE', last: k.now, probes: 0 });
    cancelTimers(k, timerOf(e));
  } else {
    nceAdd(k, { family, ifname, addr, mac, state: 'REACHABLE', last: k.now, probes: 0 });
  }
  k.dirty = true;
}

/**
 * A request or an announcement from `addr` at `mac` (arp_process_packet, nce_process unsolicited):
 * an existing entry takes a changed hardware address and goes STALE; `create` (a request aimed at
 * one of our addresses) adds a STALE entry when there is none. Static entries do not change.
 */
export function nceHeard(k: Kernel, family: Family, ifname: string, addr: string, mac: string, create: boolean): void {
  const e = nceLookup(k, family, ifname, addr);
  if (e) {
    if (e.static || (e.mac === mac && e.state !== 'INCOMPLETE')) return;
    Object.assign(e, { mac, state: 'STALE', last: 0, probes: 0 });
    cancelTimers(k, timerOf(e));
    k.dirty = true;
  } else if (create) {
    nceAdd(k, { family, ifname, addr, mac, state: 'STALE', last: 0, probes: 0 });
  }
}

/**
 * A packet is sent through a resolved entry (ip_xmit's NUD block): one not confirmed for the
 * reachable time goes to DELAY, to be verified ND_DELAY_FIRST_PROBE_TIME later.
 */
export function nceUsed(k: Kernel, e: Nce): void {
  if (e.nonud || (e.state !== 'REACHABLE' && e.state !== 'STALE') || k.now - e.last <= REACHABLE_MS) return;
  e.state = 'DELAY';
  k.dirty = true;
  nceRestartTimer(k, e, DELAY_MS);
}
