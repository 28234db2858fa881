// The kernel document a committed transaction left behind, kept for the next transaction of
// the same process on the same connection (a batch runs one a line): when the object still
// encodes to exactly the text the file holds (nothing changed either since the commit), the
// next transaction takes it instead of decoding the text and checking it against the model
// again. Encoding the small document costs less than half of decoding and checking it. Any
// other case decodes the file's text as before.
import type { Db } from './db';
import type { HostState } from '../host/host';
import { encodeState } from './codec';

const kept = new WeakMap<Db, HostState>();

/** The object for the file's text, if the last commit on this connection left it; taken once. */
export function reusable(db: Db, text: string): HostState | undefined {
  const state = kept.get(db);
  if (!state) return undefined;
  kept.delete(db);
  return encodeState(state) === text ? state : undefined;
}

/** After a commit: the state the file now holds, for the connection's next transaction. */
export function keepCommitted(db: Db, state: HostState): void {
  kept.set(db, state);
}
