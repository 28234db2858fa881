// How much of a state file is checked, and when. SQLite keeps no page checksums, so damage is
// found by reading: every open runs PRAGMA quick_check over a file of up to FULL_CHECK_PAGES
// pages (the common lab: tens of pages, a fraction of a millisecond), and over the small
// tables every command reads when the file is bigger (a big routing table: checking all of it
// would cost ~7 µs a page on every command). SQLite's own checks on every page it reads, made
// stricter by cell_size_check, cover the rest; `ipmplab check` runs the full integrity_check.
// Whatever found the damage, the transaction rolls back, and the process never writes to that
// file again: a write is never committed to a file that failed a check.
import type { Db } from './db';
import { REFUSAL, StateFileError } from './errors';

/** Files up to this size (1 MiB in 4 KiB pages) are quick_checked whole on every open. */
export const FULL_CHECK_PAGES = 256;

/** Checked on every open whatever the size: the schema and the tables every command reads. */
const ALWAYS_CHECKED = ['sqlite_schema', 'meta', 'hosts', 'segments', 'plugs', 'kernel', 'files', 'route_plens', 'route_gateways'];

/** Files found damaged in this process (by name): every later transaction on them is refused. */
const damaged = new Set<string>();

export function isCorruption(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

export function markDamaged(file: string): void {
  damaged.add(file);
}

/** Refuses a file this process already found damaged. */
export function refuseIfDamaged(file: string): void {
  if (damaged.has(file)) throw new StateFileError('corrupt', file, REFUSAL.damaged(file, 'a check failed earlier'));
}

const problemsOf = (rows: unknown) =>
  (rows as Record<string, string>[])
    .flatMap((r) => String(Object.values(r)[0]).split('\n'))
    .filter((line) => line !== 'ok' && !line.startsWith('*** in database'));

/** The check every open makes (see above); throws the refusal for a damaged file. */
export function verifyOnOpen(db: Db, file: string): void {
  const pages = db.pragma('page_count', { simple: true }) as number;
  const problems = pages <= FULL_CHECK_PAGES
    ? problemsOf(db.pragma('quick_check'))
    : ALWAYS_CHECKED.flatMap((table) => problemsOf(db.pragma(`quick_check(${table})`)));
  if (problems.length > 0) {
    markDamaged(file);
    throw new StateFileError('corrupt', file, REFUSAL.damaged(file, `integrity check failed: ${problems[0]}`));
  }
}

/**
 * The full check (PRAGMA integrity_check), O(size), for `ipmplab check` and the crash tests:
 * the problems it found, one a line; damage that stops the check itself is one of them.
 */
export function integrityCheck(db: Db): string[] {
  try {
    return problemsOf(db.pragma('integrity_check'));
  } catch (e) {
    if (isCorruption(e)) return [(e as Error).message];
    throw e;
  }
}
