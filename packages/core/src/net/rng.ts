// The lab's random numbers (a segment's frame loss): one xorshift32 generator whose state is kept
// in the state file, so a run under the manual clock loses the same frames every time it is
// replayed from the same state, and two commands never draw the same number.
import type { Db } from '../store/db';
import { stmt } from '../store/statements';

const KEY = 'rng';
const SEED = 0x9e3779b9;

/** A number in [0, 1), advancing the lab's generator. */
export function labRandom(db: Db): number {
  const row = stmt(db, 'SELECT value FROM meta WHERE key = ?').get(KEY) as { value: string } | undefined;
  let x = row ? Number(row.value) >>> 0 : SEED;
  if (x === 0) x = SEED;
  x ^= x << 13;
  x >>>= 0;
  x ^= x >>> 17;
  x ^= x << 5;
  x >>>= 0;
  stmt(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, String(x));
  return x / 0x100000000;
}
