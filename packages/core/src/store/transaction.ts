// One command = one transaction: take the write lock, load the kernel, advance it to now (firing
// due timers), run the command's requests, write back the state and the messages they caused,
// commit. A failure rolls everything back.
import type { Db } from './db';
import { stmt } from './statements';
import { asStateError } from './open';
import type { Caller } from '../kernel/kernel';
import type { KernelState } from '../kernel/model';
import { DEFAULT_LINKS } from '../kernel/boot';
import { bootHost, hostKernel } from '../host/host';
import type { HostKernel, HostState } from '../host/host';
import { SqliteRouteTable } from './sqlite-routes';
import { MemoryRouteTable } from '../kernel/route/table';
import { OverlayRouteTable } from '../kernel/route/overlay';
import { decodeState, encodeState } from './codec';
import { insertJournal, trimJournal } from './journal';
import { REFUSAL, StateFileError } from './errors';
import { takeWriteLock, clearHolder, holderAfterCommit, StateBusyError } from './lock';
import type { LockWait } from './lock';
import { kernelDocumentProblem } from './kernel-schema';
import { refuseIfDamaged } from './integrity';
import { notifyCommit } from './notify';
import { checkedText, keepCommitted, reusable } from './state-reuse';

export interface TransactionOptions {
  caller?: Caller;
  /** Real time source (tests inject one). */
  realNow?: () => number;
  /** How long to wait for another command that holds the write lock, and what to say meanwhile. */
  wait?: LockWait;
}

/**
 * The kernel state in the file (undefined before the first boot). A document that does not
 * decode or departs from the model is a damaged file, refused before the kernel reads it; so is
 * a file this process already found damaged (no write is committed to it).
 */
export function loadState(db: Db): HostState | undefined {
  refuseIfDamaged(db.name);
  const row = stmt(db, 'SELECT state FROM kernel WHERE id = 1').get() as { state: string } | undefined;
  if (!row) return undefined;
  const kept = reusable(db, row.state);
  if (kept) return kept;
  let state: HostState;
  try {
    state = decodeState(row.state);
  } catch {
    throw new StateFileError('corrupt', db.name, REFUSAL.damaged(db.name, 'the kernel state does not decode'));
  }
  const problem = kernelDocumentProblem(state);
  if (problem) throw new StateFileError('corrupt', db.name, REFUSAL.damaged(db.name, `the kernel state is malformed ${problem}`));
  // kernel-schema.ts checked the whole document, in.mpathd's memory included.
  checkedText(db, row.state);
  return state;
}


export function saveState(db: Db, state: KernelState): void {
  stmt(db, 'INSERT INTO kernel (id, state) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state').run(encodeState(state));
}

/** The kernel's notion of now: the manual clock's value, or real time (never behind the manual one). */
export function kernelNow(state: KernelState, realNow: () => number): number {
  return state.clock.mode === 'manual' ? state.clock.now : Math.max(realNow(), state.clock.now);
}

/** Wipes the tables and boots a fresh kernel (used by init/reset and for a new file). */
export function bootInto(db: Db, links: string[], now: number): HostState {
  db.exec('DELETE FROM routes; DELETE FROM kernel;');
  const state = bootHost(links, new SqliteRouteTable(db), now);
  saveState(db, state);
  return state;
}

export function transact<T>(db: Db, fn: (k: HostKernel) => T, opts: TransactionOptions = {}): T {
  const realNow = opts.realNow ?? Date.now;
  try {
    takeWriteLock(db, opts.wait, realNow);
  } catch (e) {
    throw asStateError(e, db.name);
  }
  try {
    const state = loadState(db) ?? bootInto(db, DEFAULT_LINKS, realNow());
    const now = kernelNow(state, realNow);
    const k = hostKernel(state, new SqliteRouteTable(db), state.clock.now, opts.caller);
    k.spill = (messages) => insertJournal(db, messages);
    k.advance(now);
    const result = fn(k);
    // in.mpathd reacts to what the command did, within the same transaction.
    k.requestsDone();
    if (k.dirty) saveState(db, k.state);
    insertJournal(db, k.emitted);
    if (k.sent > 0) trimJournal(db);
    clearHolder(db);
    db.exec('COMMIT');
    keepCommitted(db, k.state);
    holderAfterCommit(db);
    if (k.sent > 0) notifyCommit(db.name);
    return result;
  } catch (e) {
    if (db.inTransaction) {
      clearHolder(db);
      db.exec('ROLLBACK');
    }
    throw asStateError(e, db.name);
  }
}

/**
 * transact() if the write lock is free right now, without waiting for it; undefined (nothing
 * done) when another command holds it. For work that can as well be done later (rtmon firing
 * due timers while it watches).
 */
export function tryTransact<T>(db: Db, fn: (k: HostKernel) => T, opts: TransactionOptions = {}): { value: T } | undefined {
  try {
    return { value: transact(db, fn, { ...opts, wait: { timeoutMs: 0 } }) };
  } catch (e) {
    if (e instanceof StateBusyError) return undefined;
    throw e;
  }
}

export interface ViewOptions extends TransactionOptions {
  /**
   * false: the state exactly as last committed, timers that are due left unfired (a dump whose
   * journal position must match it). Default: as a command would see it now.
   */
  fireDue?: boolean;
}

/**
 * A consistent read-only snapshot without the write lock (WAL readers never wait for writers):
 * for tools that only look (netstat, ifconfig -a). Timers that are due are fired on the
 * snapshot in memory (routes through a copy-on-write table) and the result thrown away, so what
 * is seen is up to date while a writer holds the lock for as long as it likes. The writer that
 * comes next fires them for real, each at its own time: the same result.
 */
export function view<T>(db: Db, fn: (k: HostKernel) => T, opts: ViewOptions = {}): T {
  const realNow = opts.realNow ?? Date.now;
  try {
    db.exec('BEGIN');
  } catch (e) {
    throw asStateError(e, db.name);
  }
  try {
    const stored = loadState(db);
    const fire = opts.fireDue !== false;
    const table = new SqliteRouteTable(db);
    if (stored && (!fire || !dueBy(stored, kernelNow(stored, realNow)))) {
      return fn(hostKernel(stored, table, fire ? kernelNow(stored, realNow) : stored.clock.now, opts.caller));
    }
    // Not booted yet: the first command will boot it; the reader sees a fresh boot. Due timers:
    // what the next command would do before anything else, done on a copy.
    const routes = new OverlayRouteTable(stored ? table : new MemoryRouteTable());
    const state = stored ?? bootHost(DEFAULT_LINKS, routes, realNow());
    const k = hostKernel(state, routes, state.clock.now, opts.caller);
    k.advance(kernelNow(state, realNow));
    k.requestsDone();
    return fn(k);
  } catch (e) {
    throw asStateError(e, db.name);
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}

function dueBy(state: KernelState, now: number): boolean {
  return state.timers.length > 0 && state.timers[0].at <= now;
}
