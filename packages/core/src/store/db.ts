// The handle every store module passes around: a better-sqlite3 connection to the state file.
// Its own file so that open.ts (which makes one) and the modules it calls can all name it.
import type Database from 'better-sqlite3';

export type Db = Database.Database;

/** How long a connection waits for another one's lock before SQLite answers SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 30_000;
