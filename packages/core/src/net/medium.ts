// The medium: a frame leaving a host's NIC reaches the NICs on the same segment. It goes nowhere
// when the cable is not plugged into a segment, the segment is down, or the segment's loss draws
// it; it is taken by the NIC that answers ARP for the next hop (a host that is powered on, whose
// NIC has carrier). The kernels never see a segment: each only sends a frame and receives one.
import type { Db } from '../store/db';
import { stmt } from '../store/statements';
import type { LabTransaction } from '../store/transaction';
import type { Family } from '../kernel/model';
import { answersFor } from '../kernel/ip/local';
import { labRandom } from './rng';
import type { Kernel } from '../kernel/kernel';
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

/**
 * Sends one frame from `host`'s datalink `link` to whoever answers for `nexthop` on its segment;
 * the NIC that takes it, or undefined when it is lost.
 */
export function carry(lab: LabTransaction, host: number, link: string, family: Family, nexthop: string): Arrival | undefined {
  const port = portOf(lab, host, link);
  const seg = port === undefined ? undefined : plugOf(lab.db, host, port);
  if (!seg || seg.up !== 1) return undefined;
  if (seg.loss > 0 && labRandom(lab.db) * 100 < seg.loss) return undefined;
  return answerer(lab, host, port!, seg.segment, family, nexthop);
}

/**
 * The NIC of another host on the segment of `host`'s datalink that answers for `addr` (DAD's
 * probe: no loss drawn, the segment must forward), if any.
 */
export function claimant(lab: LabTransaction, host: number, link: string, family: Family, addr: string): Arrival | undefined {
  const port = portOf(lab, host, link);
  const seg = port === undefined ? undefined : plugOf(lab.db, host, port);
  if (!seg || seg.up !== 1) return undefined;
  return answerer(lab, host, port!, seg.segment, family, addr, false);
}

/**
 * Who on the segment answers ARP for `addr`: a NIC with carrier of a host that is on, other than
 * the sending NIC (and, for DAD, `ownNics` false, other than any NIC of the sending host).
 */
function answerer(lab: LabTransaction, host: number, port: string, segment: number, family: Family, addr: string, ownNics = true): Arrival | undefined {
  const others = stmt(lab.db, 'SELECT plugs.host AS host, port FROM plugs JOIN hosts ON hosts.id = plugs.host WHERE segment = ? AND power = 1 ORDER BY plugs.host, port')
    .all(segment) as { host: number; port: string }[];
  const at = lab.kernel(host).now;
  for (const o of others) {
    if (o.host === host && (o.port === port || !ownNics)) continue;
    const k = lab.kernel(o.host);
    catchUp(k, at);
    const l = Object.values(k.state.links).find((x) => (x.device ?? x.name) === o.port);
    const p = l && k.state.phyints[l.name];
    if (!l || !l.linkUp || !p) continue;
    if (answersFor(k, p, family, addr)) return { host: o.host, link: l.name, mac: l.mac };
  }
  return undefined;
}
