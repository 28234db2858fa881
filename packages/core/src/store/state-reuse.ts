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

/** Per connection, per host. */
const kept = new WeakMap<Db, Map<number, HostState>>();
/** The last document text this connection found to match the model, per host. */
const checked = new WeakMap<Db, Map<number, string>>();

function of<V>(m: WeakMap<Db, Map<number, V>>, db: Db): Map<number, V> {
  let v = m.get(db);
  if (!v) m.set(db, (v = new Map()));
  return v;
}

/** The object for the file's text, if the last commit on this connection left it; taken once. */
export function reusable(db: Db, host: number, text: string): HostState | undefined {
  const state = kept.get(db)?.get(host);
  if (!state) return undefined;
  kept.get(db)!.delete(host);
  if (encodeState(state) !== text) return undefined;
  if (checked.get(db)?.get(host) !== text) {
    if (kernelDocumentProblem(state)) return undefined;
    of(checked, db).set(host, text);
  }
  return state;
}

/** The file's text was decoded and found to match the model. */
export function checkedText(db: Db, host: number, text: string): void {
  of(checked, db).set(host, text);
}

/** After a commit: the state the file now holds, for the connection's next transaction. */
export function keepCommitted(db: Db, host: number, state: HostState): void {
  of(kept, db).set(host, state);
}
