// ifconfig in-process against a temporary state file, with the routing messages each command
// journalled (so a test can see that a refused command sent none).
import { lastSeq, FIRST_HOST } from '@ipmplab/core/testing';
import type { Kernel } from '@ipmplab/core/testing';
import { journalSince, runWithState, tempState, withDb, withKernel } from '@ipmplab/test-support';
import { ifconfigMain } from './main';

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
  const { file, cleanup } = tempState('ifconfig-test');
  const run = (env: NodeJS.ProcessEnv, words: string[]): Run => {
    const before = withDb(file, (db) => lastSeq(db, FIRST_HOST.id));
    const r = runWithState(ifconfigMain, file, words, env);
    return { ...r, messages: journalSince(file, before).map((m) => m.type) };
  };
  return {
    ifconfig: (...words) => run({}, words),
    ifconfigAs: (env, ...words) => run(env, words),
    kernel: (fn) => withKernel(file, fn),
    cleanup,
  };
}
