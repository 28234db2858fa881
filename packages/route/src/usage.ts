// route.c usage(): `route: botched keyword: <word>` when a word caused it, the usage line, exit 1.
import { MSG, USAGE, EXIT } from './messages';
import { Exit } from './output';
import type { Out } from './output';

export function usage(out: Out, word?: string): never {
  if (word !== undefined) out.err(MSG.botched(word));
  out.err(USAGE);
  throw new Exit(EXIT.USAGE);
}
