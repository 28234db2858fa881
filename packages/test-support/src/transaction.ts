// A test's look into a state file between tool runs: an open connection, or the kernel in one
// transaction, opened and closed around the call so the tools find the file as they left it.
import { openState } from '@ipmplab/core/testing';
import type { Db, Kernel } from '@ipmplab/core/testing';
import { memoryIO, openSession } from '@ipmplab/userland';

/** Runs fn on an open connection to the file (created when missing), then closes it. */
export function withDb<T>(file: string, fn: (db: Db) => T, opts: { create?: boolean } = {}): T {
  const db = openState(file, opts);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Runs fn as one transaction on the file's kernel, as a tool would (env: the tool's, e.g. an unprivileged caller). */
export function withKernel<T>(file: string, fn: (k: Kernel) => T, env: NodeJS.ProcessEnv = {}): T {
  const s = openSession(file, memoryIO(env));
  try {
    return s.run(fn);
  } finally {
    s.close();
  }
}
