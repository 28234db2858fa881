// Probe-based failure detection (mpd_probe.c): ICMP probes from each test address to the
// targets in.mpathd picked (on-link routers from the routing table, else hosts answering
// all-hosts multicast), one every FAILURE_DETECTION_TIME/(NUM_PROBE_FAILS+2); NUM_PROBE_FAILS
// lost in a row fail the interface, NUM_PROBE_REPAIRS answered in a row repair it.
import { IFF } from '../wire';
import type { Kernel } from '../kernel/kernel';
import type { Family, Timer } from '../kernel/model';
import { FAMILIES } from '../kernel/model';
import { addTimer, cancelTimers } from '../kernel/timers';
import { inSubnet, isLinkLocal6 } from '../kernel/addr';
import type { MpathdPhyint, MpathdState, ProbeEvent, ProbeFamily } from './types';
import { FAILURE_DETECTION_QP, NUM_PROBE_FAILS, NUM_PROBE_REPAIRS } from './types';
import { fail, repair } from './transitions';
import { groupMembers, hasFlag } from './members';
import { gateways, lifsOf } from './kernel-view';
import { mpathdMemory } from './memory';

const MAX_PROBE_TARGETS = 5;
/** Probe results kept for ipmpstat -p. */
export const PROBE_LOG = 1000;
/** The lab's round-trip times repeat every this many probe ids. */
export const RTT_PERIOD = 7;

export function probeInterval(st: MpathdState): number {
  return Math.floor(st.config.fdt / (NUM_PROBE_FAILS + 2));
}

export function probingEnabled(p: MpathdPhyint): boolean {
  return FAMILIES.some((f) => (p.probes[f]?.targets.length ?? 0) > 0);
}

/** The test address of a family: an UP NOFAILOVER address (IPv6: link-local only). */
function testAddress(k: Kernel, p: MpathdPhyint, family: Family): { addr: string; mask: string } | undefined {
  const ipif = lifsOf(k, p.name, family).find((i) => (i.flags & (IFF.UP | IFF.NOFAILOVER)) === (IFF.UP | IFF.NOFAILOVER) &&
    (family === 'inet' || isLinkLocal6(i.addr)));
  return ipif && { addr: ipif.addr, mask: ipif.netmask };
}

/**
 * Targets: routers on the test subnet from the routing table, else the hosts that answer the
 * all-hosts multicast probe: the lab's hosts on the member's segment (when it is plugged into
 * one) and the hosts the lab declares outside it.
 */
function pickTargets(k: Kernel, st: MpathdState, ifname: string, family: Family, test: { addr: string; mask: string }): { mode: 'routes' | 'multicast'; targets: string[] } {
  const routers = gateways(k, family).filter((g) => inSubnet(family, g, test.addr, test.mask)).slice(0, MAX_PROBE_TARGETS);
  if (routers.length > 0) return { mode: 'routes', targets: routers };
  const declared = Object.keys(st.hosts).filter((h) => h.includes(':') === (family === 'inet6') && inSubnet(family, h, test.addr, test.mask));
  const onSegment = k.network?.neighbours(family, ifname, test.addr, test.mask) ?? [];
  const hosts = [...new Set([...onSegment, ...declared])].sort(compareText);
  return { mode: 'multicast', targets: hosts.slice(0, MAX_PROBE_TARGETS) };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const probeTimer = (p: MpathdPhyint, family: Family) => (t: Timer) => t.kind === 'mpathd-probe' && t.name === p.name && t.family === family;

/** Starts, updates or stops probing for an interface after any change. */
export function syncProbing(k: Kernel, st: MpathdState, p: MpathdPhyint): void {
  for (const family of FAMILIES) {
    const test = testAddress(k, p, family);
    const current = p.probes[family];
    if (!test) {
      if (current) {
        delete p.probes[family];
        cancelTimers(k, probeTimer(p, family));
        k.dirty = true;
      }
      continue;
    }
    const { mode, targets } = pickTargets(k, st, p.name, family, test);
    if (!current || current.testaddr !== test.addr) {
      p.probes[family] = { testaddr: test.addr, mode, targets, next: 0, lost: 0, acked: 0, quietUntil: k.now + FAILURE_DETECTION_QP };
      cancelTimers(k, probeTimer(p, family));
      addTimer(k, { at: k.now + probeInterval(st), kind: 'mpathd-probe', name: p.name, family, id: 0, addr: test.addr });
      k.dirty = true;
    } else if (current.mode !== mode || current.targets.join() !== targets.join()) {
      current.mode = mode;
      current.targets = targets;
      k.dirty = true;
    }
  }
  const anyTest = FAMILIES.some((f) => p.probes[f]);
  if (anyTest && !probingEnabled(p) && p.state === 'running') p.state = 'noTargets';
  if (p.state === 'noTargets' && (probingEnabled(p) || !anyTest)) p.state = 'running';
}

/** A deterministic round-trip time for the lab's probes (0.30–0.60 ms). */
function rttFor(id: number): number {
  return 0.3 + (id % RTT_PERIOD) * 0.05;
}

/**
 * Whether a probe's reply comes back: a target the lab declares answers as declared; any other,
 * through the lab's network when the member is plugged into it (an ICMP echo from the test
 * address on the member), else a router from the routing table is taken to answer.
 */
function reached(k: Kernel, st: MpathdState, ifname: string, family: Family, src: string, target: string, mode: 'routes' | 'multicast'): boolean {
  const declared = st.hosts[target];
  if (declared) return declared.up;
  return k.network?.probe({ family, src, dst: target, ifname }) ?? mode === 'routes';
}

function record(st: MpathdState, e: ProbeEvent): void {
  st.probeLog.push(e);
  if (st.probeLog.length > PROBE_LOG) st.probeLog.splice(0, st.probeLog.length - PROBE_LOG);
}

export function onProbeTimer(k: Kernel, t: Timer): void {
  const st = mpathdMemory(k);
  const p = st?.phyints[t.name];
  const pf = p?.probes[t.family];
  if (!st?.running || !p || !pf || pf.testaddr !== t.addr) return;
  addTimer(k, { ...t, at: t.at + probeInterval(st) });
  if (p.state === 'offline' || pf.targets.length === 0) return;
  const target = pf.targets[pf.next++ % pf.targets.length];
  const id = ++st.probeId;
  const answered = hasFlag(k, p, IFF.RUNNING) && !st.probeLoss.includes(p.name) && reached(k, st, p.name, t.family, pf.testaddr, target, pf.mode);
  k.dirty = true;
  if (answered) probeAnswered(k, st, p, pf, t.family, target, id);
  else probeLost(k, st, p, pf, t.family, target, id);
}

function probeAnswered(k: Kernel, st: MpathdState, p: MpathdPhyint, pf: ProbeFamily, family: Family, target: string, id: number): void {
  const rtt = rttFor(id);
  pf.rttavg = pf.rttavg === undefined ? rtt : pf.rttavg + (rtt - pf.rttavg) / 8;
  pf.rttdev = pf.rttdev === undefined ? rtt / 2 : pf.rttdev + (Math.abs(rtt - pf.rttavg) - pf.rttdev) / 4;
  record(st, { at: k.now, ifname: p.name, family, id, target, lost: false, netrtt: rtt - 0.02, rtt, rttavg: pf.rttavg, rttdev: pf.rttdev });
  pf.quietUntil = 0; // the first answer ends the quiet period
  pf.lost = 0;
  pf.acked++;
  if (p.state === 'failed' && pf.acked >= NUM_PROBE_REPAIRS && hasFlag(k, p, IFF.RUNNING) &&
      (p.dampedUntil === undefined || k.now >= p.dampedUntil)) {
    p.dampedUntil = undefined;
    repair(k, st, p);
  }
}

function probeLost(k: Kernel, st: MpathdState, p: MpathdPhyint, pf: ProbeFamily, family: Family, target: string, id: number): void {
  record(st, { at: k.now, ifname: p.name, family, id, target, lost: true, rttavg: pf.rttavg, rttdev: pf.rttdev });
  pf.acked = 0;
  if (k.now < pf.quietUntil) return;
  pf.lost++;
  if (pf.lost < NUM_PROBE_FAILS || (p.state !== 'running' && p.state !== 'noTargets')) return;
  // If every probing member of the group is failing at once, it is the group (the targets), not
  // one interface: all are marked FAILED and no standby is activated.
  const peers = p.group ? groupMembers(st, p.group).filter((m) => m !== p && probingEnabled(m)) : [];
  const groupFailure = peers.length > 0 && peers.every((m) => Object.values(m.probes).some((f) => f && f.lost >= NUM_PROBE_FAILS));
  if (!groupFailure) {
    fail(k, st, p);
    return;
  }
  for (const m of [p, ...peers]) if (m.state === 'running' || m.state === 'noTargets') fail(k, st, m);
}
