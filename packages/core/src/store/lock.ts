// The write lock (BEGIN IMMEDIATE) and who holds it. The writer that has the lock says so in a
// small record beside the state file (`<file>-holder`: its pid, its command line, since when),
// so a writer that has to wait can say whom it waits for and for how long, not only "busy".
// The record is rewritten in place (one pwrite when the lock is taken, one byte when it is let
// go, both while it is held), so it costs two system calls a command. A holder that died
// leaves its record behind: a record whose pid is gone means nothing.
import fs from 'node:fs';
import type { Db } from './db';
import { BUSY_TIMEOUT_MS } from './db';
import { stmt } from './statements';
import { alive } from './alive';

export interface LockHolder {
  pid: number;
  /** Its command line (program name and arguments). */
  command: string;
  /** Real time it took the lock (ms since the epoch). */
  since: number;
}

export interface LockWait {
  /** How long to wait for the lock in all (ms); 0 takes it only if it is free now. */
  timeoutMs: number;
  /** After waiting this long, onWait hears who holds the lock (once). */
  noticeMs?: number;
  onWait?: (holder: LockHolder | undefined) => void;
}

/** SQLite's own wait, as the connections are opened with. */
export const DEFAULT_WAIT: LockWait = { timeoutMs: BUSY_TIMEOUT_MS };

/** Another command held the lock for longer than we were prepared to wait. Nothing was done. */
export class StateBusyError extends Error {
  readonly code = 'SQLITE_BUSY';

  constructor(readonly file: string, readonly holder: LockHolder | undefined, readonly waitedMs: number) {
    super(`${file} is busy`);
  }
}

const RECORD_BYTES = 1024;
const FREE = '-';

export const holderPath = (file: string) => `${file}-holder`;

/**
 * The running program's name (getprogname(3C)): "route", "ipmplab". Plain string work: this runs
 * in every command that writes, where a regular expression and node:path's basename were a
 * measurable part of taking the lock (their first use compiles them).
 */
export function programName(argv: readonly string[] = process.argv): string {
  const script = argv[1] ?? argv[0] ?? '';
  const base = script.slice(script.lastIndexOf('/') + 1);
  for (const ext of ['.js', '.cjs', '.mjs']) if (base.endsWith(ext)) return base.slice(0, -ext.length);
  return base;
}

/** This process's command line: the program's name and its arguments. */
export function commandLine(argv: readonly string[] = process.argv): string {
  return [programName(argv), ...argv.slice(2)].join(' ');
}

const busyTimeouts = new WeakMap<Db, number>();

function setBusyTimeout(db: Db, ms: number): void {
  stmt(db, `PRAGMA busy_timeout = ${Math.max(0, Math.floor(ms))}`).get();
}

function isBusy(e: unknown): boolean {
  const code = (e as { code?: string }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_BUSY_RECOVERY';
}

/** BEGIN IMMEDIATE, waiting at most `ms`; false when another connection still holds the lock. */
function attempt(db: Db, ms: number): boolean {
  setBusyTimeout(db, ms);
  try {
    db.exec('BEGIN IMMEDIATE');
    return true;
  } catch (e) {
    if (isBusy(e)) return false;
    throw e;
  }
}

/**
 * Takes the write lock as `wait` says (throwing StateBusyError when it cannot) and records this
 * process as its holder. The connection's own busy timeout is restored afterwards.
 */
export function takeWriteLock(db: Db, wait: LockWait = DEFAULT_WAIT, realNow: () => number = Date.now): void {
  let restore = busyTimeouts.get(db);
  if (restore === undefined) busyTimeouts.set(db, (restore = db.pragma('busy_timeout', { simple: true }) as number));
  const started = realNow();
  try {
    // A free lock is taken at once; only a wait asks when to tell whom it waits for.
    let ok = attempt(db, 0);
    if (!ok) {
      const notice = wait.onWait && wait.noticeMs !== undefined && wait.noticeMs < wait.timeoutMs ? wait.noticeMs : undefined;
      if (notice === undefined) {
        ok = attempt(db, wait.timeoutMs);
      } else {
        ok = attempt(db, notice);
        if (!ok) {
          wait.onWait!(readHolder(db.name));
          ok = attempt(db, wait.timeoutMs - notice);
        }
      }
    }
    if (!ok) throw new StateBusyError(db.name, readHolder(db.name), realNow() - started);
  } finally {
    setBusyTimeout(db, restore);
  }
  writeRecord(db.name, holderRecord({ pid: process.pid, command: commandLine(), since: realNow() }));
}

/**
 * The record: JSON padded with spaces to a fixed size (a long command line is cut), in ASCII
 * only (other characters as \\u escapes), so that its length is its size in bytes and it is
 * written as it is (its UTF-8 is its ASCII), with no Buffer made for it.
 */
function holderRecord(h: LockHolder): string {
  let command = h.command;
  let json = asciiJson({ ...h, command });
  while (json.length > RECORD_BYTES) {
    command = command.slice(0, Math.floor(command.length * 0.8));
    json = asciiJson({ ...h, command });
  }
  return json.padEnd(RECORD_BYTES);
}

/** JSON.stringify with every character from DEL (0x7f) on written as a \\u escape (JSON.parse reads it back). */
function asciiJson(value: unknown): string {
  const text = JSON.stringify(value);
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x7f) continue;
    out += `${text.slice(from, i)}\\u${c.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Marks the lock as let go; called while it is still held (before COMMIT or ROLLBACK). */
export function clearHolder(db: Db): void {
  writeRecord(db.name, FREE);
}

/** The record of each state file this process writes, kept open for its life (null: unusable). */
const records = new Map<string, number | null>();

const special = (file: string) => file === '' || file === ':memory:';

/**
 * Best effort: a state file whose record cannot be written works without it. The record is
 * only written where it exists: a command that is refused (a damaged file) or fails leaves no
 * new file behind; the first one that commits makes it (holderAfterCommit).
 */
function writeRecord(file: string, record: string): void {
  let fd = records.get(file);
  if (fd === null || special(file)) return;
  try {
    if (fd === undefined) {
      fd = fs.openSync(holderPath(file), fs.constants.O_RDWR | fs.constants.O_NOFOLLOW);
      records.set(file, fd);
    }
    // UTF-8, node's default, which the record (ASCII) is already: naming an encoding sends
    // node through its table of encodings, compiled at that first call (0.07 ms).
    fs.writeSync(fd, record, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') records.set(file, null);
  }
}

/** After a commit: the record beside the state file exists from now on (0600, ours, no link). */
export function holderAfterCommit(db: Db): void {
  const file = db.name;
  if (records.has(file) || special(file)) return;
  try {
    const fd = fs.openSync(holderPath(file), fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_NOFOLLOW, 0o600);
    records.set(file, fd);
    fs.writeSync(fd, FREE, 0);
  } catch {
    records.set(file, null);
  }
}

/** Who holds the lock of a state file, when its record says so and that process still lives. */
export function readHolder(file: string): LockHolder | undefined {
  let text: string;
  try {
    const fd = fs.openSync(holderPath(file), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    try {
      const buf = Buffer.alloc(RECORD_BYTES);
      text = buf.subarray(0, fs.readSync(fd, buf, 0, RECORD_BYTES, 0)).toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
  if (text.startsWith('-')) return undefined;
  try {
    const r = JSON.parse(text) as Partial<LockHolder>;
    const ok = Number.isSafeInteger(r.pid) && r.pid! > 0 && typeof r.command === 'string' && typeof r.since === 'number';
    return ok && alive(r.pid!) ? { pid: r.pid!, command: r.command!, since: r.since! } : undefined;
  } catch {
    return undefined;
  }
}
