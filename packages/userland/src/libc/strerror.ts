// strerror(3C) of a call this process made on the host's file system (a file a command names,
// a snapshot or capture to read or write). Node names the errno (e.code); the words are
// illumos's (core wire/errno.ts, libc/port/gen/errlist), never the host's, which differ
// ("Too many levels of symbolic links" against illumos's ELOOP text). An errno the table does not
// hold is said with Node's own message.
import { ERRNO, strerror } from '@ipmplab/core/syscalls';
import type { ErrnoName } from '@ipmplab/core/syscalls';

export function fileErrorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && Object.hasOwn(ERRNO, code)) return strerror(ERRNO[code as ErrnoName]);
  return e instanceof Error ? e.message : String(e);
}
