// dladm's option tables (dladm.c show_lopts, prop_longopts, lopts) and its getopt_long loop:
// opterr is 0, every optstring starts with ':', so a missing value comes back as ':' and
// anything unknown as '?', both ending in die_opterr(). The options are handled in the order
// they were given (a later complaint never hides an earlier one), the operands follow them.
import { getoptLong } from '@ipmplab/userland';
import type { LongOption } from '@ipmplab/userland';
import type { Release } from '@ipmplab/core/syscalls';
import { dieOpterr } from './context';
import type { DladmCtx } from './context';

const lo = (name: string, hasArg: LongOption['hasArg'], val: string): LongOption => ({ name, hasArg, val });

/** show_lopts (Solaris 11 adds zone). */
export function showLopts(release: Release): LongOption[] {
  const base = [
    lo('statistics', 'none', 's'), lo('continuous', 'none', 'S'), lo('interval', 'required', 'i'),
    lo('parsable', 'none', 'p'), lo('parseable', 'none', 'p'), lo('extended', 'none', 'x'),
    lo('output', 'required', 'o'), lo('persistent', 'none', 'P'), lo('lacp', 'none', 'L'),
  ];
  return release === 'solaris11' ? [...base, lo('zone', 'required', 'z')] : base;
}

/** prop_longopts (Solaris 11 adds zone). */
export function propLongopts(release: Release): LongOption[] {
  const base = [
    lo('temporary', 'none', 't'), lo('output', 'required', 'o'), lo('root-dir', 'required', 'R'),
    lo('prop', 'required', 'p'), lo('parsable', 'none', 'c'), lo('parseable', 'none', 'c'),
    lo('persistent', 'none', 'P'),
  ];
  return release === 'solaris11' ? [...base, lo('zone', 'required', 'z')] : base;
}

/** lopts, the general table (rename-link uses it). */
export function lopts(release: Release): LongOption[] {
  const base = [
    lo('vlan-id', 'required', 'v'), lo('output', 'required', 'o'), lo('dev', 'required', 'd'),
    lo('policy', 'required', 'P'), lo('lacp-mode', 'required', 'L'), lo('lacp-timer', 'required', 'T'),
    lo('unicast', 'required', 'u'), lo('temporary', 'none', 't'), lo('root-dir', 'required', 'R'),
    lo('link', 'required', 'l'), lo('forcible', 'none', 'f'), lo('bw-limit', 'required', 'b'),
    lo('mac-address', 'required', 'm'), lo('slot', 'required', 'n'),
  ];
  return release === 'solaris11' ? [...base, lo('zone', 'required', 'z')] : base;
}

export interface Parsed {
  /** The operands, after the options. */
  operands: string[];
}

/**
 * The getopt_long loop: `on` gets each option letter and its value in order; a '?' or ':'
 * from libc ends in die_opterr() with the sub-command's usage.
 */
export function options(
  ctx: DladmCtx, argv: string[], optstring: string, longopts: readonly LongOption[], use: string,
  on: (opt: string, arg: string | undefined) => void,
): Parsed {
  const r = getoptLong(argv, optstring, longopts, { opterr: false });
  for (const item of r.items) {
    if (item.opt === '?' || item.opt === ':') dieOpterr(ctx, item.optopt, item.opt, use);
    on(item.opt, item.arg);
  }
  return { operands: r.argv.slice(r.optind) };
}
