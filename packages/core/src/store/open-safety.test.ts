// The open is of the file that was checked (a file swapped in between is refused), and a file
// found damaged is never written by this process again.
import { describe, it, expect, afterEach } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { tempStateFiles } from '@ipmplab/test-support';
import { openState } from './open';
import { transact } from './transaction';
import { StateFileError } from './errors';
import { ioctl } from '../kernel/ioctl';

const temp = tempStateFiles('ipmplab-open');
function stateIn(): string {
  const file = temp.file();
  const db = openState(file);
  transact(db, (k) => ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' }));
  db.close();
  return file;
}
afterEach(temp.cleanup);

const refusal = (f: () => unknown): StateFileError => {
  try {
    f();
  } catch (e) {
    if (e instanceof StateFileError) return e;
    throw e;
  }
  throw new Error('not refused');
};

describe('opening the file that was checked', () => {
  it('refuses a file replaced by another between the checks and the open', () => {
    const file = stateIn();
    const other = path.join(path.dirname(file), 'other.db');
    fs.copyFileSync(file, other);
    const e = refusal(() => openState(file, { beforeOpen: () => fs.renameSync(other, file) }));
    expect(e.reason).toBe('replaced');
    expect(e.message).toBe(`${file} was replaced while it was being opened; refusing to use it`);
  });

  it('refuses a link put in its place between the checks and the open, and never opens its target', () => {
    const file = stateIn();
    const target = path.join(path.dirname(file), 'target.db');
    fs.renameSync(file, target);
    fs.writeFileSync(file, '');
    const before = fs.readFileSync(target);
    const e = refusal(() => openState(file, {
      beforeOpen: () => {
        fs.unlinkSync(file);
        fs.symlinkSync(target, file);
      },
    }));
    expect(e.reason).toBe('replaced');
    expect(fs.readFileSync(target)).toEqual(before);
    expect(fs.existsSync(`${target}-wal`)).toBe(false);
  });
});

describe('a file found damaged', () => {
  it('is not written again by the process that found it, even where its other pages are sound', () => {
    const file = stateIn();
    const db = openState(file, { create: false });
    try {
      // Damage found while the file is open: the document no longer decodes.
      const raw = new Database(file);
      const good = (raw.prepare('SELECT state FROM kernel').get() as { state: string }).state;
      raw.prepare('UPDATE kernel SET state = ?').run('{damaged');
      expect(refusal(() => transact(db, (k) => ioctl(k, 'PLUMB', { name: 'net1', af: 'inet' }))).reason).toBe('corrupt');
      // Repaired behind its back: this process still refuses to write to it.
      raw.prepare('UPDATE kernel SET state = ?').run(good);
      raw.close();
      const e = refusal(() => transact(db, (k) => ioctl(k, 'PLUMB', { name: 'net1', af: 'inet' })));
      expect(e.message).toBe(`${file} is damaged (a check failed earlier); it was left untouched`);
    } finally {
      db.close();
    }
    const check = new Database(file, { readonly: true });
    const phyints = Object.keys(JSON.parse((check.prepare('SELECT state FROM kernel').get() as { state: string }).state).phyints);
    check.close();
    expect(phyints).toEqual(['lo0', 'net0']);
  });
});

describe('a new state file', () => {
  it('appears whole: an empty file is never adopted, and what a killed creator left is cleared', () => {
    const dir = temp.dir();
    const file = path.join(dir, 'state.db');
    fs.writeFileSync(file, '');
    expect(refusal(() => openState(file)).reason).toBe('not-ours');
    expect(fs.statSync(file).size).toBe(0);
    fs.unlinkSync(file);
    // A creator that was killed half-way left its temporary file (its pid is gone now).
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const leftover = path.join(dir, `.state.db.${dead}.0badf00d.new`);
    fs.writeFileSync(leftover, 'half a database');
    openState(file).close();
    expect(fs.readdirSync(dir)).toEqual(['state.db']);
  });
});
