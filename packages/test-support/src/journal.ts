// The journal of routing messages from a test's side: what a command caused, and entries
// appended the way the kernel's transaction appends them.
import { appendJournal, decodeMessage, readJournal, rtmName, FIRST_HOST } from '@ipmplab/core/testing';
import type { Db, Emitted } from '@ipmplab/core/testing';
import { withDb } from './transaction';

/** Journal messages after `seq` as "RTM_NEWADDR" names with their times (the file must exist). */
export function journalSince(file: string, seq: number): { type: string; at: number }[] {
  return withDb(file, (db) => readJournal(db, FIRST_HOST.id, seq).entries.map((e) => ({ type: rtmName(decodeMessage(e.bytes).type) ?? '?', at: e.at })), { create: false });
}

/** Appends entries in one write transaction (capacity: the journal bound, to provoke losses). */
export function appendEntries(db: Db, emitted: Emitted[], capacity?: number): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    appendJournal(db, FIRST_HOST.id, emitted, capacity);
    db.exec('COMMIT');
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  }
}
