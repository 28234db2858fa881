// One command = one transaction: take the write lock, load the kernel, advance it to now (firing
// due timers), run the command's requests, write back the state and the messages they caused,
// commit. A failure rolls everything back.
import type { Db } from './db';
import { stmt } from './statements';
import { asStateError, cacheForWriting, statementJournalsInMemory } from './open';
import type { Caller, Kernel, KernelNetwork } from '../kernel/kernel';
import type { KernelState } from '../kernel/model';
import { DEFAULT_LINKS } from '../kernel/boot';
import { bootHost, hostKernel } from '../host/host';
import type { HostKernel, HostState } from '../host/host';
import { SqliteRouteTable } from './sqlite-routes';
import { MemoryRouteTable } from '../kernel/route/table';
import { OverlayRouteTable } from '../kernel/route/overlay';
import { decodeState, encodeState } from './codec';
import { insertJournal, takeLabEvents, trimJournal } from './journal';
import { REFUSAL, StateFileError } from './errors';
import { takeWriteLock, clearHolder, holderAfterCommit, StateBusyError } from './lock';
import type { LockWait } from './lock';
import { kernelDocumentProblem } from './kernel-schema';
import { refuseIfDamaged } from './integrity';
import { notifyCommit } from './notify';
import { checkedText, keepCommitted, reusable } from './state-reuse';
import { resolveHost } from './hosts';

export interface TransactionOptions {
  caller?: Caller;
  /** The host the command acts on (`--host`, `$IPMPLAB_HOST`); absent, the lab's default host. */
  host?: string;
  /** Real time source (tests inject one). */
  realNow?: () => number;
  /** How long to wait for another command that holds the write lock, and what to say meanwhile. */
  wait?: LockWait;
  /** The network each opened kernel is given (core net/probe.ts labNetwork); absent, hosts stand alone. */
  network?: (lab: LabTransaction, host: number) => KernelNetwork;
  /**
   * The transaction runs the tools' commands (transact), whose statements each change a few
   * rows: their statement journals are kept in memory (open.ts statementJournalsInMemory).
   */
  commands?: boolean;
}

/**
 * The kernel state in the file (undefined before the first boot). A document that does not
 * decode or departs from the model is a damaged file, refused before the kernel reads it; so is
 * a file this process already found damaged (no write is committed to it).
 */
export function loadState(db: Db, host: number): HostState | undefined {
  refuseIfDamaged(db.name);
  const row = stmt(db, 'SELECT state FROM kernel WHERE host = ?').get(host) as { state: string } | undefined;
  if (!row) return undefined;
  const kept = reusable(db, host, row.state);
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
  checkedText(db, host, row.state);
  return state;
}

export function saveState(db: Db, host: number, state: KernelState): void {
  stmt(db, 'INSERT INTO kernel (host, state) VALUES (?, ?) ON CONFLICT (host) DO UPDATE SET state = excluded.state').run(host, encodeState(state));
}

/** The kernel's notion of now: the manual clock's value, or real time (never behind the manual one). */
export function kernelNow(state: KernelState, realNow: () => number): number {
  return state.clock.mode === 'manual' ? state.clock.now : Math.max(realNow(), state.clock.now);
}

/** Wipes a host's kernel and routes and boots a fresh kernel (init, reset, reboot, a new host). */
export function bootInto(db: Db, host: number, links: string[], now: number): HostState {
  stmt(db, 'DELETE FROM routes WHERE host = ?').run(host);
  stmt(db, 'DELETE FROM kernel WHERE host = ?').run(host);
  const state = bootHost(links, new SqliteRouteTable(db, host), now, host);
  saveState(db, host, state);
  return state;
}

/** The kernels one write transaction works on, each loaded and brought up to now once. */
export interface LabTransaction {
  readonly db: Db;
  /** The kernel of a host (by id), loaded and advanced to now the first time it is asked for. */
  kernel(host: number): HostKernel;
  /** Forget an opened kernel without saving it (its host was rebooted or removed meanwhile). */
  drop(host: number): void;
}

/**
 * One command that may touch several hosts (the lab's commands): the write lock, each host's
 * kernel as it is asked for, and at the end in.mpathd's reaction, the documents that changed
 * and the routing messages of every host touched, committed at once.
 */
export function labTransact<T>(db: Db, fn: (lab: LabTransaction) => T, opts: TransactionOptions = {}): T {
  const realNow = opts.realNow ?? Date.now;
  try {
    cacheForWriting(db);
    statementJournalsInMemory(db, opts.commands === true);
    takeWriteLock(db, opts.wait, realNow);
  } catch (e) {
    throw asStateError(e, db.name);
  }
  const opened = new Map<number, HostKernel>();
  try {
    const lab: LabTransaction = {
      db,
      kernel: (host) => {
        let k = opened.get(host);
        if (!k) {
          const state = loadState(db, host) ?? bootInto(db, host, DEFAULT_LINKS, realNow());
          k = hostKernel(state, new SqliteRouteTable(db, host), state.clock.now, opts.caller);
          k.spill = (messages) => insertJournal(db, host, messages);
          opened.set(host, k);
          if (opts.network) k.network = opts.network(lab, host);
          k.advance(kernelNow(state, realNow));
        }
        return k;
      },
      drop: (host) => {
        opened.delete(host);
      },
    };
    const result = fn(lab);
    let sent = false;
    for (const [host, k] of opened) {
      // in.mpathd reacts to what the command did, within the same transaction.
      k.requestsDone();
      if (k.dirty) saveState(db, host, k.state);
      const last = insertJournal(db, host, k.emitted);
      if (k.sent > 0) {
        trimJournal(db, host, undefined, last);
        sent = true;
      }
    }
    clearHolder(db);
    db.exec('COMMIT');
    for (const [host, k] of opened) keepCommitted(db, host, k.state);
    holderAfterCommit(db);
    // Routing messages, or a lab event (a snapshot restored), wake the journal's readers.
    if (takeLabEvents(db) || sent) notifyCommit(db.name);
    return result;
  } catch (e) {
    takeLabEvents(db);
    if (db.inTransaction) {
      clearHolder(db);
      db.exec('ROLLBACK');
    }
    throw asStateError(e, db.name);
  }
}

/** One command on one host (`opts.host`, else the default): the tools' transaction. */
export function transact<T>(db: Db, fn: (k: HostKernel) => T, opts: TransactionOptions = {}): T {
  return labTransact(db, (lab) => fn(lab.kernel(resolveHost(db, opts.host).id)), { ...opts, commands: true });
}

/**
 * One command inside a write transaction that is already open and holds the host's kernel (a
 * batch's group of lines, committed together): what labTransact does around a command, less
 * the commit. The kernel is brought up to now (timers that fell due since the last command fire,
 * each at its own time), the command runs, then the host's daemons react to it.
 */
export function commandInOpenTransaction<K extends Kernel, T>(k: K, fn: (k: K) => T, realNow: () => number = Date.now): T {
  k.advance(kernelNow(k.state, realNow));
  const result = fn(k);
  k.requestsDone();
  return result;
}

/**
 * A look inside such a transaction: the kernel as view() would show it now. Timers that are due
 * fire, as in view(), on a copy that is thrown away (routes through a copy-on-write table), so
 * the transaction holds what its commands did and nothing a look saw. The copy reaches no other
 * host: a transaction that holds its kernel this way is on a lab of one host.
 */
export function lookInOpenTransaction<T>(db: Db, host: number, k: HostKernel, fn: (k: HostKernel) => T, opts: TransactionOptions = {}): T {
  const now = kernelNow(k.state, opts.realNow ?? Date.now);
  if (!dueBy(k.state, now)) {
    k.advance(now);
    return fn(k);
  }
  const copy = hostKernel(decodeState(encodeState(k.state)), new OverlayRouteTable(k.routes), k.now, k.caller);
  const lab: LabTransaction = {
    db,
    kernel: (id) => {
      if (id !== host) throw new Error(`a look inside a commit group reached host ${id}`);
      return copy;
    },
    drop: () => undefined,
  };
  if (opts.network) copy.network = opts.network(lab, host);
  copy.advance(now);
  copy.requestsDone();
  return fn(copy);
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
    const host = resolveHost(db, opts.host).id;
    const stored = loadState(db, host);
    const fire = opts.fireDue !== false;
    if (stored && (!fire || !dueBy(stored, kernelNow(stored, realNow)))) {
      return fn(hostKernel(stored, new SqliteRouteTable(db, host), fire ? kernelNow(stored, realNow) : stored.clock.now, opts.caller));
    }
    // Not booted yet: the first command will boot it; the reader sees a fresh boot. Due timers:
    // what the next command would do before anything else, done on copies (of this host and of
    // any other its timers reach through the network).
    const k = snapshotLab(db, stored, host, realNow, opts).kernel(host);
    k.requestsDone();
    return fn(k);
  } catch (e) {
    throw asStateError(e, db.name);
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}

/**
 * The lab as a reader's snapshot holds it: each host's kernel loaded, given the network and
 * brought up to now in memory (routes through a copy-on-write table), never written back.
 */
function snapshotLab(db: Db, first: HostState | undefined, firstHost: number, realNow: () => number, opts: ViewOptions): LabTransaction {
  const opened = new Map<number, HostKernel>();
  const lab: LabTransaction = {
    db,
    kernel: (host) => {
      let k = opened.get(host);
      if (!k) {
        const stored = host === firstHost ? first : loadState(db, host);
        const routes = new OverlayRouteTable(stored ? new SqliteRouteTable(db, host) : new MemoryRouteTable());
        const state = stored ?? bootHost(DEFAULT_LINKS, routes, realNow(), host);
        k = hostKernel(state, routes, state.clock.now, opts.caller);
        opened.set(host, k);
        if (opts.network) k.network = opts.network(lab, host);
        k.advance(kernelNow(state, realNow));
      }
      return k;
    },
    drop: (host) => {
      opened.delete(host);
    },
  };
  return lab;
}

function dueBy(state: KernelState, now: number): boolean {
  return state.timers.length > 0 && state.timers[0].at <= now;
}

/** A consistent read-only snapshot of the lab as a whole (no write lock, no kernel loaded). */
export function labView<T>(db: Db, fn: (db: Db) => T): T {
  try {
    db.exec('BEGIN');
  } catch (e) {
    throw asStateError(e, db.name);
  }
  try {
    refuseIfDamaged(db.name);
    return fn(db);
  } catch (e) {
    throw asStateError(e, db.name);
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}
