// The medium: a frame leaving a host's NIC reaches the NICs on the same segment. It goes nowhere
// when the cable is not plugged into a segment, the segment is down, or the segment's loss draws
// it; it is taken by the NIC it is addressed to (the hardware address the sender resolved,
// net/arp.ts), of a host that is powered on, with carrier. Who answers ARP for an address is
// asked of each kernel (kernel/ip/local.ts). The kernels never see a segment.
import type { Db } from '../store/db';
import { stmt } from '../store/statements';
import type { LabTransaction } from '../store/transaction';
import type { Family } from '../kernel/model';
import { answersFor } from '../kernel/ip/local';
import { labRandom } from './rng';
import type { Kernel } from '../kernel/kernel';
import type { Phyint } from '../kernel/model';
import { advanceClock } from '../kernel/clock';

/** Where a frame was taken: the host and the datalink that received it, and its hardware address. */
export interface Arrival {
  host: number;
  link: string;
  mac: string;
}

interface Plug {
  segment: number;
  up: number;
  loss: number;
}

function plugOf(db: Db, host: number, port: string): Plug | undefined {
  return stmt(db, 'SELECT segment, up, loss FROM plugs JOIN segments ON segments.id = plugs.segment WHERE host = ? AND port = ?')
    .get(host, port) as Plug | undefined;
}

function portOf(lab: LabTransaction, host: number, link: string): string | undefined {
  const l = lab.kernel(host).state.links[link];
  return l && (l.device ?? l.name);
}

/**
 * A host the frame reaches lives at the sender's time: when the sender is further on (its timers
 * firing during a long advance of the lab's clock), the receiver's clock is brought to the same
 * time first, its own timers firing on the way, so each answers as it stands at that moment.
 */
function catchUp(k: Kernel, at: number): void {
  if (k.now >= at) return;
  if (k.state.clock.mode === 'manual') advanceClock(k, at - k.now);
  else k.advance(at);
}

/** A NIC's place on the wire: its port and the segment it is plugged into, when that segment is up. */
export interface Wire {
  port: string;
  segment: number;
  loss: number;
}

/** Where `host`'s datalink `link` reaches: nowhere when unplugged or its segment is down. */
export function onWire(lab: LabTransaction, host: number, link: string): Wire | undefined {
  const port = portOf(lab, host, link);
  const seg = port === undefined ? undefined : plugOf(lab.db, host, port);
  if (!seg || seg.up !== 1) return undefined;
  return { port: port!, segment: seg.segment, loss: seg.loss };
}

/** The segment's seeded loss draws the frame (one draw per frame sent). */
export function lostOn(lab: LabTransaction, w: Wire): boolean {
  return w.loss > 0 && labRandom(lab.db) * 100 < w.loss;
}

/**
 * Sends one frame from `host`'s datalink `link` to whoever answers for `nexthop` on its segment;
 * the NIC that takes it, or undefined when it is lost. in.mpathd's probes go so (net/probe.ts):
 * they read the network without leaving a trace in any host's tables.
 */
export function carry(lab: LabTransaction, host: number, link: string, family: Family, nexthop: string): Arrival | undefined {
  const w = onWire(lab, host, link);
  if (!w || lostOn(lab, w)) return undefined;
  return answerer(lab, host, w, family, nexthop);
}

/**
 * The NIC of another host on the segment of `host`'s datalink that answers for `addr` (DAD's
 * probe: no loss drawn, the segment must forward), if any.
 */
export function claimant(lab: LabTransaction, host: number, link: string, family: Family, addr: string): Arrival | undefined {
  const w = onWire(lab, host, link);
  return w && answerer(lab, host, w, family, addr, false);
}

/** A NIC on a segment that can take a frame: of a host that is on, with carrier, IP plumbed or not. */
export interface Nic extends Arrival {
  kernel: Kernel;
  phyint?: Phyint;
}

/**
 * The NICs with carrier of the hosts that are on, on the segment `w`, other than the sending NIC
 * (and with `ownNics` false, other than any NIC of the sending host), each host brought to the
 * sender's time.
 */
export function* nicsOn(lab: LabTransaction, host: number, w: Wire, ownNics = true): Iterable<Nic> {
  const others = stmt(lab.db, 'SELECT plugs.host AS host, port FROM plugs JOIN hosts ON hosts.id = plugs.host WHERE segment = ? AND power = 1 ORDER BY plugs.host, port')
    .all(w.segment) as { host: number; port: string }[];
  const at = lab.kernel(host).now;
  for (const o of others) {
    if (o.host === host && (o.port === w.port || !ownNics)) continue;
    const k = lab.kernel(o.host);
    catchUp(k, at);
    const l = Object.values(k.state.links).find((x) => (x.device ?? x.name) === o.port);
    if (!l || !l.linkUp) continue;
    yield { host: o.host, link: l.name, mac: l.mac, kernel: k, phyint: k.state.phyints[l.name] };
  }
}

/** Who on the segment answers ARP (a neighbour solicitation) for `addr`. */
export function answerer(lab: LabTransaction, host: number, w: Wire, family: Family, addr: string, ownNics = true): Nic | undefined {
  for (const n of nicsOn(lab, host, w, ownNics)) if (n.phyint && answersFor(n.kernel, n.phyint, family, addr)) return n;
  return undefined;
}

/** The NIC on the segment with hardware address `mac` (a unicast frame's destination). */
export function nicWithMac(lab: LabTransaction, host: number, w: Wire, mac: string): Nic | undefined {
  for (const n of nicsOn(lab, host, w)) if (n.mac === mac) return n;
  return undefined;
}
