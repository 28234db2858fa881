// A new state file appears whole or not at all: it is made under a temporary name beside the
// final one, given its schema there, and linked into place. link(2) fails when the name was
// taken meanwhile (another command made it first, and that one is used). So a file found at
// the state path without our schema was never ours: an empty file is refused, not adopted.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './db';
import { alive } from './alive';

/** The temporary names of `file`: ".state.db.<pid>.<random>.new". */
const temporary = (file: string, tag: string) => path.join(path.dirname(file), `.${path.basename(file)}.${tag}.new`);
const TEMPORARY = /^\.(.+)\.(\d+)\.[0-9a-f]+\.new(-journal|-wal|-shm)?$/;

/** Removes what a creator that was killed half-way left: its temporary files, if its process is gone. */
function removeLeftovers(file: string): void {
  for (const name of fs.readdirSync(path.dirname(file))) {
    const m = TEMPORARY.exec(name);
    if (!m || m[1] !== path.basename(file) || alive(Number(m[2]))) continue;
    try {
      fs.unlinkSync(path.join(path.dirname(file), name));
    } catch {
      // another creator removed it first
    }
  }
}

/** Makes `file` with `initialise` run on it first; false when another process made it first. */
export function createStateFile(file: string, open: (p: string) => Db, initialise: (db: Db) => void): boolean {
  removeLeftovers(file);
  const tmp = temporary(file, `${process.pid}.${Math.random().toString(16).slice(2, 10)}`);
  // O_CREAT|O_EXCL: never through a link, never over another file.
  fs.closeSync(fs.openSync(tmp, 'wx', 0o600));
  try {
    const db = open(tmp);
    try {
      initialise(db);
    } finally {
      db.close();
    }
    try {
      fs.linkSync(tmp, file);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
  } finally {
    for (const leftover of [tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`]) {
      try {
        fs.unlinkSync(leftover);
      } catch {
        // already gone
      }
    }
  }
}
