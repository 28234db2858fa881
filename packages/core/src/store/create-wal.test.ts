// A new state file is in WAL mode before it is linked into place, so openers racing to use it
// never switch it themselves (two switching at once deadlock: one gets SQLITE_BUSY at once).
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempState } from '@ipmplab/test-support';
import { openState } from './open';

describe('a new state file', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is in WAL mode (file format bytes 18-19 = 2) when link(2) puts it in place', () => {
    const t = tempState('ipmplab-create-wal');
    try {
      const seen: number[][] = [];
      const link = fs.linkSync;
      vi.spyOn(fs, 'linkSync').mockImplementation((from, to) => {
        const header = fs.readFileSync(from).subarray(18, 20);
        seen.push([...header]);
        return link(from, to);
      });
      openState(t.file).close();
      expect(seen).toEqual([[2, 2]]);
      expect(fs.readdirSync(t.dir).filter((n) => n.endsWith('.new') || n.includes('.new-'))).toEqual([]);
    } finally {
      t.cleanup();
    }
  });
});

describe('a state file made in rollback mode (by an older ipmplab)', () => {
  it('is switched to WAL when it is opened for writing', () => {
    const t = tempState('ipmplab-rollback');
    try {
      openState(t.file).close();
      const old = openState(t.file);
      old.pragma('journal_mode = DELETE');
      old.close();
      expect([...fs.readFileSync(t.file).subarray(18, 20)]).toEqual([1, 1]);
      const db = openState(t.file);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      db.close();
    } finally {
      t.cleanup();
    }
  });
});
