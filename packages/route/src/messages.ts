// Every text route prints that is not a data layout, and every exit status, in one place
// (illumos usr/src/cmd/cmd-inet/usr.sbin/route.c, 2018 revision with -z). Exit status is the
// errno of the failing operation, as route.c's quit() and newroute() return it; syntax errors
// and usage exit 1.
import { ERRNO, strerror as coreStrerror } from '@ipmplab/core/syscalls';

export const TOOL = 'route';

/** Errno values libc has that the kernel table in core does not list (illumos errlist). */
const EXTRA_ERRLIST: Record<number, string> = {
  0: 'Error 0',
  95: 'Socket operation on non-socket',
};

export const ENOTSOCK = 95;
export const EBADF = 9;

/** strerror(3C) with the illumos texts. */
export function strerror(errno: number): string {
  return EXTRA_ERRLIST[errno] ?? coreStrerror(errno);
}

export const EXIT = {
  OK: 0,
  /** usage(), syntax_error(), `no such interface`, persistent-file conflicts. */
  USAGE: 1,
  /** `route flush` without access to /dev/ip. */
  EACCES: ERRNO.EACCES,
  /** route monitor -link: socket() fails. */
  EPROTONOSUPPORT: ERRNO.EPROTONOSUPPORT,
} as const;

/**
 * Every exit status route can return: 0, 1 (usage and syntax), and the errnos a routing-socket
 * write, the flush MIB open, a zone lookup or a file operation can fail with.
 */
export const EXIT_STATUSES: ReadonlySet<number> = new Set([
  0, 1,
  ERRNO.ESRCH, ERRNO.EACCES, ERRNO.EBUSY, ERRNO.EEXIST, ERRNO.EINVAL, ERRNO.ENOTSUP, ENOTSOCK,
  ERRNO.EPROTONOSUPPORT, ERRNO.EOPNOTSUPP, ERRNO.EAFNOSUPPORT, ERRNO.EADDRINUSE, ERRNO.EADDRNOTAVAIL,
  ERRNO.ENETDOWN, ERRNO.ENETUNREACH, ERRNO.ENOBUFS, ERRNO.EHOSTUNREACH, ERRNO.ENOMEM, ERRNO.ENXIO,
]);

export const USAGE = 'usage: route [ -fnpqv ] [-z <zone> ] [ -R <root-dir> ] cmd [[ -<qualifers> ] args ]\n';

export const MSG = {
  botched: (kw: string) => `route: botched keyword: ${kw}\n`,
  argumentRequired: (kw: string) => `route: argument required following keyword ${kw}\n`,
  destinationRequired: 'route: destination required\n',
  gatewayRequired: 'route: gateway required for add or delete command\n',
  hostNetExclusive: 'route: -host and -net are mutually exclusive\n',
  /** in_getprefixlen(): no digits after the '/' (or too large for strtoul). */
  badPrefixLength: (s: string) => `route: bad prefix length ${s}\n`,
  /** getaddr(): a negative length in_prefixlentomask() refuses. */
  badPrefixLengthNumber: (n: number) => `route: bad prefix length: ${n}\n`,
  prefixOutOfRange: (s: string) => `route: prefix length ${s} out of range\n`,
  unexpectedSlash: (s: string) => `route: ${s}: unexpected '/'\n`,
  /** in_getaddr(): note the missing "route: " prefix. */
  badValue: (s: string) => `${s}: bad value\n`,
  badAddress: (s: string) => `route: ${s}: bad address\n`,
  netmaskIPv6: 'route: -netmask not supported for IPv6: use <prefix>/<prefix-length> instead\n',
  notLabeled: 'route: system is not labeled; cannot specify security attributes.\n',
  showRequiresP: 'route: show command requires -p\n',
  changeWithP: 'route: change command not supported with -p\n',
  invalidShowArgs: 'route: invalid arguments for show\n',
  noSuchInterface: (name: string) => `route: ${name}: no such interface\n`,
  zoneNotGlobal: 'route: -z can only be specified from the global zone\n',
  flushNoPrivilege: 'route: flush: insufficient privileges\n',
  oldUsage: (toIf: boolean) => `old usage of trailing number, assuming route ${toIf ? 'to if' : 'via gateway'}\n`,
  /** rtmsg(): perror() for errnos newroute() has no words of its own for (no "route: " prefix). */
  writing: (errno: number) => `writing to routing socket: ${strerror(errno)}\n`,
  /** delRouteEntry(): a flush delete that failed; flushing goes on. */
  writeTo: (errno: number) => `route: write to routing socket: ${strerror(errno)}\n`,
  readFrom: (errno: number) => `route: read from routing socket: ${strerror(errno)}\n`,
  /** print_getmsg(): an RTM_GET reply carrying an error. */
  getReplyError: (errno: number) => `RTM_GET: ${strerror(errno)} (errno ${errno})\n`,
  examining: 'Examining routing table from T_SVR4_OPTMGMT_REQ\n',
  noPersistentRoutes: 'No persistent routes are defined\n',
  entryExists: ': entry exists\n',
  notInFile: ': not in file\n',
  /** quit(): "route: <what>: <strerror>", exit status errno. */
  quit: (what: string | undefined, errno: number) => `route: ${what === undefined ? '' : `${what}: `}${strerror(errno)}\n`,
  /** Lab addition: the --state option misused. */
  lab: (text: string) => `route: ${text}\n`,
} as const;

/** What quit() is called with, by situation. */
export const QUIT = {
  internal: 'Internal Error',
  socket: 'socket',
  setsockopt: 'setsockopt',
  read: 'read',
  zoneState: 'unable to get zone state',
  openRouteFile: 'failed to open route file',
} as const;

/** newroute(): the words printed after `: ` for a failed request. */
export function reason(errno: number): string {
  switch (errno) {
    case ERRNO.ESRCH:
      return 'not in table';
    case ERRNO.EBUSY:
      return 'entry in use';
    case ERRNO.ENOBUFS:
      return 'routing table overflow';
    case ERRNO.EEXIST:
      return 'entry exists';
    case ERRNO.EPERM:
      return 'insufficient privileges';
    default:
      return strerror(errno);
  }
}

/** rtmsg(): write errors it does not perror() (newroute() words them, or retries the next address). */
export function quietWriteError(errno: number): boolean {
  const quiet: number[] = [ERRNO.ESRCH, ERRNO.EBUSY, ERRNO.ENOBUFS, ERRNO.EEXIST, ERRNO.ENETUNREACH, ERRNO.EHOSTUNREACH, ERRNO.EPERM];
  return quiet.includes(errno);
}

/** The persistent route file and what route(1M) writes first into an empty one. */
export const PERM_FILE = '/etc/inet/static_routes';
export const TEMP_FILE = '/etc/inet/static_routes.tmp';
export const PERM_HEADER = '# File generated by route(1M) - do not edit.\n';
export const PERM_MODE = 0o644;

/** The only zone a lab host has. */
export const GLOBAL_ZONENAME = 'global';
