// illumos getopt(3C), shared by the clones whose grammar is getopt's (netstat, route, ipmpstat,
// if_mpadm): options end at
// the first word that does not start with '-', at "-" alone, or after "--" (consumed). Letters
// cluster ("-gn"); an option argument is the rest of the word ("-ofoo") or the next word
// whatever it looks like ("-o -g"). An unknown letter or ':' gives '?' after
// "tool: illegal option -- c"; a missing argument gives '?' after
// "tool: option requires an argument -- c". Letters are taken per code point (the C library
// works per byte; only non-ASCII option letters could tell the difference).

/** libc's complaints, prefixed with argv[0] as getopt(3C) prints them. */
export const GETOPT = {
  illegalOption: (tool: string, c: string) => `${tool}: illegal option -- ${c}\n`,
  missingArgument: (tool: string, c: string) => `${tool}: option requires an argument -- ${c}\n`,
} as const;

export interface GetoptItem {
  /** The option letter, or '?' after a complaint. */
  opt: string;
  arg?: string;
  /** getopt's complaint (already worded) when opt is '?'. */
  error?: string;
}

export interface GetoptState {
  /** Index of the next word to look at; operands start here once the walk ends. */
  optind: number;
}

export function* getopt(tool: string, argv: string[], optstring: string, state: GetoptState): Generator<GetoptItem> {
  let sp = 1;
  while (state.optind < argv.length) {
    const word = Array.from(argv[state.optind]);
    if (sp === 1) {
      if (word[0] !== '-' || word.length === 1) return;
      if (word.length === 2 && word[1] === '-') {
        state.optind++;
        return;
      }
    }
    const c = word[sp];
    const at = c === ':' || c === '(' || c === ')' ? -1 : optstring.indexOf(c);
    if (at < 0) {
      if (++sp >= word.length) {
        state.optind++;
        sp = 1;
      }
      yield { opt: '?', error: GETOPT.illegalOption(tool, c) };
      continue;
    }
    if (optstring[at + 1] === ':') {
      let arg: string;
      if (sp + 1 < word.length) {
        arg = word.slice(sp + 1).join('');
        state.optind++;
      } else if (++state.optind >= argv.length) {
        sp = 1;
        yield { opt: '?', error: GETOPT.missingArgument(tool, c) };
        continue;
      } else {
        arg = argv[state.optind++];
      }
      sp = 1;
      yield { opt: c, arg };
      continue;
    }
    if (++sp >= word.length) {
      sp = 1;
      state.optind++;
    }
    yield { opt: c };
  }
}
