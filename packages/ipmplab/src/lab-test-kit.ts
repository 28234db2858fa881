// Helpers for the ipmplab tests: a temporary state file, running the command in memory, and a
// look at the file that never creates or changes it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memoryIO, openSession } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import { ioctl, IFF, lastSeq, openState, readJournal, decodeMessage, rtmName } from '@ipmplab/core/testing';
import type { Kernel } from '@ipmplab/core/testing';
import { labMain } from './lab';

const dirs: string[] = [];

export function tempState(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipmplab-'));
  dirs.push(dir);
  return path.join(dir, 'state.db');
}

export function removeTempStates(): void {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

export interface Run {
  code: number;
  out: string;
  err: string;
}

export function lab(file: string, args: string[], io: ToolIO & { out: string[]; err: string[] } = memoryIO({})): Run {
  const code = labMain(['--state', file, ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
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
  const db = openState(file, { create: false });
  try {
    const row = db.prepare('SELECT state FROM kernel WHERE id = 1').get() as { state: string } | undefined;
    return { kernel: row?.state, seq: lastSeq(db) };
  } finally {
    db.close();
  }
}

/** Runs fn as one transaction on the file, as a tool would. */
export function withKernel<T>(file: string, fn: (k: Kernel) => T): T {
  const s = openSession(file, memoryIO({}));
  try {
    return s.run(fn);
  } finally {
    s.close();
  }
}

/** ifconfig net0 plumb ADDR up, through the kernel's ioctls. */
export function plumbUp(k: Kernel, name: string, addr: string): void {
  ioctl(k, 'PLUMB', { name, af: 'inet' });
  ioctl(k, 'SIOCSLIFADDR', { name, af: 'inet', addr });
  const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name, af: 'inet' });
  ioctl(k, 'SIOCSLIFFLAGS', { name, af: 'inet', flags: flags | IFF.UP });
}

/** Journal messages after `seq` as "RTM_NEWADDR" names with their times. */
export function journalSince(file: string, seq: number): { type: string; at: number }[] {
  const db = openState(file, { create: false });
  try {
    return readJournal(db, seq).entries.map((e) => ({ type: rtmName(decodeMessage(e.bytes).type) ?? '?', at: e.at }));
  } finally {
    db.close();
  }
}
