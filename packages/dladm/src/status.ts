// libdladm's statuses as dladm prints them (libdladm.c dladm_status2str, verbatim: the same
// texts in Solaris 11 and illumos for these) and the errno mapping of dladm_errno2status.
import { ERRNO } from '@ipmplab/core/syscalls';

export type DladmStatus =
  | 'OK' | 'BADARG' | 'FAILED' | 'NOTSUP' | 'NOTFOUND' | 'BADVAL' | 'EXIST' | 'PROPRDONLY' | 'BADVALCNT'
  | 'DENIED' | 'IOERR' | 'TEMPONLY' | 'LINKBUSY' | 'TRYAGAIN' | 'NOMEM' | 'TOOSMALL';

const TEXT: Record<DladmStatus, string> = {
  OK: 'ok',
  BADARG: 'invalid argument',
  FAILED: 'operation failed',
  TOOSMALL: 'buffer size too small',
  NOTSUP: 'operation not supported',
  NOTFOUND: 'object not found',
  BADVAL: 'invalid value',
  NOMEM: 'insufficient memory',
  EXIST: 'object already exists',
  PROPRDONLY: 'read-only property',
  BADVALCNT: 'invalid number of values',
  DENIED: 'permission denied',
  IOERR: 'I/O error',
  TEMPONLY: 'change cannot be persistent',
  LINKBUSY: 'link busy',
  TRYAGAIN: 'try again later',
};

export function dladmStatus2str(status: DladmStatus): string {
  return TEXT[status];
}

/** dladm_errno2status. */
export function errno2status(errno: number): DladmStatus {
  switch (errno) {
    case 0: return 'OK';
    case ERRNO.EINVAL: return 'BADARG';
    case ERRNO.EEXIST: return 'EXIST';
    case ERRNO.ENOENT: return 'NOTFOUND';
    case ERRNO.ENOMEM: return 'NOMEM';
    case ERRNO.ENOTSUP: return 'NOTSUP';
    case ERRNO.EACCES:
    case ERRNO.EPERM: return 'DENIED';
    case ERRNO.EIO: return 'IOERR';
    case ERRNO.EBUSY: return 'LINKBUSY';
    case ERRNO.EAGAIN: return 'TRYAGAIN';
    default: return 'FAILED';
  }
}
