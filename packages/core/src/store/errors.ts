// Why a state file was refused, and the one line that says so (printed as "<tool>: <text>",
// exit 1, by the tool, which shows control characters in the names visibly). Every refusal
// leaves the file, its companions (-wal, -shm, -journal) and its directory as they were.
import { ERRNO, strerror } from '../wire/errno';
import type { ErrnoName } from '../wire/errno';

export type StateRefusal =
  | 'not-ours' | 'newer' | 'older' | 'foreign-owner' | 'corrupt' | 'not-a-file' | 'unreadable'
  // the host of the lab a command names
  | 'no-host' | 'host-off' | 'batch-host'
  // where it is kept: links, directories and companion files that are not safely ours
  | 'symlink' | 'unsafe-directory' | 'unsafe-companion' | 'replaced'
  // the host's file system, not the program: full, read-only, not permitted, failing
  | 'no-space' | 'read-only' | 'no-access' | 'io-error';

export class StateFileError extends Error {
  constructor(readonly reason: StateRefusal, readonly path: string, message: string) {
    super(message);
  }
}

/** The owner of a path, for the texts: "uid 4242". */
const uid = (n: number) => `uid ${n}`;

/** Every refusal's text, by reason; `file` is the state file, the other words say what is wrong. */
export const REFUSAL = {
  notOurs: (file: string) => `${file} is not an ipmplab state file`,
  newer: (file: string, version: number, ours: number) =>
    `${file} was written by a newer ipmplab (state schema ${version}; this one reads schema ${ours})`,
  older: (file: string, version: number) =>
    `${file} was written by an older ipmplab (state schema ${version}); open it once for writing to upgrade it`,
  noHost: (name: string) => `the lab has no host named ${name} (ipmplab host ls lists them)`,
  hostOff: (name: string) => `host ${name} is powered off (ipmplab host power ${name} on boots it)`,
  batchHost: (host: string | undefined) =>
    `an atomic batch acts on one host (${host ?? 'the default host'}); a line that names another runs in a batch of its own`,
  foreignOwner: (file: string, owner: number) => `${file} belongs to another user (${uid(owner)}); refusing to use it`,
  damaged: (file: string, why: string) => `${file} is damaged (${why}); it was left untouched`,
  notAFile: (file: string) => `${file} is not a regular file`,
  missing: (file: string) => `${file} does not exist`,
  symlink: (file: string) => `${file} is a symbolic link; refusing to follow it`,
  foreignLink: (file: string, owner: number) =>
    `${file} is a symbolic link to a file of another user (${uid(owner)}); refusing to follow it`,
  directoryOwner: (dir: string, owner: number) => `${dir} belongs to another user (${uid(owner)}); refusing to keep a state file there`,
  directoryMode: (dir: string, mode: number) =>
    `${dir} is writable by others than its owner (mode ${(mode & 0o7777).toString(8).padStart(4, '0')}); refusing to keep a state file there`,
  directoryLink: (dir: string) => `${dir} is a symbolic link; refusing to keep a state file there`,
  notADirectory: (dir: string) => `${dir} is not a directory`,
  companionOwner: (companion: string, owner: number) => `${companion} belongs to another user (${uid(owner)}); refusing to use the state file beside it`,
  companionLink: (companion: string) => `${companion} is a symbolic link; refusing to use the state file beside it`,
  companionNotAFile: (companion: string) => `${companion} is not a regular file; refusing to use the state file beside it`,
  replaced: (file: string) => `${file} was replaced while it was being opened; refusing to use it`,
  environment: (file: string, text: string) => `cannot use ${file}: ${text}; nothing was changed`,
} as const;

/**
 * The host's errors, as illumos strerror(3C) words them (libc/port/gen/errlist); the state file
 * lives on the host, so these are the conditions of its file system, not of the simulated one.
 */
export const HOST_ERRORS: Record<string, { reason: StateRefusal; text: string }> = Object.fromEntries(([
  ['ENOSPC', 'no-space'],
  ['EDQUOT', 'no-space'],
  ['EROFS', 'read-only'],
  ['EACCES', 'no-access'],
  ['EPERM', 'no-access'],
  ['EIO', 'io-error'],
  ['ENOTDIR', 'unreadable'],
  ['ENOENT', 'unreadable'],
  ['ENAMETOOLONG', 'unreadable'],
  ['ELOOP', 'symlink'],
  ['EISDIR', 'not-a-file'],
] as [ErrnoName, StateRefusal][]).map(([name, reason]) => [name, { reason, text: strerror(ERRNO[name]) }]));
