// A tool's connection to the kernel: the state file it selected and the caller's credentials.
// Batches share one open state file across many commands, and run them inside one outer
// transaction (the "ambient" kernel): an atomic batch all of its commands, a batch without
// --atomic each group of lines it commits together (a commit group).
import { openState, transact, tryTransact, view, labTransact, labView, labNetwork, defaultStatePath, programName, useHostDisk, resolveHost, StateFileError, REFUSAL, commandInOpenTransaction, lookInOpenTransaction } from '@ipmplab/core/store';
import type { Kernel, Caller } from '@ipmplab/core/syscalls';
import type { Db, HostKernel, HostRow, LabTransaction, LockHolder, LockWait } from '@ipmplab/core/store';
import type { ToolIO } from './io';
import { LOCK_MSG } from './lock-messages';
import path from 'node:path';

export interface Session {
  path: string;
  db: Db;
  caller: Caller;
  /** The host named for the tool (`--host`, `$IPMPLAB_HOST`); undefined: the lab's default. */
  host: string | undefined;
  /** The id of the session's host in the state file (its disk, its journal). */
  hostId(): number;
  /** The session's host's name in the lab (its nodename: what its syslog lines carry). */
  hostName(): string;
  /** Runs fn as one transaction against the kernel. */
  run<T>(fn: (k: Kernel) => T): T;
  /** Runs fn on a consistent read-only snapshot (no write lock held while it prints). */
  view<T>(fn: (k: Kernel) => T): T;
  /** Runs fn as one transaction over the whole lab (the lab's own commands: hosts, segments, clock). */
  runLab<T>(fn: (lab: LabTransaction) => T): T;
  /** Runs fn on a consistent read-only snapshot of the whole lab (its hosts, segments, cables). */
  viewLab<T>(fn: (db: Db) => T): T;
  close(): void;
}

/** A whole number of milliseconds from the environment, if it holds one. */
function envMs(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

/**
 * How a writer waits for another command that holds the state: up to 30 s, then it gives up
 * naming the holder. A person at a terminal is told whom it waits for after 1 s; a script's
 * stderr stays what the illumos tool would print (the notice is not an illumos text), unless
 * IPMPLAB_LOCK_NOTICE_MS asks for it. IPMPLAB_LOCK_TIMEOUT_MS changes the 30 s (for tests).
 */
export function lockWait(file: string, io: ToolIO): LockWait {
  return {
    timeoutMs: envMs(io.env.IPMPLAB_LOCK_TIMEOUT_MS) ?? 30_000,
    // Asked only when the lock is not free at once: whether stderr is a terminal costs a module.
    get noticeMs() {
      return envMs(io.env.IPMPLAB_LOCK_NOTICE_MS) ?? (io.stderrIsTTY ? 1_000 : undefined);
    },
    get onWait() {
      return this.noticeMs === undefined ? undefined : (holder: LockHolder | undefined) => io.stderr(LOCK_MSG.waiting(programName(), file, holder));
    },
  };
}

/** IPMPLAB_PRIVILEGED=0 makes the tools an unprivileged user; the default is an administrator. */
export function callerFrom(env: NodeJS.ProcessEnv): Caller {
  return { privileged: env.IPMPLAB_PRIVILEGED !== '0', pid: process.pid };
}

export function statePath(option: string | undefined, env: NodeJS.ProcessEnv): string {
  return option ? path.resolve(option) : defaultStatePath(env);
}

let shared: Map<string, Db> | undefined;
let ambient: { db: Db; kernel: Kernel; host: string | undefined; hostId: number; group?: CommitGroup } | undefined;

/** A commit group's record of whether a command in it failed with an exception. */
interface CommitGroup {
  spoiled: boolean;
}

/**
 * What a command in a spoiled commit group is told: the group's work is thrown away and its
 * lines run again one transaction each, so nothing more is done in it.
 */
class CommitGroupSpoiled extends Error {
  constructor() {
    super('the commit group was abandoned');
  }
}

/** Runs fn with state files opened once and kept open for every tool it runs (batches). */
export function withSharedSessions<T>(fn: () => T): T {
  const outer = shared;
  shared ??= new Map();
  try {
    return fn();
  } finally {
    if (!outer) {
      for (const db of shared.values()) db.close();
      shared = undefined;
    }
  }
}

/** Runs fn with every command's transaction folded into one outer transaction on this session. */
export function withAmbientTransaction<T>(session: Session, fn: () => T): T {
  return session.run((kernel) => {
    ambient = { db: session.db, kernel, host: session.host, hostId: session.hostId() };
    try {
      return fn();
    } finally {
      ambient = undefined;
    }
  });
}

/**
 * Runs fn with every command on this session's host folded into one outer transaction that
 * commits when fn returns, each command as its own transaction would run it: the kernel brought
 * up to now before it, the host's daemons reacting after it. A command that fails with an
 * exception (its own transaction would have rolled back, the group cannot undo just that one)
 * spoils the group: `spoiled()` says so, later commands in it are refused, and fn is to throw so
 * that the whole group rolls back and its lines can run again one transaction each.
 */
export function withCommitGroup<T>(session: Session, fn: (spoiled: () => boolean) => T): T {
  return session.run((kernel) => {
    const group: CommitGroup = { spoiled: false };
    ambient = { db: session.db, kernel, host: session.host, hostId: session.hostId(), group };
    try {
      return fn(() => group.spoiled);
    } finally {
      ambient = undefined;
    }
  });
}

/** A command in the ambient transaction: directly in an atomic batch, as its own in a commit group. */
function ambientCommand<T>(look: boolean, fn: (k: Kernel) => T): T {
  const { kernel, group } = ambient!;
  if (!group) return fn(kernel);
  if (group.spoiled) throw new CommitGroupSpoiled();
  try {
    // The ambient kernel is the host kernel its transaction opened.
    return look ? lookInOpenTransaction(ambient!.db, ambient!.hostId, kernel as HostKernel, fn, { network: labNetwork }) : commandInOpenTransaction(kernel, fn);
  } catch (e) {
    group.spoiled = true;
    throw e;
  }
}

/**
 * What a commit group cannot do in the middle of its lines (a command over the whole lab, the
 * state as last committed): the group is given up, and its lines run one transaction each.
 */
function refuseInGroup(): void {
  const group = ambient!.group;
  if (!group) return;
  group.spoiled = true;
  throw new CommitGroupSpoiled();
}

/**
 * Whether a command on this file runs in the ambient transaction. It holds one host's kernel:
 * a line naming another host cannot join it, and is refused rather than run elsewhere.
 */
function ambientOn(db: Db, host?: string | null): boolean {
  if (ambient === undefined || ambient.db !== db) return false;
  if (host !== null && host !== ambient.host && resolveHost(db, host).id !== ambient.hostId) throw new StateFileError('batch-host', db.name, REFUSAL.batchHost(ambient.host));
  return true;
}

/**
 * The lab as an atomic batch sees it: the batch's one host, inside its transaction; a lab
 * command that reaches another host is refused, as a line naming one is.
 */
function ambientLab(): LabTransaction {
  const a = ambient!;
  return {
    db: a.db,
    kernel: (id) => {
      if (id !== a.hostId) throw new StateFileError('batch-host', a.db.name, REFUSAL.batchHost(a.host));
      return a.kernel as HostKernel;
    },
    drop: () => undefined,
  };
}

/** Runs fn as one transaction only if no other command holds the state right now. */
export function tryRun<T>(session: Session, fn: (k: Kernel) => T): { value: T } | undefined {
  return ambientOn(session.db, session.host) ? { value: ambientCommand(false, fn) } : tryTransact(session.db, fn, { caller: session.caller, host: session.host, network: labNetwork });
}

/** Runs fn on the state exactly as last committed (timers that are due left unfired). */
export function viewCommitted<T>(session: Session, fn: (k: Kernel) => T): T {
  if (!ambientOn(session.db, session.host)) return view(session.db, fn, { caller: session.caller, fireDue: false, host: session.host, network: labNetwork });
  // The state as last committed is not what a group holds in the middle of its lines.
  refuseInGroup();
  return fn(ambient!.kernel);
}

/** The host a tool acts on: `--host NAME`, else $IPMPLAB_HOST, else (undefined) the lab's default. */
export function hostOption(option: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  return option ?? (env.IPMPLAB_HOST ? env.IPMPLAB_HOST : undefined);
}

export function openSession(option: string | undefined, io: ToolIO, hostName?: string): Session {
  const file = statePath(option, io.env);
  const host = hostOption(hostName, io.env);
  const db = shared?.get(file) ?? openState(file);
  if (shared) shared.set(file, db);
  // Its disk is what the user-level programs read (the name service, in.mpathd's defaults).
  useHostDisk(file, db, host);
  const caller = callerFrom(io.env);
  const inAmbient = () => ambientOn(db, host);
  let row: HostRow | undefined;
  const resolved = () => (row ??= resolveHost(db, host, false));
  return {
    path: file,
    db,
    caller,
    host,
    // Resolved once: a rename keeps the id, so the session stays on its host.
    // Inside an atomic batch's transaction on this host, the batch's host (no query a line).
    hostId: () => (inAmbient() ? ambient!.hostId : resolved().id),
    hostName: () => resolved().name,
    run: (fn) => (inAmbient() ? ambientCommand(false, fn) : transact(db, fn, { caller, wait: lockWait(file, io), host, network: labNetwork })),
    view: (fn) => (inAmbient() ? ambientCommand(true, fn) : view(db, fn, { caller, host, network: labNetwork })),
    runLab: (fn) => (ambientOn(db, null) ? (refuseInGroup(), fn(ambientLab())) : labTransact(db, fn, { caller, wait: lockWait(file, io), network: labNetwork })),
    viewLab: (fn) => (ambientOn(db, null) ? (refuseInGroup(), fn(db)) : labView(db, fn)),
    close: () => {
      if (!shared) db.close();
    },
  };
}

export { StateFileError };
