// Snapshots at the store's level: what a restore gives back, what it leaves (the journals, the
// other snapshots), and time: a manual clock goes back to the snapshot's time, a real clock's
// pending timers keep the delays they had when the snapshot was taken.
import { describe, it, expect, afterAll } from 'vitest';
import { tempStateFiles } from '@ipmplab/test-support';
import { openState } from '../store/open';
import { labTransact } from '../store/transaction';
import { readJournal, LAB_EVENT_FAMILY } from '../store/journal';
import { addTimer } from '../kernel/timers';
import { setManualClock } from '../kernel/clock';
import { restoreSnapshot, saveSnapshot, snapshots, removeSnapshot, exportSnapshot, importSnapshot, SnapshotError } from './snapshot';

const temps = tempStateFiles('ipmplab-snapshot');
afterAll(() => temps.cleanup());

const T0 = Date.parse('2030-01-01T00:00:00Z');

function lab(realNow: number) {
  const db = openState(temps.file());
  labTransact(db, (l) => {
    const k = l.kernel(1);
    addTimer(k, { at: realNow + 5_000, kind: 'mpathd', name: 'net0', family: 'inet', id: 0, addr: '' });
  }, { realNow: () => realNow });
  return db;
}

const timersOf = (db: ReturnType<typeof openState>) => JSON.parse((db.prepare('SELECT state FROM kernel WHERE host = 1').get() as { state: string }).state) as
  { timers: { at: number; kind: string }[]; clock: { mode: string; now: number } };

describe('snapshot restore', () => {
  it('on the real clock, rebases every timer by the time since the snapshot', () => {
    const db = lab(T0);
    labTransact(db, (l) => saveSnapshot(l.db, 's', '', T0 + 1_000), { realNow: () => T0 + 1_000 });
    const later = T0 + 3_600_000;
    const r = labTransact(db, (l) => restoreSnapshot(l.db, 's', later), { realNow: () => later });
    expect(r.rebasedBy).toBe(3_599_000);
    const k = timersOf(db);
    // Taken 1 s after the timer was set for 5 s: 4 s were left, and are left again.
    expect(k.timers.find((t) => t.kind === 'mpathd')!.at).toBe(later + 4_000);
    expect(k.clock).toEqual({ mode: 'real', now: T0 + 3_599_000 });
    db.close();
  });

  it('on a manual clock, goes back to the snapshot time with the same timers', () => {
    const db = lab(T0);
    labTransact(db, (l) => setManualClock(l.kernel(1), T0), { realNow: () => T0 });
    const before = timersOf(db);
    labTransact(db, (l) => saveSnapshot(l.db, 's', 'a note', T0 + 99), { realNow: () => T0 + 99 });
    labTransact(db, (l) => {
      const k = l.kernel(1);
      k.state.clock.now += 60_000;
      k.advance(k.state.clock.now);
      k.dirty = true;
    }, { realNow: () => T0 + 99 });
    expect(timersOf(db).clock.now).toBe(T0 + 60_000);
    const r = labTransact(db, (l) => restoreSnapshot(l.db, 's', T0 + 200_000), { realNow: () => T0 + 200_000 });
    expect(r.rebasedBy).toBe(0);
    expect(timersOf(db)).toEqual(before);
    expect(snapshots(db).map((s) => [s.name, s.taken, s.note, s.hosts])).toEqual([['s', T0, 'a note', ['host0']]]);
    db.close();
  });

  it('leaves a lab event in the journal after the messages before it, and keeps the numbering', () => {
    const db = lab(T0);
    labTransact(db, (l) => saveSnapshot(l.db, 's', '', T0), { realNow: () => T0 });
    const last = readJournal(db, 1, 0, 1000).entries.length;
    labTransact(db, (l) => restoreSnapshot(l.db, 's', T0), { realNow: () => T0 });
    const e = readJournal(db, 1, 0, 1000).entries;
    expect(e).toHaveLength(last + 1);
    expect(e[last]).toMatchObject({ seq: last + 1, family: LAB_EVENT_FAMILY });
    expect(Buffer.from(e[last].bytes).toString()).toBe('snapshot s restored');
    db.close();
  });

  it('refuses names it has or lacks, and a removed snapshot is gone', () => {
    const db = lab(T0);
    labTransact(db, (l) => saveSnapshot(l.db, 's', '', T0), { realNow: () => T0 });
    const code = (f: () => unknown) => {
      try {
        labTransact(db, f, { realNow: () => T0 });
      } catch (e) {
        return (e as SnapshotError).refusal?.code;
      }
      return 'none';
    };
    expect(code(() => saveSnapshot(db, 's', '', T0))).toBe('snapshot-exists');
    expect(code(() => restoreSnapshot(db, 'x', T0))).toBe('no-snapshot');
    const text = exportSnapshot(db, 's');
    expect(code(() => importSnapshot(db, text))).toBe('snapshot-exists');
    expect(code(() => importSnapshot(db, text, 'copy'))).toBe('none');
    expect(code(() => removeSnapshot(db, 's'))).toBe('none');
    expect(snapshots(db).map((s) => s.name)).toEqual(['copy']);
    db.close();
  });
});
