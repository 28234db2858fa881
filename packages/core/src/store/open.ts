// Opening the state file: created 0600 in a 0700 directory; a file that is not ours, is newer
// than this program, belongs to someone else or is damaged is refused and left untouched.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { APPLICATION_ID, REQUIRED_TABLES, SCHEMA_SQL, SCHEMA_VERSION } from './schema';
import { StateFileError } from './errors';

export type Db = Database.Database;

/** How long a writer waits for another one before giving up (SQLITE_BUSY). */
const BUSY_TIMEOUT_MS = 30_000;

/**
 * Where the compiled addon is. Naming it directly skips the `bindings` module's search through
 * a dozen candidate paths on every start (several milliseconds per command).
 */
function nativeBinding(): string | undefined {
  // In a bundle (dist/*.cjs) the addon sits at a known place beside it: no resolution at all.
  if (typeof __dirname !== 'undefined') {
    const beside = path.join(__dirname, '..', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    if (fs.existsSync(beside)) return beside;
  }
  try {
    return createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
  } catch {
    return undefined;
  }
}

export interface OpenOptions {
  /** Create the file when missing (default true). */
  create?: boolean;
  readonly?: boolean;
}

function ensureFile(file: string): boolean {
  if (fs.existsSync(file)) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    fs.closeSync(fs.openSync(file, 'wx', 0o600));
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false; // another process made it first
    throw e;
  }
}

function checkOwner(file: string): void {
  const st = fs.statSync(file);
  if (!st.isFile()) throw new StateFileError('not-a-file', file, `${file} is not a regular file`);
  if (typeof process.getuid === 'function' && st.uid !== process.getuid()) {
    throw new StateFileError('foreign-owner', file, `${file} belongs to another user (uid ${st.uid}); refusing to use it`);
  }
}

/** Translates SQLite's own complaints about a file into refusals. */
export function asStateError(e: unknown, file: string): unknown {
  const code = (e as { code?: string }).code;
  if (code === 'SQLITE_NOTADB') return new StateFileError('not-ours', file, `${file} is not an ipmplab state file`);
  if (code === 'SQLITE_CORRUPT') return new StateFileError('corrupt', file, `${file} is damaged (integrity check failed); it was left untouched`);
  return e;
}

export function openState(file: string, opts: OpenOptions = {}): Db {
  const created = opts.create === false ? false : ensureFile(file);
  if (!fs.existsSync(file)) throw new StateFileError('unreadable', file, `${file} does not exist`);
  checkOwner(file);
  let db: Db | undefined;
  try {
    db = new Database(file, { fileMustExist: true, readonly: !!opts.readonly, nativeBinding: nativeBinding() });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId === 0) {
      // New, or being initialised by another process right now: decide under the write lock.
      if (opts.readonly) throw new StateFileError('not-ours', file, `${file} is not an ipmplab state file`);
      initialise(db, file, created);
    } else {
      validate(db, file, appId, tableNames(db));
    }
    // WAL is persistent in the file; set it only when it is not on yet.
    if (!opts.readonly && db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (e) {
    db?.close();
    throw asStateError(e, file);
  }
}

function tableNames(db: Db): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
}

function validate(db: Db, file: string, appId: number, tables: string[]): void {
  if (appId !== APPLICATION_ID) throw new StateFileError('not-ours', file, `${file} is not an ipmplab state file`);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new StateFileError('newer', file, `${file} was written by a newer ipmplab (state schema ${version}; this one reads schema ${SCHEMA_VERSION})`);
  }
  if (!REQUIRED_TABLES.every((t) => tables.includes(t))) {
    throw new StateFileError('corrupt', file, `${file} is damaged (tables missing); it was left untouched`);
  }
}

/** A new or empty file becomes an (unbooted) state; the first transaction boots the kernel. */
function initialise(db: Db, file: string, created: boolean): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    // Re-read under the write lock: another process may have initialised it meanwhile.
    const tables = tableNames(db);
    if (tables.length === 0) {
      if (!created && fs.statSync(file).size > 0) throw new StateFileError('not-ours', file, `${file} is not an ipmplab state file`);
      db.exec(SCHEMA_SQL);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('created', new Date().toISOString());
    } else {
      validate(db, file, db.pragma('application_id', { simple: true }) as number, tables);
    }
    db.exec('COMMIT');
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}

/** The full check (PRAGMA integrity_check), O(size): `ipmplab check` and the crash tests use it. */
export function integrityCheck(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  return problems;
}
