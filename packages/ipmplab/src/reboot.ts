// `ipmplab init` / `reset`: reboot the kernel inside the state file, in one write transaction.
// The journal is kept on purpose: its sequence numbers must keep growing, because rtmon readers
// follow them across a reboot. The clock keeps its mode and never runs backwards, so journal
// times and the log stay ordered.
import { bootInto, decodeState, kernelNow, saveState, DEFAULT_LINKS } from '@ipmplab/core';
import type { ClockState, Db, KernelState } from '@ipmplab/core';

export interface Rebooted {
  links: string[];
  clock: ClockState;
}

function loadState(db: Db): KernelState | undefined {
  const row = db.prepare('SELECT state FROM kernel WHERE id = 1').get() as { state: string } | undefined;
  return row ? decodeState(row.state) : undefined;
}

/** Boots a fresh kernel with `links` (default: the links the old kernel had, else net0..net3). */
export function reboot(db: Db, links: string[] | undefined, realNow: () => number = Date.now): Rebooted {
  db.exec('BEGIN IMMEDIATE');
  try {
    const old = loadState(db);
    const names = links ?? (old ? Object.keys(old.links) : DEFAULT_LINKS);
    const now = old ? kernelNow(old, realNow) : realNow();
    const state = bootInto(db, names, now);
    if (old) {
      state.clock = { mode: old.clock.mode, now };
      saveState(db, state);
    }
    db.exec('COMMIT');
    return { links: names, clock: state.clock };
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}
