// Splitting a command line the way sh would (quotes, escapes), for batches.
// Pipes, redirections and other shell operators are not commands and are refused.

type ShellQuote = typeof import('shell-quote');
let shellQuote: ShellQuote | undefined;
/** shell-quote, required for the first line that needs it: most commands never split one. */
const parse = (line: string, env: (name: string) => string) => (shellQuote ??= require('shell-quote') as ShellQuote).parse(line, env);

export type Split = { argv: string[] } | { error: string };

/**
 * Words of characters no shell treats specially, separated by blanks: the common line (a route
 * load is 100,000 of them), split here as sh and shell-quote would, without the general parser.
 */
const PLAIN = /^[\w.:/@,+=%-]+(?:[ \t]+[\w.:/@,+=%-]+)*$/;

export function splitCommandLine(line: string): Split {
  if (PLAIN.test(line)) return { argv: line.split(/[ \t]+/) };
  // shell-quote expands $VARS from the object given; keep them literal instead.
  const tokens = parse(line, (name) => `$${name}`);
  const argv: string[] = [];
  for (const t of tokens) {
    if (typeof t === 'string') argv.push(t);
    else if ('comment' in t) break;
    else if ('op' in t && t.op === 'glob') argv.push((t as { pattern: string }).pattern);
    else return { error: `shell operator ${'op' in t ? `'${t.op}'` : ''} is not supported here` };
  }
  return { argv };
}
