// ifconfig's error printers (ifconfig.c Perror0/Perror2, ipadmerr_exit) and libipadm's status
// strings, and the one exception that carries an exit status out of a handler.
import { ERRNO, KernelError, strerror } from '@ipmplab/core';

/** Thrown by a handler after it printed its message: stop with this exit status. */
export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** Perror2(cmd, str): the errno-specific wordings, else perror's "<str>: <strerror>". */
export function perror2(cmd: string, str: string, errno: number): string {
  const tail = (() => {
    switch (errno) {
      case ERRNO.ENXIO: return `${str}: no such interface`;
      case ERRNO.EPERM: return `${str}: permission denied`;
      case ERRNO.EEXIST: return `${str}: already exists`;
      case ERRNO.ENAMETOOLONG: return `${str}: interface name too long`;
      case ERRNO.ERANGE: return `${str}: logical interface id is outside allowed range`;
      default: return `${str}: ${strerror(errno)}`;
    }
  })();
  return `ifconfig: ${cmd}: ${tail}`;
}

/** libipadm's ipadm_status2str for the statuses ifconfig reports (illumos libipadm.c). */
export const IPADM = {
  EAUTH: 'Insufficient user authorizations',
  IF_EXISTS: 'Interface already exists',
  ENXIO: 'Interface does not exist',
  EXISTS: 'Already exists',
  INVALID_ARG: 'Invalid argument provided',
  ADDR_NOTAVAIL: "Can't assign requested address",
  ADDR_INUSE: 'Address already in use',
  IF_INUSE: 'Interface already in use',
  DLPI_FAILURE: 'Could not open DLPI link',
  EPERM: 'Permission denied',
  NOTSUP: 'Operation not supported',
  NOTFOUND: 'Object not found',
  ERANGE: 'Value is outside the allowed range',
  GRP_NOTEMPTY: 'IPMP group is not empty',
  FAILURE: 'Operation failed',
} as const;

/** libipadm's errno -> status mapping (ipadm_errno2status). */
export function ipadmText(errno: number): string {
  switch (errno) {
    case ERRNO.ENXIO: return IPADM.ENXIO;
    case ERRNO.EINVAL: return IPADM.INVALID_ARG;
    case ERRNO.EBUSY: return IPADM.IF_INUSE;
    case ERRNO.EEXIST: return IPADM.EXISTS;
    case ERRNO.EADDRNOTAVAIL: return IPADM.ADDR_NOTAVAIL;
    case ERRNO.EADDRINUSE: return IPADM.ADDR_INUSE;
    case ERRNO.ENOENT: return IPADM.NOTFOUND;
    case ERRNO.ERANGE: return IPADM.ERANGE;
    case ERRNO.EPERM: return IPADM.EPERM;
    case ERRNO.ENOTSUP:
    case ERRNO.EOPNOTSUPP: return IPADM.NOTSUP;
    default: return IPADM.FAILURE;
  }
}

export function errnoOf(e: unknown): number {
  if (e instanceof KernelError) return e.errno;
  throw e;
}
