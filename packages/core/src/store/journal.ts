// The routing-message journal: every message a transaction caused, with a gapless sequence
// number per host. It is bounded like a socket buffer; a reader that fell behind learns how many it lost.
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

export function appendJournal(db: Db, host: number, emitted: Emitted[], capacity = JOURNAL_CAPACITY): void {
  if (emitted.length === 0) return;
  trimJournal(db, host, capacity, insertJournal(db, host, emitted));
}

/**
 * Adds messages at the end of a host's journal, not yet trimmed to its capacity (see
 * trimJournal); the sequence number of the last one, or undefined when there were none.
 */
export function insertJournal(db: Db, host: number, emitted: Emitted[]): number | undefined {
  if (emitted.length === 0) return undefined;
  const insert = stmt(db, 'INSERT INTO journal (host, seq, at, rtsq, family, origin, msg) VALUES (?, ?, ?, ?, ?, ?, ?)');
  let seq = lastSeq(db, host);
  // The message's bytes are bound as they are (SQLite copies a blob it is given).
  for (const e of emitted) insert.run(host, ++seq, e.at, e.rtsq, e.family, e.origin, e.bytes ?? encodeMessage(e.msg));
  return seq;
}

/**
 * A journal row that is no routing message: something the lab did to the host from outside
 * (a snapshot restored), told to the lab's own monitor in its place in the sequence. Its family
 * is one no socket has, its text the message; a routing socket delivers nothing for it.
 */
export const LAB_EVENT_FAMILY = -1;

/** Connections whose open transaction added a lab event (its commit wakes the readers). */
const eventsAdded = new WeakSet<Db>();

/** Appends a lab event to a host's journal (see LAB_EVENT_FAMILY). */
export function insertLabEvent(db: Db, host: number, at: number, text: string): void {
  stmt(db, 'INSERT INTO journal (host, seq, at, rtsq, family, origin, msg) VALUES (?, ?, ?, 0, ?, 0, ?)')
    .run(host, lastSeq(db, host) + 1, at, LAB_EVENT_FAMILY, Buffer.from(text, 'utf8'));
  eventsAdded.add(db);
}

/** Whether the transaction that ends added lab events; forgets it. */
export function takeLabEvents(db: Db): boolean {
  return eventsAdded.delete(db);
}

/**
 * Drops a host's oldest messages beyond the capacity (once a transaction, however many it
 * added); `last` is the host's last sequence number when the caller has it. Numbers are given
 * from 1 (insertJournal, insertLabEvent), so until a host has sent more messages than the
 * capacity there is nothing to drop, and no statement is prepared or run for it: a command that
 * writes one message (route get's reply) saved a third of a millisecond.
 */
export function trimJournal(db: Db, host: number, capacity = JOURNAL_CAPACITY, last = lastSeq(db, host)): void {
  if (last <= capacity) return;
  stmt(db, 'DELETE FROM journal WHERE host = ? AND seq <= ?').run(host, last - capacity);
}

/**
 * The sequence number of a host's last message. Trimming drops the oldest, never the newest,
 * so the largest number kept is the last one given.
 */
export function lastSeq(db: Db, host: number): number {
  const row = stmt(db, 'SELECT max(seq) AS seq FROM journal WHERE host = ?').get(host) as { seq: number | null };
  return row.seq ?? 0;
}

export interface JournalRead {
  entries: JournalEntry[];
  /** Messages between `after` and the first entry that are no longer in the journal. */
  lost: number;
}

/** A host's entries with seq > after, oldest first (at most `limit`). */
export function readJournal(db: Db, host: number, after: number, limit = 10_000): JournalRead {
  const rows = stmt(db, 'SELECT seq, at, rtsq, family, origin, msg FROM journal WHERE host = ? AND seq > ? ORDER BY seq LIMIT ?').all(host, after, limit) as
    { seq: number; at: number; rtsq: number; family: number; origin: number; msg: Buffer }[];
  const first = rows[0]?.seq;
  const lost = first !== undefined && first > after + 1 ? first - after - 1 : 0;
  return {
    lost,
    entries: rows.map((r) => ({ seq: r.seq, at: r.at, rtsq: r.rtsq, family: r.family, origin: r.origin, bytes: new Uint8Array(r.msg) })),
  };
}
