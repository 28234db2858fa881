// ifconfig in-process against a temporary state file, with the routing messages each command
// journalled (so a test can see that a refused command sent none).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeMessage, lastSeq, openState, readJournal, rtmName, transact } from '@ipmplab/core/testing';
import type { Kernel } from '@ipmplab/core/testing';
import { memoryIO } from '@ipmplab/userland';
import { ifconfigMain } from './ifconfig';

export interface Run {
  code: number;
  out: string;
  err: string;
  /** The routing messages the command caused, by type. */
  messages: string[];
}

export interface Host {
  /** `ifconfig words...`. */
  ifconfig(...words: string[]): Run;
  /** The same with the environment given (IPMPLAB_PRIVILEGED=0: an unprivileged user). */
  ifconfigAs(env: NodeJS.ProcessEnv, ...words: string[]): Run;
  kernel<T>(fn: (k: Kernel) => T): T;
  cleanup(): void;
}

export function newHost(): Host {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ifconfig-test-'));
  const file = path.join(dir, 'state.db');
  const withDb = <T>(fn: (db: ReturnType<typeof openState>) => T): T => {
    const db = openState(file);
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };
  const run = (env: NodeJS.ProcessEnv, words: string[]): Run => {
    const before = withDb(lastSeq);
    const io = memoryIO(env);
    const code = ifconfigMain(['--state', file, ...words], io);
    const messages = withDb((db) => readJournal(db, before).entries.map((e) => rtmName(decodeMessage(e.bytes).type) ?? '?'));
    return { code, out: io.out.join(''), err: io.err.join(''), messages };
  };
  return {
    ifconfig: (...words) => run({}, words),
    ifconfigAs: (env, ...words) => run(env, words),
    kernel: (fn) => withDb((db) => transact(db, fn)),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
