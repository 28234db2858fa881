// ipmplab's fixtures: the command run in memory against a state file, its JSON answers, a look
// at the file that never creates or changes it, and `ifconfig NAME plumb ADDR up` as a kernel
// step.
import fs from 'node:fs';
import { memoryIO } from '@ipmplab/userland';
import { lastSeq } from '@ipmplab/core/testing';
import type { Kernel } from '@ipmplab/core/testing';
import { configure, runInProcess, tempStateFiles, withDb } from '@ipmplab/test-support';
import type { MemoryIO, Ran } from '@ipmplab/test-support';
import { labMain } from './main';

const states = tempStateFiles('ipmplab');
/** A state file path in a fresh temporary directory; removeTempStates removes every one. */
export const tempState = states.file;
export const removeTempStates = states.cleanup;

export function lab(file: string, args: string[], io: MemoryIO = memoryIO({})): Ran {
  return runInProcess(labMain, ['--state', file, ...args], io);
}

/** JSON output of a command that must succeed. */
export function labJson<T = any>(file: string, args: string[]): T {
  const r = lab(file, [...args, '--json']);
  if (r.code !== 0) throw new Error(`ipmplab ${args.join(' ')}: ${r.code} ${r.err}`);
  return JSON.parse(r.out) as T;
}

/** The kernel row and the journal position, or null when the file does not exist. */
export function fingerprint(file: string): { kernel: string | undefined; seq: number } | null {
  if (!fs.existsSync(file)) return null;
  return withDb(file, (db) => {
    const row = db.prepare('SELECT state FROM kernel WHERE host = 1').get() as { state: string } | undefined;
    return { kernel: row?.state, seq: lastSeq(db, 1) };
  }, { create: false });
}

/** ifconfig NAME plumb ADDR up, through the kernel's ioctls. */
export function plumbUp(k: Kernel, name: string, addr: string): void {
  configure(k, name, 'inet', addr);
}
