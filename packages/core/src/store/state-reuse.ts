// The kernel document a committed transaction left behind, kept for the next transaction of
// the same process on the same connection (a batch runs one a line): when the object still
// encodes to exactly the text the file holds (nothing changed either since the commit), the
// next transaction takes it instead of decoding the text (encoding the small document costs
// less than half as much). A text this connection has not yet checked against the model (the
// commit wrote a new one) is checked on the object, as a decoded one would be. Any other case
// decodes the file's text as before.
import type { Db } from './db';
import type { HostState } from '../host/host';
import { encodeState } from './codec';
import { kernelDocumentProblem } from './kernel-schema';

const kept = new WeakMap<Db, HostState>();
/** The last document text this connection found to match the model. */
const checked = new WeakMap<Db, string>();

/** The object for the file's text, if the last commit on this connection left it; taken once. */
export function reusable(db: Db, text: string): HostState | undefined {
  const state = kept.get(db);
  if (!state) return undefined;
  kept.delete(db);
  if (encodeState(state) !== text) return undefined;
  if (checked.get(db) !== text) {
    if (kernelDocumentProblem(state)) return undefined;
    checked.set(db, text);
  }
  return state;
}

/** The file's text was decoded and found to match the model. */
export function checkedText(db: Db, text: string): void {
  checked.set(db, text);
}

/** After a commit: the state the file now holds, for the connection's next transaction. */
export function keepCommitted(db: Db, state: HostState): void {
  kept.set(db, state);
}
