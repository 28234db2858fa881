// Opening the state file. A new one is created 0600 in a 0700 directory, whole (create.ts). An
// existing one is used only when it is safely ours (placement.ts), its file system can take a
// write (environment.ts), it is an ipmplab state of a schema this program reads, and it passes
// the check every open makes (integrity.ts). Anything else is refused with one line, and the
// file, its companions and its directory are left exactly as they were.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { APPLICATION_ID, REQUIRED_TABLES, SCHEMA_SQL, SCHEMA_VERSION, SEED_SQL } from './schema';
import { migrate, requiredTablesOf } from './migrate';
import { REFUSAL, StateFileError } from './errors';
import { placedStatePath } from './paths';
import {
  checkCompanions, checkOwnDirectory, checkStateFile, followChosenLink, lstatIfAny, makeDirectories, pinFile, removeDirectories,
} from './placement';
import { checkWritable, environmentRefusal } from './environment';
import { isCorruption, markDamaged, verifyOnOpen } from './integrity';
import { createStateFile } from './create';

export { integrityCheck } from './integrity';

export type { Db } from './db';
import type { Db } from './db';
import { BUSY_TIMEOUT_MS } from './db';


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
  /** The check every open makes (default true); `ipmplab check` runs the full one itself. */
  verify?: boolean;
  /**
   * Whether the directory is ipmplab's own and so checked strictly (see placement.ts). By
   * default it is for the place ipmplab chooses by itself and not for a file the user named.
   */
  ownDirectory?: boolean;
  /** Tests: runs between the checks and the open, to change the file under them. */
  beforeOpen?: () => void;
}

/** The state file opened last in this process, to name it in refusals raised outside a transaction. */
let lastOpened: string | undefined;

/** Translates what SQLite and the file system say about a file into refusals. */
export function asStateError(e: unknown, file: string): unknown {
  if (e instanceof StateFileError) {
    if (e.reason === 'corrupt') markDamaged(e.path);
    return e;
  }
  const code = (e as { code?: string } | null)?.code;
  if (code === 'SQLITE_NOTADB') return new StateFileError('not-ours', file, REFUSAL.notOurs(file));
  if (isCorruption(e)) {
    markDamaged(file);
    return new StateFileError('corrupt', file, REFUSAL.damaged(file, 'database disk image is malformed'));
  }
  return environmentRefusal(e, file) ?? e;
}

/**
 * The refusal an error amounts to when it came from SQLite outside a transaction (a tool's own
 * query of the state file), or undefined when it is not about the state file.
 */
export function stateRefusal(e: unknown): StateFileError | undefined {
  if (e instanceof StateFileError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (lastOpened === undefined || typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  const refusal = asStateError(e, lastOpened);
  return refusal instanceof StateFileError ? refusal : undefined;
}

/**
 * The addon, loaded once with process.dlopen on the path nativeBinding() names. Handing
 * better-sqlite3 the path made it require() the file: node's module resolution then followed
 * the package manager's links to the file's real path, component by component, before the
 * dlopen itself (require 2.0-2.5 ms against process.dlopen 1.0-1.5 ms in a fresh process).
 * Without a path (no addon where it should be), better-sqlite3 looks for it itself.
 */
let addon: object | undefined;

function nativeAddon(): object | undefined {
  if (addon) return addon;
  const file = nativeBinding();
  if (file === undefined) return undefined;
  const mod = { exports: {} };
  process.dlopen(mod, file);
  return (addon = mod.exports);
}

const sqlite = (file: string, readonly: boolean): Db =>
  // better-sqlite3 takes the loaded addon as well as its path (lib/database.js); its types say
  // only the path.
  new Database(file, { fileMustExist: true, readonly, nativeBinding: nativeAddon() as string | undefined, timeout: BUSY_TIMEOUT_MS });

export function openState(file: string, opts: OpenOptions = {}): Db {
  lastOpened = file;
  const made: string[] = [];
  try {
    return openChecked(file, opts, made);
  } catch (e) {
    removeDirectories(made);
    throw asStateError(e, file);
  }
}

function openChecked(file: string, opts: OpenOptions, made: string[]): Db {
  const own = opts.ownDirectory ?? file === placedStatePath();
  let st = lstatIfAny(file);
  if (!st) {
    if (opts.create === false) throw new StateFileError('unreadable', file, REFUSAL.missing(file));
    made.push(...makeDirectories(path.dirname(file)));
    if (own) checkOwnDirectory(file, path.dirname(file), false);
    checkWritable(file, path.dirname(file), path.dirname(file));
    createStateFile(file, (p) => sqlite(p, false), initialise);
    st = fs.lstatSync(file);
  }
  // A link the user named is followed to their own file; the place ipmplab chose has none.
  const target = st.isSymbolicLink() && !own ? followChosenLink(file, st) : file;
  if (target !== file) st = fs.lstatSync(target);
  checkStateFile(file, st);
  if (own) checkOwnDirectory(file, path.dirname(target), true);
  checkCompanions(target);
  if (!opts.readonly) checkWritable(target);
  lastOpened = target;
  opts.beforeOpen?.();

  const pin = pinFile(target, st);
  let db: Db | undefined;
  try {
    db = sqlite(target, !!opts.readonly);
    pin.verify();
  } catch (e) {
    db?.close();
    throw e;
  } finally {
    pin.close();
  }
  try {
    // The busy timeout is the constructor's. SQLite checks each b-tree page's cells as it reads
    // the page, not only its header. The checks below read every page once, through a small
    // page cache that reuses its slots (CHECK_CACHE).
    db.exec(`PRAGMA cell_size_check = ON; PRAGMA cache_size = ${CHECK_CACHE}`);
    const version = validate(db, target);
    if (opts.verify !== false) verifyOnOpen(db, target);
    db.exec(`PRAGMA cache_size = ${READER_CACHE}`);
    // A file of an older schema is upgraded by the first writer that opens it.
    if (version < SCHEMA_VERSION) {
      if (opts.readonly) throw new StateFileError('older', target, REFUSAL.older(target, version));
      // The upgrade copies every route: a writer's page cache, as a write transaction gets.
      cacheForWriting(db);
      migrate(db);
    }
    // WAL is persistent in the file and set when it is made; a file made in rollback mode is
    // switched here.
    if (!opts.readonly && db.pragma('journal_mode', { simple: true }) !== 'wal') switchToWal(db);
    db.exec('PRAGMA synchronous = NORMAL');
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * The page cache (in pages) while the checks every open makes read the file: each page is
 * read once, so a slot is reused rather than a new one allocated for every page (a fresh page
 * of memory costs a fault, about 10 µs on a virtual machine). Measured on a file of 37 pages:
 * the quick_check 1.1-1.6 ms and 52 page faults with SQLite's default cache, 0.5 ms and 12 with
 * this one. A b-tree walk pins only the pages of its path, far fewer than this.
 */
export const CHECK_CACHE = 16;

/**
 * The page cache of a connection that only reads: 2 MiB (KiB, negative, as PRAGMA cache_size
 * takes it). A scan of a million routes (netstat -rn) reads each page once, and a larger cache
 * (better-sqlite3 builds SQLite with 16 MiB) only held the scan in memory.
 */
export const READER_CACHE = -2048;

/**
 * A transaction that writes many rows (a 200,000-line atomic batch, whose messages go to the
 * journal as it runs) keeps the pages it works on in memory instead of spilling them to the WAL
 * and reading them back: up to 64 MiB, taken only as pages are used.
 */
export const WRITER_CACHE = -65536;

const writers = new WeakSet<Db>();

/** A connection's first write transaction gives it the writer's cache. */
export function cacheForWriting(db: Db): void {
  if (writers.has(db)) return;
  db.pragma(`cache_size = ${WRITER_CACHE}`);
  writers.add(db);
}

/** Connections told to keep statement journals in memory (see statementJournalsInMemory). */
const memoryJournals = new WeakSet<Db>();

/**
 * Where the write transaction about to begin keeps its statement journals: the pages a statement
 * changes, saved so that the statement alone can be undone (SQLite writes one for each insert
 * or delete of a route, whose triggers keep the counts). SQLite holds a statement journal in
 * memory up to 64 KiB and then moves it to a temporary file for the rest of the transaction
 * (pager.c openSubJournal, SQLITE_STMTJRNL_SPILL); it reads PRAGMA temp_store when the
 * transaction begins (sqlite3PagerBegin's subjInMemory), and MEMORY keeps every statement
 * journal in memory, emptied as each statement ends.
 *
 * A command's statements each change a few pages. In a batch of 200,000 route adds onto 800,000
 * routes, one statement's journal outgrew 64 KiB early and every statement after it wrote its
 * pages to the file: 1.3 million pwrite calls, 8.1-8.5 s, against 5.1-5.7 s in memory (peak RSS
 * 197 MB either way). A lab operation that copies a table in one statement keeps the file: a
 * snapshot restored over a million routes held 276 MB in memory against 147 MB.
 */
export function statementJournalsInMemory(db: Db, inMemory: boolean): void {
  if (memoryJournals.has(db) === inMemory) return;
  db.pragma(`temp_store = ${inMemory ? 'MEMORY' : 'DEFAULT'}`);
  if (inMemory) memoryJournals.add(db);
  else memoryJournals.delete(db);
}

/**
 * PRAGMA journal_mode = WAL, tried again while another opener holds the lock it needs: two
 * switching at once deadlock, and SQLite then answers SQLITE_BUSY without waiting.
 */
function switchToWal(db: Db): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; ; waited += 10) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY' || waited >= BUSY_TIMEOUT_MS) throw e;
      Atomics.wait(pause, 0, 0, 10);
    }
  }
}

function tableNames(db: Db): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
}

/** Ours (application_id), of a schema this program reads, with every table of it; its version. */
function validate(db: Db, file: string): number {
  if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw new StateFileError('not-ours', file, REFUSAL.notOurs(file));
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) throw new StateFileError('newer', file, REFUSAL.newer(file, version, SCHEMA_VERSION));
  const required = requiredTablesOf(version) ?? REQUIRED_TABLES;
  const tables = tableNames(db);
  if (version < 1 || !required.every((t) => tables.includes(t))) throw new StateFileError('corrupt', file, REFUSAL.damaged(file, 'tables missing'));
  return version;
}

/**
 * A new file's schema (an unbooted state: the first transaction boots the kernel). It is in WAL
 * mode before it is linked into place, so no opener ever has to switch it: switching takes an
 * exclusive lock, and two openers switching at once deadlock, one of them failing with
 * SQLITE_BUSY at once (the busy handler is not called for a deadlock).
 */
function initialise(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.transaction(() => {
    db.exec(SCHEMA_SQL);
    db.exec(SEED_SQL);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('created', new Date().toISOString());
  })();
}
