// A tool's connection to the kernel: the state file it selected and the caller's credentials.
// Batches share one open state file across many commands, and an atomic batch runs every
// command inside one outer transaction (the "ambient" kernel).
import { openState, transact, tryTransact, view, defaultStatePath, programName, useHostDisk, StateFileError } from '@ipmplab/core/store';
import type { Kernel, Caller } from '@ipmplab/core/syscalls';
import type { Db, LockWait } from '@ipmplab/core/store';
import type { ToolIO } from './io';
import { LOCK_MSG } from './lock-messages';
import path from 'node:path';

export interface Session {
  path: string;
  db: Db;
  caller: Caller;
  /** Runs fn as one transaction against the kernel. */
  run<T>(fn: (k: Kernel) => T): T;
  /** Runs fn on a consistent read-only snapshot (no write lock held while it prints). */
  view<T>(fn: (k: Kernel) => T): T;
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
  const noticeMs = envMs(io.env.IPMPLAB_LOCK_NOTICE_MS) ?? (io.stderrIsTTY ? 1_000 : undefined);
  return {
    timeoutMs: envMs(io.env.IPMPLAB_LOCK_TIMEOUT_MS) ?? 30_000,
    noticeMs,
    onWait: noticeMs === undefined ? undefined : (holder) => io.stderr(LOCK_MSG.waiting(programName(), file, holder)),
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
let ambient: { db: Db; kernel: Kernel } | undefined;

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
    ambient = { db: session.db, kernel };
    try {
      return fn();
    } finally {
      ambient = undefined;
    }
  });
}

const ambientOn = (db: Db) => ambient !== undefined && ambient.db === db;

/** Runs fn as one transaction only if no other command holds the state right now. */
export function tryRun<T>(session: Session, fn: (k: Kernel) => T): { value: T } | undefined {
  return ambientOn(session.db) ? { value: fn(ambient!.kernel) } : tryTransact(session.db, fn, { caller: session.caller });
}

/** Runs fn on the state exactly as last committed (timers that are due left unfired). */
export function viewCommitted<T>(session: Session, fn: (k: Kernel) => T): T {
  return ambientOn(session.db) ? fn(ambient!.kernel) : view(session.db, fn, { caller: session.caller, fireDue: false });
}

export function openSession(option: string | undefined, io: ToolIO): Session {
  const file = statePath(option, io.env);
  const db = shared?.get(file) ?? openState(file);
  if (shared) shared.set(file, db);
  // Its disk is what the user-level programs read (the name service, in.mpathd's defaults).
  useHostDisk(file, db);
  const caller = callerFrom(io.env);
  const wait = lockWait(file, io);
  const inAmbient = () => ambientOn(db);
  return {
    path: file,
    db,
    caller,
    run: (fn) => (inAmbient() ? fn(ambient!.kernel) : transact(db, fn, { caller, wait })),
    view: (fn) => (inAmbient() ? fn(ambient!.kernel) : view(db, fn, { caller })),
    close: () => {
      if (!shared) db.close();
    },
  };
}

export { StateFileError };
