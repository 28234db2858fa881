// The lab's host registry: which hosts the state file holds, which one a command acts on when
// it names none, and whether a host is powered on. Each host's kernel, routes, disk and journal
// are the rows of the per-host tables under its id (schema.ts).
import type { Db } from './db';
import { stmt } from './statements';
import { REFUSAL, StateFileError } from './errors';

export interface HostRow {
  id: number;
  name: string;
  power: boolean;
}

interface Raw {
  id: number;
  name: string;
  power: number;
}

const row = (r: Raw | undefined): HostRow | undefined => r && { id: r.id, name: r.name, power: r.power === 1 };

export function hostByName(db: Db, name: string): HostRow | undefined {
  return row(stmt(db, 'SELECT id, name, power FROM hosts WHERE name = ?').get(name) as Raw | undefined);
}

export function hostById(db: Db, id: number): HostRow | undefined {
  return row(stmt(db, 'SELECT id, name, power FROM hosts WHERE id = ?').get(id) as Raw | undefined);
}

/** Every host, in the order they were added. */
export function listHosts(db: Db): HostRow[] {
  return (stmt(db, 'SELECT id, name, power FROM hosts ORDER BY id').all() as Raw[]).map((r) => row(r)!);
}

/** The host a command acts on when it names none. */
export function defaultHost(db: Db): HostRow {
  const v = stmt(db, "SELECT value FROM meta WHERE key = 'default-host'").get() as { value: string } | undefined;
  const h = v && hostById(db, Number(v.value));
  if (!h) throw new StateFileError('corrupt', db.name, REFUSAL.damaged(db.name, 'the lab has no default host'));
  return h;
}

/**
 * The host a command names (`--host`, `$IPMPLAB_HOST`), else the default. A host that is not
 * in the lab, or is powered off (nothing runs on it), is refused: `running` false takes it
 * whatever its power (the lab's own commands on it).
 */
export function resolveHost(db: Db, name: string | undefined, running = true): HostRow {
  const h = name === undefined ? defaultHost(db) : hostByName(db, name);
  if (!h) throw new StateFileError('no-host', db.name, REFUSAL.noHost(name!));
  if (running && !h.power) throw new StateFileError('host-off', db.name, REFUSAL.hostOff(h.name));
  return h;
}

/** A new host's row (its kernel is booted by the caller); its id. */
export function addHostRow(db: Db, name: string): number {
  return Number(stmt(db, 'INSERT INTO hosts (name) VALUES (?)').run(name).lastInsertRowid);
}

export function renameHostRow(db: Db, id: number, name: string): void {
  stmt(db, 'UPDATE hosts SET name = ? WHERE id = ?').run(name, id);
}

export function setHostPower(db: Db, id: number, on: boolean): void {
  stmt(db, 'UPDATE hosts SET power = ? WHERE id = ?').run(on ? 1 : 0, id);
}

export function setDefaultHost(db: Db, id: number): void {
  stmt(db, "INSERT INTO meta (key, value) VALUES ('default-host', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(id));
}

/** Drops everything a host holds: its kernel, routes, disk, journal and cables, then the host. */
export function removeHostRows(db: Db, id: number): void {
  for (const table of ['routes', 'route_plens', 'route_gateways', 'kernel', 'files', 'journal', 'plugs']) {
    stmt(db, `DELETE FROM ${table} WHERE host = ?`).run(id);
  }
  stmt(db, 'DELETE FROM hosts WHERE id = ?').run(id);
}
