// The routing-message journal: every message a transaction caused, with a gapless sequence
// number. It is bounded like a socket buffer; a reader that fell behind learns how many it lost.
import type { Db } from './db';
import { stmt } from './statements';
import type { Emitted } from '../kernel/kernel';
import { encodeMessage } from '../wire';

/** Messages kept; older ones are dropped (a reader behind them is told it lost them). */
export const JOURNAL_CAPACITY = 100_000;

export interface JournalEntry {
  seq: number;
  at: number;
  rtsq: number;
  family: number;
  origin: number;
  bytes: Uint8Array;
}

export function appendJournal(db: Db, emitted: Emitted[], capacity = JOURNAL_CAPACITY): void {
  if (emitted.length === 0) return;
  insertJournal(db, emitted);
  trimJournal(db, capacity);
}

/** Adds messages at the end of the journal, not yet trimmed to its capacity (see trimJournal). */
export function insertJournal(db: Db, emitted: Emitted[]): void {
  const insert = stmt(db, 'INSERT INTO journal (at, rtsq, family, origin, msg) VALUES (?, ?, ?, ?, ?)');
  for (const e of emitted) insert.run(e.at, e.rtsq, e.family, e.origin, Buffer.from(e.bytes ?? encodeMessage(e.msg)));
}

/** Drops the oldest messages beyond the capacity (once a transaction, however many it added). */
export function trimJournal(db: Db, capacity = JOURNAL_CAPACITY): void {
  stmt(db, 'DELETE FROM journal WHERE seq <= ?').run(lastSeq(db) - capacity);
}

export function lastSeq(db: Db): number {
  const row = stmt(db, "SELECT seq FROM sqlite_sequence WHERE name = 'journal'").get() as { seq: number } | undefined;
  return row?.seq ?? 0;
}

export interface JournalRead {
  entries: JournalEntry[];
  /** Messages between `after` and the first entry that are no longer in the journal. */
  lost: number;
}

/** Entries with seq > after, oldest first (at most `limit`). */
export function readJournal(db: Db, after: number, limit = 10_000): JournalRead {
  const rows = stmt(db, 'SELECT seq, at, rtsq, family, origin, msg FROM journal WHERE seq > ? ORDER BY seq LIMIT ?').all(after, limit) as
    { seq: number; at: number; rtsq: number; family: number; origin: number; msg: Buffer }[];
  const first = rows[0]?.seq;
  const lost = first !== undefined && first > after + 1 ? first - after - 1 : 0;
  return {
    lost,
    entries: rows.map((r) => ({ seq: r.seq, at: r.at, rtsq: r.rtsq, family: r.family, origin: r.origin, bytes: new Uint8Array(r.msg) })),
  };
}
