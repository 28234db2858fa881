// Splitting a command line the way sh would (quotes, escapes), for batches.
// Pipes, redirections and other shell operators are not commands and are refused.
import { parse } from 'shell-quote';

export type Split = { argv: string[] } | { error: string };

export function splitCommandLine(line: string): Split {
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
