// What a tool says about another command holding the state file: while it waits (once, after
// a second) and when it gives up. The holder's command line and the file name are shown
// through vis(): they may hold control characters.
import type { LockHolder } from '@ipmplab/core/store';
import { vis } from './vis';

/** Real time to the second, in UTC: 2030-01-01T10:00:00Z. */
const isoSecond = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const who = (h: LockHolder) => `pid ${h.pid} (${vis(h.command)})`;

export const LOCK_MSG = {
  /** Printed once when a writer has waited past the notice threshold. */
  waiting: (program: string, file: string, h: LockHolder | undefined) =>
    h
      ? `${program}: waiting for ${who(h)}, which has held ${vis(file)} since ${isoSecond(h.since)}\n`
      : `${program}: waiting for another command, which holds ${vis(file)}\n`,
  /** The writer gave up (exit 1); nothing was changed. */
  busy: (tool: string, h: LockHolder | undefined, now: number) =>
    h
      ? `${tool}: state file is busy: ${who(h)} has held it since ${isoSecond(h.since)} (${Math.max(0, Math.round((now - h.since) / 1000))} s); try again\n`
      : `${tool}: state file is busy (another command holds it); try again\n`,
} as const;
