// Commit notification: a reader of the journal (rtmon) wakes when a writer has committed
// routing messages, instead of waiting for its next poll. On illumos a routing socket's reader
// sleeps in read(2) until rts_queue_input() puts a message on its queue; here the queue is the
// journal in the state file, and the wake-up is the modification time of one small file beside
// it (`<file>-notify`), which readers watch with inotify (fs.watch) and the writer touches
// after COMMIT.
//
// The notification is only ever a hint: readers keep polling, so a notification that is lost
// (no file, a file that is not ours, a watch that failed) costs latency, never a message. For
// the same reason the writer never waits, never fails and never follows a link for it: the file
// is opened without following a symbolic link and without blocking (a FIFO put there opens at
// once), and touched only when it is a regular file of this user with one link; anything else
// is left alone, silently.
//
// One shared file rather than one entry per reader: nothing is registered, so no reader's death
// leaves an entry behind for writers to clean up, and a writer's cost does not grow with the
// number of readers (open, fstat, futimes, close: under 10 µs; a FIFO per reader, measured
// beside it, wakes a reader no sooner).
import fs from 'node:fs';

export const notifyPath = (file: string) => `${file}-notify`;

const OPEN_FLAGS = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK | fs.constants.O_NOCTTY;

/** A regular file of this user with a single link: the only kind of file the writer touches. */
function ours(st: fs.Stats): boolean {
  const uid = process.geteuid?.();
  return st.isFile() && st.nlink === 1 && (uid === undefined || st.uid === uid);
}

/** Called by a writer after it committed routing messages: wakes the readers watching the file. */
export function notifyCommit(file: string): void {
  let fd: number | undefined;
  try {
    // Most commits have no reader: asked without an exception (an ENOENT thrown by open builds
    // an error and its stack, a measurable part of a batch line).
    if (!fs.lstatSync(notifyPath(file), { throwIfNoEntry: false })) return;
    fd = fs.openSync(notifyPath(file), OPEN_FLAGS);
    if (!ours(fs.fstatSync(fd))) return;
    const t = new Date();
    fs.futimesSync(fd, t, t);
  } catch {
    // No reader ever made the file, or it is not one to touch: readers poll anyway.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export interface CommitWatch {
  close(): void;
}

/**
 * Calls onCommit (from the event loop) after writers commit. Undefined when the notification
 * file cannot be made or watched safely here (a link, another user's file, no inotify): the
 * caller polls as before.
 */
export function watchCommits(file: string, onCommit: () => void): CommitWatch | undefined {
  const p = notifyPath(file);
  let fd: number | undefined;
  try {
    fd = fs.openSync(p, OPEN_FLAGS | fs.constants.O_CREAT, 0o644);
    if (!ours(fs.fstatSync(fd))) return undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  try {
    const w = fs.watch(p, { persistent: false }, () => onCommit());
    // A watch that breaks (the file removed, the directory gone) ends quietly: polling remains.
    w.on('error', () => w.close());
    return { close: () => w.close() };
  } catch {
    return undefined;
  }
}
