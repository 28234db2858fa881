// Snapshots as rows: a copy of the lab's tables (meta, hosts, segments, cables, each host's
// kernel document, routes and disk) under a snapshot id, and the way back. Each runs inside the
// caller's write transaction, so a save or a restore is all or nothing. The journals are left
// alone (a routing socket's numbering never goes back); lab/snapshot.ts says what a restore means
// for the clock and what the routing sockets' readers are told.
import type { Db } from './db';
import { stmt } from './statements';

export interface SnapshotRow {
  id: number;
  name: string;
  /** The lab clock's time when it was taken (ms). */
  taken: number;
  /** The wall clock's time when it was taken (ISO). */
  wall: string;
  note: string;
  /** The hosts' names, in the order they were added. */
  hosts: string[];
}

interface Raw {
  id: number;
  name: string;
  taken: number;
  wall: string;
  note: string;
  hosts: string;
}

const row = (r: Raw): SnapshotRow => ({ ...r, hosts: r.hosts === '' ? [] : r.hosts.split(',') });

/** The lab's own keys: when the file was made is not part of what a snapshot gives back. */
const KEPT_META = "key <> 'created'";

export type SnapshotColumn = 'int' | 'real' | 'text' | 'blob' | 'text?';

/**
 * Every table a snapshot keeps, with its columns and their types: the snapshot's copy
 * (`snap_TABLE`) has `snap` first, then these. A snapshot file (snapshot-file.ts) holds the same
 * rows and checks each value against its type.
 */
export const SNAPSHOT_TABLES: Record<string, [name: string, type: SnapshotColumn][]> = {
  meta: [['key', 'text'], ['value', 'text']],
  hosts: [['id', 'int'], ['name', 'text'], ['power', 'int'], ['disk', 'int']],
  segments: [['id', 'int'], ['name', 'text'], ['up', 'int'], ['loss', 'real']],
  plugs: [['host', 'int'], ['port', 'text'], ['segment', 'int']],
  kernel: [['host', 'int'], ['state', 'text']],
  routes: [['host', 'int'], ['family', 'int'], ['dst', 'blob'], ['plen', 'int'], ['id', 'int'], ['dst_text', 'text'], ['gateway', 'text'], ['ifname', 'text'],
    ['type', 'text'], ['flags', 'int'], ['ref', 'int'], ['use', 'int'], ['owner', 'text'], ['extra', 'text?']],
  files: [['host', 'int'], ['path', 'text'], ['content', 'text'], ['mode', 'int']],
};

/** The tables copied whole, with their column lists (meta is copied but for KEPT_META's keys). */
const COPIED: [table: string, columns: string][] = Object.entries(SNAPSHOT_TABLES)
  .filter(([table]) => table !== 'meta')
  .map(([table, cols]) => [table, cols.map(([n]) => n).join(', ')]);

export function listSnapshots(db: Db): SnapshotRow[] {
  return (stmt(db, 'SELECT id, name, taken, wall, note, hosts FROM snapshots ORDER BY id').all() as Raw[]).map(row);
}

export function snapshotByName(db: Db, name: string): SnapshotRow | undefined {
  const r = stmt(db, 'SELECT id, name, taken, wall, note, hosts FROM snapshots WHERE name = ?').get(name) as Raw | undefined;
  return r && row(r);
}

/** Copies the lab as it stands under a new snapshot; its id. */
export function saveSnapshotRows(db: Db, s: Omit<SnapshotRow, 'id' | 'hosts'>): number {
  const hosts = (stmt(db, 'SELECT name FROM hosts ORDER BY id').all() as { name: string }[]).map((h) => h.name).join(',');
  const id = Number(stmt(db, 'INSERT INTO snapshots (name, taken, wall, note, hosts) VALUES (?, ?, ?, ?, ?)').run(s.name, s.taken, s.wall, s.note, hosts).lastInsertRowid);
  stmt(db, `INSERT INTO snap_meta (snap, key, value) SELECT ?, key, value FROM meta WHERE ${KEPT_META}`).run(id);
  for (const [table, cols] of COPIED) stmt(db, `INSERT INTO snap_${table} (snap, ${cols}) SELECT ?, ${cols} FROM ${table}`).run(id);
  return id;
}

/**
 * Replaces the lab's tables with a snapshot's rows. The routes go in through their triggers,
 * which count prefix lengths and gateways as every insert does. The journals stay; a host the
 * snapshot does not hold loses its journal with everything else it held.
 */
export function restoreSnapshotRows(db: Db, id: number): void {
  const gone = stmt(db, 'SELECT id FROM hosts WHERE id NOT IN (SELECT id FROM snap_hosts WHERE snap = ?)').all(id) as { id: number }[];
  for (const h of gone) stmt(db, 'DELETE FROM journal WHERE host = ?').run(h.id);
  for (const t of ['plugs', 'routes', 'route_plens', 'route_gateways', 'kernel', 'files', 'segments', 'hosts']) stmt(db, `DELETE FROM ${t}`).run();
  stmt(db, `DELETE FROM meta WHERE ${KEPT_META}`).run();
  stmt(db, 'INSERT INTO meta (key, value) SELECT key, value FROM snap_meta WHERE snap = ?').run(id);
  for (const [table, cols] of COPIED) stmt(db, `INSERT INTO ${table} (${cols}) SELECT ${cols} FROM snap_${table} WHERE snap = ?`).run(id);
}

export function removeSnapshotRows(db: Db, id: number): void {
  for (const [table] of COPIED) stmt(db, `DELETE FROM snap_${table} WHERE snap = ?`).run(id);
  stmt(db, 'DELETE FROM snap_meta WHERE snap = ?').run(id);
  stmt(db, 'DELETE FROM snapshots WHERE id = ?').run(id);
}
