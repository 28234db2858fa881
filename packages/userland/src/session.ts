// A tool's connection to the kernel: the state file it selected and the caller's credentials.
// Batches share one open state file across many commands, and an atomic batch runs every
// command inside one outer transaction (the "ambient" kernel).
import { openState, transact, view, defaultStatePath, StateFileError } from '@ipmplab/core';
import type { Db, Kernel, Caller } from '@ipmplab/core';
import type { ToolIO } from './io';
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

/** IPMPLAB_PRIVILEGED=0 makes the tools an unprivileged user; the default is an administrator. */
export function callerFrom(env: NodeJS.ProcessEnv): Caller {
  return { privileged: env.IPMPLAB_PRIVILEGED !== '0', pid: process.pid };
}

export function statePath(option: string | undefined, env: NodeJS.ProcessEnv): string {
  return option ? path.resolve(option) : defaultStatePath(env);
}

let shared: Map<string, Db> | undefined;
let ambient: { db: Db; kernel: Kernel } | undefined;

/** Runs fn with state files opened once and kept open for every tool it runs (batches, the shell). */
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

export function openSession(option: string | undefined, io: ToolIO): Session {
  const file = statePath(option, io.env);
  const db = shared?.get(file) ?? openState(file);
  if (shared) shared.set(file, db);
  const caller = callerFrom(io.env);
  const inAmbient = () => ambient && ambient.db === db;
  return {
    path: file,
    db,
    caller,
    run: (fn) => (inAmbient() ? fn(ambient!.kernel) : transact(db, fn, { caller })),
    view: (fn) => (inAmbient() ? fn(ambient!.kernel) : view(db, fn, { caller })),
    close: () => {
      if (!shared) db.close();
    },
  };
}

export { StateFileError };
