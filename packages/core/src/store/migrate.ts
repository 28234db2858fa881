// Schema upgrades, made in place when a writer opens a file of an older schema, in one write
// transaction: a crash half-way leaves the old file as it was, and two openers upgrading at
// once are serialised by the lock (the second finds the file already upgraded).
//
// Schema 2 gains the snapshot tables (empty) to become schema 3.
//
// Schema 1 held one host: its kernel, routes, disk and journal become host 1 (`host0`, the
// lab's default) of schema 2, with the same journal sequence numbers, so an rtmon position
// taken before the upgrade still names the same message.
import type { Db } from './db';
import { FIRST_HOST, LAB_SQL, PER_HOST_SQL, REQUIRED_TABLES_V2, SCHEMA_VERSION, SNAPSHOT_SQL } from './schema';

/** Tables of schema 1, each with its per-host successor's columns after `host`. */
const V1_TABLES: Record<string, string> = {
  kernel: 'id, state',
  routes: 'family, dst, plen, id, dst_text, gateway, ifname, type, flags, ref, use, owner, extra',
  files: 'path, content, mode',
  journal: 'seq, at, rtsq, family, origin, msg',
};
const V1_DERIVED = ['route_plens', 'route_gateways'];
const V1_INDEXES = ['routes_by_id', 'routes_by_owner'];
const V1_TRIGGERS = ['route_plens_add', 'route_plens_del', 'route_gateways_add', 'route_gateways_del', 'route_gateways_upd'];

/** The tables a file of schema 1 has. */
export const REQUIRED_TABLES_V1 = ['meta', 'kernel', 'routes', 'journal', 'files', 'route_plens', 'route_gateways'];

function fromV1(db: Db): void {
  for (const t of V1_TRIGGERS) db.exec(`DROP TRIGGER IF EXISTS ${t}`);
  for (const i of V1_INDEXES) db.exec(`DROP INDEX IF EXISTS ${i}`);
  for (const t of [...Object.keys(V1_TABLES), ...V1_DERIVED]) db.exec(`ALTER TABLE ${t} RENAME TO ${t}_v1`);
  db.exec(LAB_SQL);
  db.exec(PER_HOST_SQL);
  const written = db.prepare("SELECT 1 FROM meta WHERE key = 'disk'").get() !== undefined;
  db.prepare('INSERT INTO hosts (id, name, disk) VALUES (?, ?, ?)').run(FIRST_HOST.id, FIRST_HOST.name, written ? 1 : 0);
  db.prepare("INSERT INTO meta (key, value) VALUES ('default-host', ?)").run(String(FIRST_HOST.id));
  db.exec("DELETE FROM meta WHERE key = 'disk'");
  // The kernel's id column was the constant 1; the host takes its place. Routes go in through
  // the triggers, which count their prefix lengths and gateways as every insert does.
  db.prepare('INSERT INTO kernel (host, state) SELECT ?, state FROM kernel_v1').run(FIRST_HOST.id);
  for (const t of ['routes', 'files', 'journal']) {
    db.prepare(`INSERT INTO ${t} (host, ${V1_TABLES[t]}) SELECT ?, ${V1_TABLES[t]} FROM ${t}_v1`).run(FIRST_HOST.id);
  }
  for (const t of [...Object.keys(V1_TABLES), ...V1_DERIVED]) db.exec(`DROP TABLE ${t}_v1`);
  db.exec("DELETE FROM sqlite_sequence WHERE name = 'journal'");
}

/** The tables a file of an older schema must have, by its version. */
export function requiredTablesOf(version: number): string[] | undefined {
  return version === 1 ? REQUIRED_TABLES_V1 : version === 2 ? REQUIRED_TABLES_V2 : undefined;
}

/** Upgrades the file to this program's schema; false when another opener already had. */
export function migrate(db: Db): boolean {
  db.exec('BEGIN IMMEDIATE');
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version >= SCHEMA_VERSION) {
      db.exec('ROLLBACK');
      return false;
    }
    if (version === 1) fromV1(db);
    if (version <= 2) db.exec(SNAPSHOT_SQL);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    db.exec('COMMIT');
    return true;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}
