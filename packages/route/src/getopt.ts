// getopt(3C) as route's main() uses it (userland's copy of libc's): route stops at the first
// complaint, so the options come back as a list, with the words from optind on.
import { getopt as libcGetopt } from '@ipmplab/userland';
import { TOOL } from './messages';

export interface GetoptResult {
  /** The options in order, with their arguments. */
  opts: { opt: string; arg?: string }[];
  /** argv from optind on. */
  rest: string[];
  /** The message libc printed when it returned '?'. */
  error?: string;
}

export function getopt(argv: readonly string[], optstring: string): GetoptResult {
  const opts: GetoptResult['opts'] = [];
  const state = { optind: 0 };
  for (const item of libcGetopt(TOOL, [...argv], optstring, state)) {
    if (item.opt === '?') return { opts, rest: argv.slice(state.optind), error: item.error };
    opts.push(item.arg === undefined ? { opt: item.opt } : { opt: item.opt, arg: item.arg });
  }
  return { opts, rest: argv.slice(state.optind) };
}
