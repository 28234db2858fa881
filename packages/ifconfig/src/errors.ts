// ifconfig's error printers (ifconfig.c Perror0/Perror2) and the one exception that carries an
// exit status out of a handler. libipadm's texts are libipadm's (@ipmplab/userland ipadmStatus2str).
import { ERRNO, KernelError, strerror } from '@ipmplab/core/syscalls';
import type { RunCtx } from './context';

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

export function errnoOf(e: unknown): number {
  if (e instanceof KernelError) return e.errno;
  throw e;
}

/** Prints the message and stops this interface's words with exit status 1. */
export function fail(ctx: Pick<RunCtx, 'err'>, message: string): never {
  ctx.err(`${message}\n`);
  throw new Exit(1);
}

/** Runs an ioctl; a KernelError becomes `onError(errno)`'s message and exit 1 (Perror0_exit). */
export function call<T>(ctx: Pick<RunCtx, 'err'>, f: () => T, onError: (errno: number) => string): T {
  try {
    return f();
  } catch (e) {
    fail(ctx, onError(errnoOf(e)));
  }
}
