import { describe, it, expect } from 'vitest';
import { parse } from 'shell-quote';
import { splitCommandLine } from './command-line';

/** What the general parser makes of a line (splitCommandLine without its shortcut). */
const general = (line: string) => parse(line, (name) => `$${name}`);

describe('splitCommandLine', () => {
  it('splits plain words as the general parser does', () => {
    const alphabet = 'aZ09_.:/@,+=%- \t';
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 2000; n++) {
      let line = '';
      for (let i = next() % 40; i > 0; i--) line += alphabet[next() % alphabet.length];
      line = line.trim();
      if (line === '') continue;
      expect({ line, ...splitCommandLine(line) }).toEqual({ line, argv: general(line) });
    }
  });

  it('leaves quotes, escapes, variables, globs, comments and operators to the general parser', () => {
    expect(splitCommandLine(`route add 'a b' "c d" e\\ f $X`)).toEqual({ argv: ['route', 'add', 'a b', 'c d', 'e f', '$X'] });
    expect(splitCommandLine('ifconfig net* # all')).toEqual({ argv: ['ifconfig', 'net*'] });
    expect(splitCommandLine('route add 10.0.0.1 192.168.0.1 | tee')).toEqual({ error: "shell operator '|' is not supported here" });
  });
});
