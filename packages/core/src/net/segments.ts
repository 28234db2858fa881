// Segments (Ethernet broadcast domains: a switch or a VLAN) and the cables that plug hosts'
// NICs into them. They are the medium, outside every kernel: a kernel never sees a segment,
// only frames that arrive or not. A cable is plugged into a port (the NIC behind a datalink,
// its driver instance), so it stays plugged in when dladm renames the link.
import type { Db } from '../store/db';
import { stmt } from '../store/statements';
import { hostByName } from '../store/hosts';
import { loadState } from '../store/transaction';
import type { LabTransaction } from '../store/transaction';
import { MAX_SEGMENTS, refuse } from './refusals';

export interface SegmentRow {
  id: number;
  name: string;
  up: boolean;
  /** Percentage of frames dropped. */
  loss: number;
}

interface Raw {
  id: number;
  name: string;
  up: number;
  loss: number;
}

const seg = (r: Raw): SegmentRow => ({ id: r.id, name: r.name, up: r.up === 1, loss: r.loss });

export function listSegments(db: Db): SegmentRow[] {
  return (stmt(db, 'SELECT id, name, up, loss FROM segments ORDER BY id').all() as Raw[]).map(seg);
}

function segmentNamed(db: Db, name: string): SegmentRow {
  const r = stmt(db, 'SELECT id, name, up, loss FROM segments WHERE name = ?').get(name) as Raw | undefined;
  return r ? seg(r) : refuse({ code: 'no-segment', segment: name });
}

export function addSegment(db: Db, name: string): void {
  if (stmt(db, 'SELECT 1 FROM segments WHERE name = ?').get(name)) refuse({ code: 'segment-exists', segment: name });
  const n = (stmt(db, 'SELECT count(*) AS n FROM segments').get() as { n: number }).n;
  if (n >= MAX_SEGMENTS) refuse({ code: 'too-many-segments', segment: name, max: MAX_SEGMENTS });
  stmt(db, 'INSERT INTO segments (name) VALUES (?)').run(name);
}

/** Removes a segment and unplugs every cable in it (how many). */
export function removeSegment(db: Db, name: string): number {
  const s = segmentNamed(db, name);
  const unplugged = stmt(db, 'DELETE FROM plugs WHERE segment = ?').run(s.id).changes;
  stmt(db, 'DELETE FROM segments WHERE id = ?').run(s.id);
  return unplugged;
}

/** A segment that is down forwards no frame; the NICs in it keep their carrier. Whether it changed. */
export function setSegmentUp(db: Db, name: string, up: boolean): boolean {
  const s = segmentNamed(db, name);
  stmt(db, 'UPDATE segments SET up = ? WHERE id = ?').run(up ? 1 : 0, s.id);
  return s.up !== up;
}

/** The percentage of frames the segment drops (0 to 100); the previous one. */
export function setSegmentLoss(db: Db, name: string, percent: number): number {
  const s = segmentNamed(db, name);
  stmt(db, 'UPDATE segments SET loss = ? WHERE id = ?').run(percent, s.id);
  return s.loss;
}

/**
 * The port (NIC) behind a host's datalink: from its running kernel (booted by this command if it
 * never was, as any command on it would), or as it was left when the host was powered off.
 */
function portOf(lab: LabTransaction, host: string, link: string): { id: number; port: string } {
  const h = hostByName(lab.db, host) ?? refuse({ code: 'no-host', host });
  const l = (h.power ? lab.kernel(h.id).state : loadState(lab.db, h.id))?.links[link];
  if (!l) refuse({ code: 'no-link', host, link });
  return { id: h.id, port: l!.device ?? l!.name };
}

export function plug(lab: LabTransaction, host: string, link: string, segment: string): void {
  const db = lab.db;
  const { id, port } = portOf(lab, host, link);
  const s = segmentNamed(db, segment);
  const now = stmt(db, 'SELECT name FROM plugs JOIN segments ON segments.id = plugs.segment WHERE host = ? AND port = ?').get(id, port) as
    { name: string } | undefined;
  if (now) refuse({ code: 'plugged', host, link, segment: now.name });
  stmt(db, 'INSERT INTO plugs (host, port, segment) VALUES (?, ?, ?)').run(id, port, s.id);
}

/** Unplugs a host's datalink; the segment it was in. */
export function unplug(lab: LabTransaction, host: string, link: string): string {
  const db = lab.db;
  const { id, port } = portOf(lab, host, link);
  const now = stmt(db, 'SELECT name FROM plugs JOIN segments ON segments.id = plugs.segment WHERE host = ? AND port = ?').get(id, port) as
    { name: string } | undefined;
  if (!now) return refuse({ code: 'not-plugged', host, link });
  stmt(db, 'DELETE FROM plugs WHERE host = ? AND port = ?').run(id, port);
  return now.name;
}
