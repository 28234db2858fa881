/**
 * illumos errno values and their strerror(3C) texts.
 *
 * Numbers: usr/src/uts/common/sys/errno.h. Texts: usr/src/lib/libc/port/gen/errlist
 * (the table strerror/perror are generated from). The illumos texts differ from
 * Linux/BSD in places users see (EPERM is "Not owner", EBUSY "Device busy"), so
 * the simulator must never use the host's strerror.
 *
 * Only errnos the simulated stack and its commands can produce are listed.
 */

const ERRNO_DEFS = {
  EPERM: [1, 'Not owner'],
  ENOENT: [2, 'No such file or directory'],
  ESRCH: [3, 'No such process'],
  EINTR: [4, 'Interrupted system call'],
  EIO: [5, 'I/O error'],
  ENXIO: [6, 'No such device or address'],
  E2BIG: [7, 'Arg list too long'],
  EBADF: [9, 'Bad file number'],
  EAGAIN: [11, 'Resource temporarily unavailable'],
  ENOMEM: [12, 'Not enough space'],
  EACCES: [13, 'Permission denied'],
  EFAULT: [14, 'Bad address'],
  EBUSY: [16, 'Device busy'],
  EEXIST: [17, 'File exists'],
  ENODEV: [19, 'No such device'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'],
  ENOTTY: [25, 'Inappropriate ioctl for device'],
  ENOSPC: [28, 'No space left on device'],
  EROFS: [30, 'Read-only file system'],
  ERANGE: [34, 'Result too large'],
  ENOTSUP: [48, 'Operation not supported'],
  EDQUOT: [49, 'Disc quota exceeded'],
  ENAMETOOLONG: [78, 'File name too long'],
  EOVERFLOW: [79, 'Value too large for defined data type'],
  ENOSYS: [89, 'Operation not applicable'],
  ELOOP: [90, 'Number of symbolic links encountered during path name traversal exceeds MAXSYMLINKS'],
  ENOTSOCK: [95, 'Socket operation on non-socket'],
  EMSGSIZE: [97, 'Message too long'],
  EPROTONOSUPPORT: [120, 'Protocol not supported'],
  EOPNOTSUPP: [122, 'Operation not supported on transport endpoint'],
  EAFNOSUPPORT: [124, 'Address family not supported by protocol family'],
  EADDRINUSE: [125, 'Address already in use'],
  EADDRNOTAVAIL: [126, 'Cannot assign requested address'],
  ENETDOWN: [127, 'Network is down'],
  ENETUNREACH: [128, 'Network is unreachable'],
  ENOBUFS: [132, 'No buffer space available'],
  ETIMEDOUT: [145, 'Connection timed out'],
  ECONNREFUSED: [146, 'Connection refused'],
  EHOSTUNREACH: [148, 'No route to host'],
  EALREADY: [149, 'Operation already in progress'],
  EINPROGRESS: [150, 'Operation now in progress'],
} as const;

export type ErrnoName = keyof typeof ERRNO_DEFS;

const byName: Record<string, number> = {};
const BY_NUMBER = new Map<number, { name: ErrnoName; text: string }>();
// A plain loop: the tables are built at every command's start.
for (const name of Object.keys(ERRNO_DEFS) as ErrnoName[]) {
  const def = ERRNO_DEFS[name];
  byName[name] = def[0];
  BY_NUMBER.set(def[0], { name, text: def[1] });
}

/** Symbolic name -> errno number, e.g. `ERRNO.EINVAL === 22`. */
export const ERRNO = Object.freeze(byName) as { readonly [K in ErrnoName]: (typeof ERRNO_DEFS)[K][0] };

/** `errnoName(22) === 'EINVAL'`; undefined for numbers not in the table. */
export function errnoName(errno: number): ErrnoName | undefined {
  return BY_NUMBER.get(errno)?.name;
}

/**
 * strerror(3C) as illumos libc prints it; numbers it does not know give
 * "Unknown error" (libc/port/gen/strerror.c).
 */
export function strerror(errno: number): string {
  return BY_NUMBER.get(errno)?.text ?? 'Unknown error';
}

/**
 * Thrown by the simulated kernel to fail a request. `errno` is what the caller
 * finds in errno (and, for routing-socket writes, in rtm_errno); the message is
 * exactly strerror(errno) so it can be printed the way perror(3C) would.
 * `detail` is for debugging only and never shown as command output.
 */
export class KernelError extends Error {
  readonly errno: number;
  readonly detail: string | undefined;

  constructor(errno: number, detail?: string) {
    super(strerror(errno));
    this.name = 'KernelError';
    this.errno = errno;
    this.detail = detail;
  }

  /** Symbolic name of `errno`, e.g. 'EINVAL'. */
  get code(): ErrnoName | undefined {
    return errnoName(this.errno);
  }
}
