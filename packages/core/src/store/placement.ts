// Where the state file is kept, checked the way careful daemons check their state directory
// (OpenSSH's secure_filename, Postfix's safe_open): the directory ipmplab places the file in by
// itself must be ours alone; the file and its companions (-wal, -shm, -journal, which SQLite
// writes through) must be ours and no symbolic link; and the file opened must be the one checked
// (lstat before, fstat after the open, same device and inode). The effective uid is compared,
// root included: root refuses another user's files too.
import fs from 'node:fs';
import path from 'node:path';
import { REFUSAL, StateFileError } from './errors';

/**
 * The files kept beside the state file and written through: SQLite's -wal, -shm and -journal,
 * and the lock holder's record (-holder, lock.ts).
 */
export const COMPANIONS = ['-wal', '-shm', '-journal', '-holder'] as const;

const me = (): number | undefined => (typeof process.geteuid === 'function' ? process.geteuid() : undefined);
const ours = (st: fs.Stats) => me() === undefined || st.uid === me();

/** lstat(2); undefined when nothing is there. */
export function lstatIfAny(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * The directory ipmplab chose by itself ($XDG_STATE_HOME/ipmplab): a real directory, ours, and
 * writable by no one else, unless it is sticky (others cannot remove or rename our file) and the
 * file in it is ours.
 */
export function checkOwnDirectory(file: string, dir: string, fileIsOurs: boolean): void {
  const st = fs.lstatSync(dir);
  if (st.isSymbolicLink()) throw new StateFileError('unsafe-directory', file, REFUSAL.directoryLink(dir));
  if (!st.isDirectory()) throw new StateFileError('unsafe-directory', file, REFUSAL.notADirectory(dir));
  if (!ours(st)) throw new StateFileError('unsafe-directory', file, REFUSAL.directoryOwner(dir, st.uid));
  const sticky = (st.mode & 0o1000) !== 0; // S_ISVTX
  if ((st.mode & 0o022) !== 0 && !(sticky && fileIsOurs)) throw new StateFileError('unsafe-directory', file, REFUSAL.directoryMode(dir, st.mode));
}

/** The state file itself: a regular file of ours (what lstat found, never through a link). */
export function checkStateFile(file: string, st: fs.Stats): void {
  if (st.isSymbolicLink()) throw new StateFileError('symlink', file, REFUSAL.symlink(file));
  if (!st.isFile()) throw new StateFileError('not-a-file', file, REFUSAL.notAFile(file));
  if (!ours(st)) throw new StateFileError('foreign-owner', file, REFUSAL.foreignOwner(file, st.uid));
}

/**
 * A file the user named (--state, IPMPLAB_STATE) may be a symbolic link of theirs to a file of
 * theirs; anything else is refused. Returns the file to open (the link's target, so that SQLite's
 * companions are created beside the real file).
 */
export function followChosenLink(file: string, link: fs.Stats): string {
  if (!ours(link)) throw new StateFileError('symlink', file, REFUSAL.foreignOwner(file, link.uid));
  let target: string;
  try {
    target = fs.realpathSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new StateFileError('symlink', file, REFUSAL.symlink(file));
    throw e;
  }
  const st = fs.lstatSync(target);
  if (!st.isFile()) throw new StateFileError('not-a-file', file, REFUSAL.notAFile(file));
  if (!ours(st)) throw new StateFileError('symlink', file, REFUSAL.foreignLink(file, st.uid));
  return target;
}

/** -wal, -shm, -journal and -holder, where present: regular files of ours, no links. */
export function checkCompanions(file: string): void {
  for (const suffix of COMPANIONS) {
    const companion = `${file}${suffix}`;
    // Most are absent (no -wal or -shm between commands, no -journal ever): asked without an
    // exception, whose error and stack cost about 50 µs each in a command's first milliseconds.
    // The directory is the state file's own, so ENOENT is the only error quietened here (newer
    // Node versions quieten ENOTDIR as well, which cannot happen beside an existing file).
    const st = fs.lstatSync(companion, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isSymbolicLink()) throw new StateFileError('unsafe-companion', file, REFUSAL.companionLink(companion));
    if (!st.isFile()) throw new StateFileError('unsafe-companion', file, REFUSAL.companionNotAFile(companion));
    if (!ours(st)) throw new StateFileError('unsafe-companion', file, REFUSAL.companionOwner(companion, st.uid));
  }
}

const sameFile = (a: fs.Stats, b: fs.Stats) => a.dev === b.dev && a.ino === b.ino;

/**
 * Opens the checked file without following a link (O_NOFOLLOW; O_NONBLOCK so that a FIFO put in
 * its place cannot hang the open) and makes sure it is the file lstat saw. The descriptor is
 * held while SQLite opens the same path; `verify` then compares the path with it once more.
 * `close` must come before SQLite's first statement: closing a descriptor drops the process's
 * POSIX locks on the file, SQLite's included.
 */
export function pinFile(file: string, checked: fs.Stats): { verify: () => void; close: () => void } {
  const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = fs.constants;
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A link (ELOOP) or nothing (ENOENT) where a regular file was a moment ago.
    if (code === 'ELOOP' || code === 'ENOENT') throw new StateFileError('replaced', file, REFUSAL.replaced(file));
    throw e;
  }
  const pinned = fs.fstatSync(fd);
  const close = () => {
    if (fd !== undefined) fs.closeSync(fd);
    fd = undefined;
  };
  const verify = (now: fs.Stats | undefined) => {
    if (!now || !sameFile(now, pinned)) {
      close();
      throw new StateFileError('replaced', file, REFUSAL.replaced(file));
    }
  };
  verify(checked);
  return { verify: () => verify(lstatIfAny(file)), close };
}

/**
 * Makes the missing directories of `dir` (0700), one at a time so that a failure is reported
 * with its own errno. Returns those it made, deepest first, for `removeDirectories`.
 */
export function makeDirectories(dir: string): string[] {
  const missing: string[] = [];
  for (let d = dir; !lstatIfAny(d); d = path.dirname(d)) {
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  const made: string[] = [];
  for (const d of missing.reverse()) {
    try {
      fs.mkdirSync(d, 0o700);
      made.unshift(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        removeDirectories(made);
        throw e;
      }
    }
  }
  return made;
}

/** Removes directories this command made (when it failed), if they are still empty. */
export function removeDirectories(made: string[]): void {
  for (const d of made) {
    try {
      fs.rmdirSync(d);
    } catch {
      // not empty (another process is using it) or already gone: leave it
    }
  }
}
