// What every dladm sub-command works with (dladm.c's globals: progname, the libdladm handle)
// and its ways out: die() and die_dlerr() (exit 1), warn() and warn_dlerr() (the command goes
// on), die_optdup(), die_opterr() and usage(). Output is collected and written once the
// command's transaction has committed.
import type { HostFiles, Kernel, Release } from '@ipmplab/core/syscalls';
import { opterrText } from '@ipmplab/userland';
import { dladmStatus2str } from './status';
import type { DladmStatus } from './status';
import { DLADM, MSG } from './messages';

/** The command ended with this exit status (die(), usage(), exit()). */
export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export interface DladmCtx {
  k: Kernel;
  files: HostFiles;
  release: Release;
  /** usage(): the release's whole usage text. */
  usageText: string;
  /** The window height ofmt repeats its header by (asked when a second row is printed). */
  rows: number | (() => number);
  out(text: string): void;
  err(text: string): void;
}

/** cmdfunc_t: argv[0] is the sub-command's name; `use` its usage text. */
export type CmdFunc = (ctx: DladmCtx, argv: string[], use: string) => void;

/** die(): `dladm: <msg>` and exit 1. */
export function die(ctx: DladmCtx, msg: string): never {
  ctx.err(`${DLADM}: ${msg}\n`);
  throw new Exit(1);
}

/** die_dlerr(): `dladm: <msg>: <status text>` and exit 1. */
export function dieDlerr(ctx: DladmCtx, status: DladmStatus, msg: string): never {
  ctx.err(`${DLADM}: ${msg}: ${dladmStatus2str(status)}\n`);
  throw new Exit(1);
}

/** warn(): `dladm: warning: <msg>`. */
export function warn(ctx: DladmCtx, msg: string): void {
  ctx.err(`${DLADM}: warning: ${msg}\n`);
}

/** warn_dlerr(): `dladm: warning: <msg>: <status text>`. */
export function warnDlerr(ctx: DladmCtx, status: DladmStatus, msg: string): void {
  ctx.err(`${DLADM}: warning: ${msg}: ${dladmStatus2str(status)}\n`);
}

/** die_optdup(). */
export function dieOptdup(ctx: DladmCtx, c: string): never {
  return die(ctx, MSG.optDup(c));
}

/** die_opterr(): a missing value (':') or anything else ('?'), then the usage line. */
export function dieOpterr(ctx: DladmCtx, optopt: string, opt: string, use: string): never {
  return die(ctx, opterrText(optopt, opt, use));
}

/** usage(): the header and every sub-command's usage on stderr, exit 1. */
export function usage(ctx: DladmCtx): never {
  ctx.err(ctx.usageText);
  throw new Exit(1);
}

/** The lab's refusal of what it does not model (exit 1). */
export function notSimulated(ctx: DladmCtx, what: string): never {
  return die(ctx, MSG.notSimulated(what));
}
