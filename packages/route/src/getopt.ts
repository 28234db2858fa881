// getopt(3C) as route's main() uses it: options end at the first word that does not start with
// '-' (or is just "-"), or after "--"; letters may be grouped; an option taking an argument
// takes the rest of its word or the next word. Errors are reported the way libc words them.
import { MSG } from './messages';

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
  let optind = 0;
  while (optind < argv.length) {
    const word = argv[optind];
    if (!word.startsWith('-') || word === '-') break;
    if (word === '--') {
      optind++;
      break;
    }
    let sp = 1;
    while (sp < word.length) {
      const c = String.fromCodePoint(word.codePointAt(sp)!);
      sp += c.length;
      const at = c === ':' ? -1 : optstring.indexOf(c);
      if (at < 0) return { opts, rest: argv.slice(optind), error: MSG.illegalOption(c) };
      if (optstring[at + 1] === ':') {
        if (sp < word.length) {
          opts.push({ opt: c, arg: word.slice(sp) });
        } else if (optind + 1 < argv.length) {
          opts.push({ opt: c, arg: argv[++optind] });
        } else {
          return { opts, rest: [], error: MSG.optionNeedsArgument(c) };
        }
        sp = word.length;
      } else {
        opts.push({ opt: c });
      }
    }
    optind++;
  }
  return { opts, rest: argv.slice(optind) };
}
