// Snapshots of the whole lab: every host's kernel, routes and disk, the segments and cables, the
// lab's seeded generator, kept in the state file (store/snapshots.ts) and restored in the
// command's one transaction.
//
// What a restore means for time: on a manual clock the lab goes back to the snapshot's time
// exactly (the same timers pending at the same times). On the real clock time cannot go back, so
// every restored kernel's clock is rebased (kernel/clock.ts) by the time since the snapshot: its
// timers and in.mpathd's keep the delays they had, and nothing fires because of the gap.
//
// What the routing sockets see: no routing message (the kernel did not send any: its state was
// replaced from outside). Each host's journal goes on numbering, and a lab event in it tells the
// lab's own monitor (rtmon) what happened at that point; illumos' route monitor prints nothing.
import type { Db } from '../store/db';
import { listSnapshots, removeSnapshotRows, restoreSnapshotRows, saveSnapshotRows, snapshotByName } from '../store/snapshots';
import type { SnapshotRow } from '../store/snapshots';
import { insertLabEvent } from '../store/journal';
import { loadState, saveState } from '../store/transaction';
import { SqliteRouteTable } from '../store/sqlite-routes';
import { hostKernel } from '../host/host';
import { rebase } from '../kernel/clock';
import type { ClockState } from '../kernel/model';
import { listHosts } from '../store/hosts';
import { insertSnapshotData, readSnapshotFile, snapshotFileText } from '../store/snapshot-file';

export type { SnapshotRow };

/** Letters, digits, '.', '_', '-', starting with a letter or digit: never needs quoting. */
export const SNAPSHOT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const validSnapshotName = (name: string): boolean => SNAPSHOT_NAME.test(name);

/** How many a lab keeps: each holds a whole copy of every host's routes. */
export const MAX_SNAPSHOTS = 64;
/** A note is one line of text. */
export const MAX_NOTE = 200;

export type SnapshotRefusal =
  | { code: 'snapshot-exists'; name: string }
  | { code: 'no-snapshot'; name: string }
  | { code: 'too-many-snapshots'; name: string; max: number }
  | { code: 'bad-snapshot-name'; name: string };

export class SnapshotError extends Error {
  constructor(readonly refusal: SnapshotRefusal) {
    super(refusal.code);
  }
}

const refuse = (r: SnapshotRefusal): never => {
  throw new SnapshotError(r);
};

const named = (db: Db, name: string): SnapshotRow => snapshotByName(db, name) ?? refuse({ code: 'no-snapshot', name });

/** The lab's clock: the manual clock's time while it stands still, else the wall clock's. */
export function labNow(db: Db, realNow: number): { clock: ClockState['mode']; now: number } {
  const row = db.prepare("SELECT json_extract(state, '$.clock.mode') AS mode, json_extract(state, '$.clock.now') AS now FROM kernel ORDER BY host LIMIT 1")
    .get() as { mode: ClockState['mode']; now: number } | undefined;
  if (row?.mode === 'manual') return { clock: 'manual', now: row.now };
  return { clock: 'real', now: realNow };
}

export function snapshots(db: Db): SnapshotRow[] {
  return listSnapshots(db);
}

export function snapshot(db: Db, name: string): SnapshotRow {
  return named(db, name);
}

/** Keeps the lab as it stands under NAME. */
export function saveSnapshot(db: Db, name: string, note: string, realNow: number): SnapshotRow {
  if (snapshotByName(db, name)) refuse({ code: 'snapshot-exists', name });
  if (listSnapshots(db).length >= MAX_SNAPSHOTS) refuse({ code: 'too-many-snapshots', name, max: MAX_SNAPSHOTS });
  saveSnapshotRows(db, { name, taken: labNow(db, realNow).now, wall: new Date(realNow).toISOString(), note });
  return named(db, name);
}

export interface Restored {
  snapshot: SnapshotRow;
  /** How far a real clock's kernels were moved forward (the time since the snapshot). */
  rebasedBy: number;
}

/**
 * The lab becomes what the snapshot holds. Each host that was in the lab before and is in the
 * snapshot gets a lab event in its journal (its routing socket's readers are still there).
 */
export function restoreSnapshot(db: Db, name: string, realNow: number): Restored {
  const s = named(db, name);
  const before = new Set(listHosts(db).map((h) => h.id));
  restoreSnapshotRows(db, s.id);
  let rebasedBy = 0;
  for (const h of listHosts(db)) {
    const state = loadState(db, h.id);
    if (!state) continue;
    let at = state.clock.now;
    if (state.clock.mode === 'real') {
      const k = hostKernel(state, new SqliteRouteTable(db, h.id), state.clock.now);
      rebasedBy = Math.max(0, realNow - s.taken);
      rebase(k, k.now + rebasedBy);
      k.state.clock = { mode: 'real', now: k.now };
      saveState(db, h.id, k.state);
      at = k.now;
    }
    if (before.has(h.id)) insertLabEvent(db, h.id, at, `snapshot ${s.name} restored`);
  }
  return { snapshot: s, rebasedBy };
}

export function removeSnapshot(db: Db, name: string): void {
  removeSnapshotRows(db, named(db, name).id);
}

/** A snapshot as the text of a file of its own (store/snapshot-file.ts). */
export function exportSnapshot(db: Db, name: string): string {
  return snapshotFileText(db, named(db, name));
}

/**
 * A snapshot file's text kept in the lab under `name` (else the name it was saved under); the
 * file is checked whole first (SnapshotFileError), so a refused one adds nothing.
 */
export function importSnapshot(db: Db, text: string, name?: string): SnapshotRow {
  const data = readSnapshotFile(text);
  const as = name ?? data.header.name;
  if (!validSnapshotName(as)) refuse({ code: 'bad-snapshot-name', name: as });
  if (snapshotByName(db, as)) refuse({ code: 'snapshot-exists', name: as });
  if (listSnapshots(db).length >= MAX_SNAPSHOTS) refuse({ code: 'too-many-snapshots', name: as, max: MAX_SNAPSHOTS });
  insertSnapshotData(db, data, as);
  return named(db, as);
}
