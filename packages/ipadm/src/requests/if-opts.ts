// Option parsing of the interface sub-commands: getopt_long with opterr = 0, as ipadm.c does;
// an option error is die_opterr's.
import { getoptLong } from '@ipmplab/userland';
import type { LongOption } from '@ipmplab/userland';
import { dieOpterr } from '../context';
import type { IpadmCtx } from '../context';

/** if_longopts. */
export const IF_LONGOPTS: LongOption[] = [
  { name: 'interface', hasArg: 'required', val: 'i' },
  { name: 'force', hasArg: 'none', val: 'f' },
  { name: 'temporary', hasArg: 'none', val: 't' },
];

/** show_if_longopts. */
export const SHOW_IF_LONGOPTS: LongOption[] = [
  { name: 'parsable', hasArg: 'none', val: 'p' },
  { name: 'output', hasArg: 'required', val: 'o' },
];

export interface Parsed {
  opts: { opt: string; arg?: string }[];
  /** The operands, in order. */
  operands: string[];
}

export function parseOpts(ctx: IpadmCtx, argv: string[], optstring: string, longopts: LongOption[], use: string, known: string): Parsed {
  const r = getoptLong(argv, optstring, longopts, { opterr: false });
  const opts: Parsed['opts'] = [];
  for (const it of r.items) {
    if (!known.includes(it.opt) || it.opt === ':' || it.opt === '?') dieOpterr(ctx, it.optopt, it.opt, use);
    opts.push({ opt: it.opt, arg: it.arg });
  }
  return { opts, operands: r.argv.slice(r.optind) };
}
