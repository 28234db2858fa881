// libipadm's status codes and their texts, verbatim from illumos libipadm.c (ipadm_errors[],
// ipadm_status2str, ipadm_errno2status), and where Solaris 11 words them differently or has
// more of them, from S11 libipadm.c. The codes are named as in libipadm.h without the IPADM_
// prefix.
import { ERRNO } from '@ipmplab/core/syscalls';
import type { Release } from '@ipmplab/core/syscalls';

const TEXTS = {
  SUCCESS: 'Operation succeeded',
  FAILURE: 'Operation failed',
  EAUTH: 'Insufficient user authorizations',
  EPERM: 'Permission denied',
  NO_BUFS: 'No buffer space available',
  NO_MEMORY: 'Insufficient memory',
  BAD_ADDR: 'Invalid address',
  BAD_PROTOCOL: 'Incorrect protocol family for operation',
  DAD_FOUND: 'Duplicate address detected',
  EXISTS: 'Already exists',
  IF_EXISTS: 'Interface already exists',
  ADDROBJ_EXISTS: 'Address object already exists',
  ADDRCONF_EXISTS: 'Addrconf already in progress',
  ENXIO: 'Interface does not exist',
  GRP_NOTEMPTY: 'IPMP group is not empty',
  INVALID_ARG: 'Invalid argument provided',
  INVALID_NAME: 'Invalid name',
  DLPI_FAILURE: 'Could not open DLPI link',
  DLADM_FAILURE: 'Datalink does not exist',
  PROP_UNKNOWN: 'Unknown property',
  ERANGE: 'Value is outside the allowed range',
  ESRCH: 'Value does not exist',
  EOVERFLOW: 'Number of values exceeds the allowed limit',
  NOTFOUND: 'Object not found',
  IF_INUSE: 'Interface already in use',
  ADDR_INUSE: 'Address already in use',
  BAD_HOSTNAME: 'Hostname maps to multiple IP addresses',
  ADDR_NOTAVAIL: "Can't assign requested address",
  ALL_ADDRS_NOT_ENABLED: 'All addresses could not be enabled',
  NDPD_NOT_RUNNING: 'IPv6 autoconf daemon in.ndpd not running',
  DHCP_START_ERROR: 'Could not start dhcpagent',
  DHCP_IPC_ERROR: 'Could not communicate with dhcpagent',
  DHCP_IPC_TIMEOUT: 'Communication with dhcpagent timed out',
  TEMPORARY_OBJ: 'Persistent operation on temporary object',
  IPC_ERROR: 'Could not communicate with ipmgmtd',
  NOTSUP: 'Operation not supported',
  OP_DISABLE_OBJ: 'Operation not supported on disabled object',
  EBADE: 'Invalid data exchange with daemon',
  GZ_PERM: 'Operation not permitted on from-gz interface',
  // Solaris 11's IPMP statuses; illumos reports these conditions with the generic ones.
  NOT_IPMP: 'Not an IPMP interface',
  NO_IPMPIF: 'No such IPMP interface',
  NO_UNDERIF: 'No such underlying interface',
  ALREADY_IN_GRP: 'Already in an IPMP group',
  NOT_IN_GROUP: 'Interface not in given IPMP group',
  IPMPIF_DISABLED: 'IPMP interface is not enabled',
  DHCP_DATA_ADDR_DISABLED: 'DHCP data address is not enabled',
  UNDERIF_APP_ADDRS: 'Underlying interface has addresses managed by externalapplications',
  UNDERIF_DHCP_MANAGED: 'Underlying interface has addresses managed by dhcpagent(1M)',
  UNDERIF_NDPD_MANAGED: 'Underlying interface has addresses managed by in.ndpd(1M)',
  UNDERIF_UP_ADDRS: 'Underlying interface has addresses marked up',
  IPMPIF_MISSING_AF: 'IPMP interface missing address families configured on underlying interface',
  MIGRATE_ADDROBJS_FAILED: 'Address objects could not be created for all of the migrated addresses',
  BAD_IFID: 'Invalid interface id',
} as const;

export type IpadmStatus = keyof typeof TEXTS;

/** Where Solaris 11's ipadm_errors[] words a status differently from illumos'. */
const SOLARIS11_TEXTS: Partial<Record<IpadmStatus, string>> = {
  EXISTS: 'Object already exists',
  ENXIO: 'No such interface',
  INVALID_NAME: 'Invalid interface name',
  ALL_ADDRS_NOT_ENABLED: 'Interface could not be fully enabled',
  DHCP_IPC_ERROR: 'Communication with dhcpagent failed',
  IPC_ERROR: 'Communication with daemon failed',
};

/** ipadm_status2str, in the release's words. */
export function ipadmStatus2str(status: IpadmStatus, release: Release = 'illumos'): string {
  return (release === 'solaris11' ? SOLARIS11_TEXTS[status] : undefined) ?? TEXTS[status];
}

/** ipadm_errno2status: the errnos it knows (EBADE and EOVERFLOW are never answered here). */
export function ipadmErrno2status(errno: number): IpadmStatus {
  switch (errno) {
    case 0: return 'SUCCESS';
    case ERRNO.ENXIO: return 'ENXIO';
    case ERRNO.ENOMEM: return 'NO_MEMORY';
    case ERRNO.ENOBUFS: return 'NO_BUFS';
    case ERRNO.EINVAL: return 'INVALID_ARG';
    case ERRNO.EBUSY: return 'IF_INUSE';
    case ERRNO.EEXIST: return 'EXISTS';
    case ERRNO.EADDRNOTAVAIL: return 'ADDR_NOTAVAIL';
    case ERRNO.EADDRINUSE: return 'ADDR_INUSE';
    case ERRNO.ENOENT: return 'NOTFOUND';
    case ERRNO.ERANGE: return 'ERANGE';
    case ERRNO.EPERM: return 'EPERM';
    case ERRNO.ENOTSUP:
    case ERRNO.EOPNOTSUPP: return 'NOTSUP';
    case ERRNO.EBADF: return 'IPC_ERROR';
    case ERRNO.ESRCH: return 'ESRCH';
    default: return 'FAILURE';
  }
}
