// What every ipadm sub-command works with (ipadm.c's globals: progname, iph), and its ways out:
// die() (exit 1), warn() and warn_ipadmerr() (the command goes on), die_opterr(). Output is
// collected and written once the command's transaction has committed.
import type { HostFiles, Kernel, Release } from '@ipmplab/core/syscalls';
import type { IpadmHandle, IpadmStatus } from '@ipmplab/userland';
import { ipadmStatus2str, opterrText } from '@ipmplab/userland';
import { IPADM } from './messages';

/** The command ended with this exit status (die(), usage()). */
export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export interface IpadmCtx {
  k: Kernel;
  files: HostFiles;
  release: Release;
  iph: IpadmHandle;
  /** --json was given: sub-commands that print records add them to `records`. */
  json: boolean;
  records: unknown[];
  out(text: string): void;
  err(text: string): void;
}

/** cmdfunc_t: argv[0] is the sub-command's name; `use` its usage text. */
export type CmdFunc = (ctx: IpadmCtx, argv: string[], use: string) => void;

/**
 * die(): `ipadm: <msg>` and exit 1. illumos ipadm.c ends the line with putchar('\n'): the
 * newline goes to standard output (so `2>/dev/null` leaves an empty line), after the message;
 * Solaris 11.4's ends it on standard error.
 */
export function die(ctx: IpadmCtx, msg: string): never {
  if (ctx.release === 'illumos') {
    ctx.err(`${IPADM}: ${msg}`);
    ctx.out('\n');
  } else ctx.err(`${IPADM}: ${msg}\n`);
  throw new Exit(1);
}

/** warn(): `ipadm: warning: <msg>`. */
export function warn(ctx: IpadmCtx, msg: string): void {
  ctx.err(`${IPADM}: warning: ${msg}\n`);
}

/**
 * warn_ipadmerr(): Solaris 11.4 `ipadm: warning: <msg>: <status text>` (an empty msg gives
 * "warning: : "); illumos prints the status text right after the message ("%s\n").
 */
export function warnIpadmErr(ctx: IpadmCtx, status: IpadmStatus, msg: string): void {
  const sep = ctx.release === 'illumos' ? '' : ': ';
  ctx.err(`${IPADM}: warning: ${msg}${sep}${ipadmStatus2str(status, ctx.release)}\n`);
}

/** die_opterr(): a missing value (':') or an unrecognized option ('?'), then the usage line. */
export function dieOpterr(ctx: IpadmCtx, optopt: string, opt: string, use: string): never {
  return die(ctx, opterrText(optopt, opt, use));
}
