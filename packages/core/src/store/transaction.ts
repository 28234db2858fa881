// One command = one transaction: take the write lock, load the kernel, advance it to now (firing
// due timers), run the command's requests, write back the state and the messages they caused,
// commit. A failure rolls everything back.
import type { Db } from './open';
import { stmt } from './statements';
import { asStateError } from './open';
import { Kernel } from '../kernel/kernel';
import type { Caller } from '../kernel/kernel';
import type { KernelState } from '../kernel/model';
import { boot, DEFAULT_LINKS } from '../kernel/boot';
import { SqliteRouteTable } from './sqlite-routes';
import { decodeState, encodeState } from './codec';
import { appendJournal } from './journal';
import { mpathdSync } from '../mpathd/daemon';
import { StateFileError } from './errors';

export interface TransactionOptions {
  caller?: Caller;
  /** Real time source (tests inject one). */
  realNow?: () => number;
}

/** The kernel state in the file (undefined before the first boot); a damaged one is refused. */
export function loadState(db: Db): KernelState | undefined {
  const row = stmt(db, 'SELECT state FROM kernel WHERE id = 1').get() as { state: string } | undefined;
  if (!row) return undefined;
  let state: KernelState;
  try {
    state = decodeState(row.state);
  } catch {
    throw new StateFileError('corrupt', db.name, `${db.name} is damaged (the kernel state does not decode); it was left untouched`);
  }
  if (!wellFormed(state)) throw new StateFileError('corrupt', db.name, `${db.name} is damaged (the kernel state is incomplete); it was left untouched`);
  return state;
}

/** The parts every command relies on; anything less is a damaged file, not a kernel bug. */
export function wellFormed(s: KernelState): boolean {
  const obj = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  return obj(s) && obj(s.links) && obj(s.phyints) && obj(s.typeOrder) && Array.isArray(s.typeOrder?.inet) &&
    Array.isArray(s.typeOrder?.inet6) && obj(s.clock) && typeof s.clock?.now === 'number' && Array.isArray(s.timers) &&
    Array.isArray(s.conflicts) && Array.isArray(s.log) && typeof s.lastIndex === 'number';
}

export function saveState(db: Db, state: KernelState): void {
  stmt(db, 'INSERT INTO kernel (id, state) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state').run(encodeState(state));
}

/** The kernel's notion of now: the manual clock's value, or real time (never behind the manual one). */
export function kernelNow(state: KernelState, realNow: () => number): number {
  return state.clock.mode === 'manual' ? state.clock.now : Math.max(realNow(), state.clock.now);
}

/** Wipes the tables and boots a fresh kernel (used by init/reset and for a new file). */
export function bootInto(db: Db, links: string[], now: number): KernelState {
  db.exec('DELETE FROM routes; DELETE FROM kernel;');
  const state = boot(links, new SqliteRouteTable(db), now);
  saveState(db, state);
  return state;
}

export function transact<T>(db: Db, fn: (k: Kernel) => T, opts: TransactionOptions = {}): T {
  const realNow = opts.realNow ?? Date.now;
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (e) {
    throw asStateError(e, db.name);
  }
  try {
    const state = loadState(db) ?? bootInto(db, DEFAULT_LINKS, realNow());
    const now = kernelNow(state, realNow);
    const k = new Kernel(state, new SqliteRouteTable(db), state.clock.now, opts.caller);
    k.advance(now);
    const result = fn(k);
    // in.mpathd reacts to what the command did, within the same transaction.
    mpathdSync(k);
    k.drainDeferred();
    if (k.dirty) saveState(db, k.state);
    appendJournal(db, k.emitted);
    db.exec('COMMIT');
    return result;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw asStateError(e, db.name);
  }
}

/**
 * A consistent read-only snapshot without the write lock (WAL readers never block writers):
 * for tools that only look (netstat, ifconfig -a). Timers that are due are fired first, in
 * their own short write transaction, so what is seen is up to date.
 */
export function view<T>(db: Db, fn: (k: Kernel) => T, opts: TransactionOptions = {}): T {
  const realNow = opts.realNow ?? Date.now;
  const begin = () => {
    try {
      db.exec('BEGIN');
    } catch (e) {
      throw asStateError(e, db.name);
    }
  };
  begin();
  try {
    // One read in the common case: the snapshot starts with it and is used as it is unless
    // something is due (or the file is new), which needs the write transaction first.
    let state = loadState(db);
    if (!state || (state.timers[0] && state.timers[0].at <= kernelNow(state, realNow))) {
      db.exec('ROLLBACK');
      transact(db, () => undefined, opts);
      begin();
      state = loadState(db)!;
    }
    const k = new Kernel(state, new SqliteRouteTable(db), kernelNow(state, realNow), opts.caller);
    return fn(k);
  } catch (e) {
    throw asStateError(e, db.name);
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}
