// The host's file system failing the state file (full, read-only, not permitted, I/O errors) is
// the environment, not a bug: it becomes one refusal line and exit 1. SQLite's transactions are
// atomic, so a write that failed this way left the file as it was. Before any write, a full or
// read-only file system is recognised up front, so that nothing at all is touched (not even
// the -wal and -shm files SQLite would create on the way to failing).
import fs from 'node:fs';
import path from 'node:path';
import { HOST_ERRORS, REFUSAL, StateFileError } from './errors';

/**
 * Room a command needs at least: the WAL index (-shm, 32 KiB, whose pages SQLite allocates by
 * writing them; a full disk makes that an I/O error) and a few WAL frames.
 */
export const MIN_FREE_BYTES = 64 * 1024;

const refuse = (file: string, errno: string) => {
  const known = HOST_ERRORS[errno];
  return known ? new StateFileError(known.reason, file, REFUSAL.environment(file, known.text)) : undefined;
};

/** Free bytes the effective user may use on the file system holding `dir` (root may use all). */
function freeBytes(dir: string): number {
  const s = fs.statfsSync(dir);
  const blocks = typeof process.geteuid === 'function' && process.geteuid() === 0 ? s.bfree : s.bavail;
  return blocks * s.bsize;
}

/** The errno access(2) gives for these rights, if any. */
function accessErrno(p: string, mode: number): string | undefined {
  try {
    fs.accessSync(p, mode);
    return undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code;
  }
}

/**
 * Refuses, before anything is opened or made, a state file (or the directory a new one goes
 * in) its user cannot write, or whose file system is read-only or full.
 */
export function checkWritable(file: string, p: string = file, fileSystemOf: string = path.dirname(p)): void {
  const errno = accessErrno(p, fs.constants.R_OK | fs.constants.W_OK);
  const refusal = errno && refuse(file, errno);
  if (refusal) throw refusal;
  if (freeBytes(fileSystemOf) < MIN_FREE_BYTES) throw refuse(file, 'ENOSPC')!;
}

/** Why SQLite could not open or write: asks the file system, as SQLite's codes do not say. */
function probe(file: string): StateFileError | undefined {
  const dir = path.dirname(file);
  for (const [p, mode] of [[file, fs.constants.R_OK | fs.constants.W_OK], [dir, fs.constants.W_OK | fs.constants.X_OK]] as const) {
    const errno = accessErrno(p, mode);
    if (errno && errno !== 'ENOENT') return refuse(file, errno);
  }
  try {
    if (freeBytes(dir) < MIN_FREE_BYTES) return refuse(file, 'ENOSPC');
  } catch {
    // statfs failing says nothing more
  }
  return undefined;
}

/**
 * The refusal for a host error (an errno from a system call on the file system, or one of
 * SQLite's FULL, READONLY, CANTOPEN and IOERR codes), or undefined for anything else.
 */
export function environmentRefusal(e: unknown, file: string): StateFileError | undefined {
  const { code, syscall } = (e ?? {}) as { code?: unknown; syscall?: unknown };
  if (typeof code !== 'string') return undefined;
  // A system call's errno (Node's SystemError names the call); the simulated kernel's errors
  // carry errno names too, and are answers, not the host failing.
  if (!code.startsWith('SQLITE_')) return typeof syscall === 'string' ? refuse(file, code) : undefined;
  if (code === 'SQLITE_FULL') return refuse(file, 'ENOSPC');
  if (/^SQLITE_(READONLY|CANTOPEN|IOERR)/.test(code)) {
    const found = probe(file);
    if (found) return found;
    const text = code.startsWith('SQLITE_READONLY')
      ? 'the file is read-only'
      : code.startsWith('SQLITE_CANTOPEN') ? 'unable to open the file' : `I/O error (${code})`;
    return new StateFileError(code.startsWith('SQLITE_READONLY') ? 'read-only' : 'io-error', file, REFUSAL.environment(file, text));
  }
  return undefined;
}
