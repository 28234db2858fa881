// A tool's connection to the kernel: the state file it selected and the caller's credentials.
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

export function openSession(option: string | undefined, io: ToolIO): Session {
  const file = statePath(option, io.env);
  const db = openState(file);
  const caller = callerFrom(io.env);
  return {
    path: file,
    db,
    caller,
    run: (fn) => transact(db, fn, { caller }),
    view: (fn) => view(db, fn, { caller }),
    close: () => db.close(),
  };
}

export { StateFileError };
