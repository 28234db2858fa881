// A simulated routing socket opened for reading: it sees the messages committed after it
// opened (or since a journal sequence number), in order, once each, filtered by its own socket
// options exactly as rts_queue_input filters them. Falling behind the bounded journal is
// reported as a count of lost messages (the ENOBUFS a real socket reports).
import { lastSeq, delivers, decodeMessage, openRtSocket } from '@ipmplab/core/syscalls';
import { readJournal, LAB_EVENT_FAMILY } from '@ipmplab/core/store';
import type { DecodedMessage, RtSocket } from '@ipmplab/core/syscalls';
import type { Session } from './session';
import { tryRun } from './session';

export interface ReadMessage {
  seq: number;
  /** Kernel time the message was sent (ms since the epoch). */
  at: number;
  bytes: Uint8Array;
  msg: DecodedMessage;
}

/**
 * Something the lab did to the host from outside, at its place in the journal (a snapshot
 * restored): no routing socket receives it; the lab's own monitor may say it.
 */
export interface LabEvent {
  seq: number;
  at: number;
  text: string;
}

export interface RtReader {
  readonly sock: RtSocket;
  /** Sequence number of the last journal entry looked at. */
  readonly position: number;
  /**
   * Messages for this socket committed since the last poll; `lost` counts ones already dropped;
   * `events` are the lab's events among them (by seq).
   */
  poll(limit?: number): { messages: ReadMessage[]; lost: number; events: LabEvent[] };
  /**
   * Fires kernel timers that are due on the real clock (DAD, recovery) while nothing else runs;
   * never waits for the lock (when another command holds it, that command fires them).
   */
  tick(now?: number): void;
}

export interface ReaderOptions {
  /** Start after this sequence number instead of at the end of the journal. */
  since?: number;
  socket?: Partial<RtSocket>;
}

export function openRtReader(session: Session, opts: ReaderOptions = {}): RtReader {
  const sock = openRtSocket(process.pid, opts.socket);
  let after = opts.since ?? lastSeq(session.db, session.hostId());
  // Only the clock mode and the first timer are needed: let SQLite pick them out of the JSON.
  const dueStmt = session.db.prepare("SELECT json_extract(state, '$.clock.mode') AS mode, json_extract(state, '$.timers[0].at') AS due FROM kernel WHERE host = ?");
  return {
    sock,
    get position() {
      return after;
    },
    poll(limit = 5000) {
      const r = readJournal(session.db, session.hostId(), after, limit);
      const messages: ReadMessage[] = [];
      const events: LabEvent[] = [];
      for (const e of r.entries) {
        after = e.seq;
        if (e.family === LAB_EVENT_FAMILY) {
          events.push({ seq: e.seq, at: e.at, text: Buffer.from(e.bytes).toString('utf8') });
          continue;
        }
        if (!delivers(sock, e)) continue;
        messages.push({ seq: e.seq, at: e.at, bytes: e.bytes, msg: decodeMessage(e.bytes) });
      }
      return { messages, lost: r.lost, events };
    },
    tick(now = Date.now()) {
      const row = dueStmt.get(session.hostId()) as { mode: string; due: number | null } | undefined;
      if (!row || row.mode !== 'real') return;
      // Only when the lock is free now: a writer that holds it fires them itself.
      if (row.due !== null && row.due <= now) tryRun(session, () => undefined);
    },
  };
}

