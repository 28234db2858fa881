// The shell's command lines: words as sh quotes them (shell-quote's tokens), `$?` and `$NAME`
// expanded, `# comments`, lists joined by `;`, `&&` and `||`, pipelines joined by `|`, and the
// redirections `> FILE`, `>> FILE` and `2>&1`. Anything else sh would do (background jobs,
// subshells, input redirection, here-documents) is refused in one line.
import { parse } from 'shell-quote';

export interface Stage {
  argv: string[];
  /** `> FILE` / `>> FILE`: standard output goes there. */
  stdout?: { path: string; append: boolean };
  /** `2>&1`: standard error goes where standard output goes. */
  mergeStderr: boolean;
}

export interface Item {
  /** How it follows the previous item: always, only after success, only after failure. */
  after: ';' | '&&' | '||';
  pipeline: Stage[];
}

export type Parsed = { items: Item[] } | { error: string };

/** Where `$?` stands in a parsed word: the status is known only when the command runs. */
export const STATUS_MARK = '\u0000?\u0000';

/** A stage's words as they run, `$?` being the status of the command before. */
export function wordsAt(stage: Stage, status: number): string[] {
  return stage.argv.map((w) => (w.includes(STATUS_MARK) ? w.split(STATUS_MARK).join(String(status)) : w));
}

type Token = ReturnType<typeof parse>[number];

/** A name no variable has: `$?` is handed to shell-quote as `${it}` (its own `$?` eats the next character). */
const STATUS_NAME = '\u0001status';

/** `$?` outside single quotes and not escaped, spelled `${STATUS_NAME}`. */
function markStatus(line: string): string {
  let out = '';
  let single = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && !single) {
      out += c + (line[i + 1] ?? '');
      i++;
    } else if (c === "'") {
      single = !single;
      out += c;
    } else if (c === '$' && line[i + 1] === '?' && !single) {
      out += `\${${STATUS_NAME}}`;
      i++;
    } else out += c;
  }
  return out;
}

/**
 * `$(...)` or a backquote outside single quotes: command substitution, which the lab's shell
 * does not do (shell-quote would take the `$` as an empty variable and keep the rest as words).
 */
function substitutes(line: string): boolean {
  let single = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && !single) i++;
    else if (c === "'") single = !single;
    else if (!single && (c === '`' || (c === '$' && line[i + 1] === '('))) return true;
  }
  return false;
}

/** Parses one line; `variable(name)` gives `$name`; `$?` is left for the moment it runs (wordsAt). */
export function parseLine(line: string, variable: (name: string) => string): Parsed {
  if (substitutes(line)) return { error: "command substitution ($(...) or `...`) is not supported in the lab's shell" };
  let tokens: Token[];
  try {
    tokens = parse(markStatus(line), (name) => (name === STATUS_NAME ? STATUS_MARK : variable(name)));
  } catch (e) {
    return { error: `cannot parse: ${(e as Error).message}` };
  }
  const items: Item[] = [];
  let after: Item['after'] = ';';
  let pipeline: Stage[] = [];
  let stage: Stage = { argv: [], mergeStderr: false };
  const near = (op: string): Parsed => ({ error: `syntax error near '${op}'` });
  const endStage = (op: string): boolean => {
    if (stage.argv.length === 0) return false;
    pipeline.push(stage);
    stage = { argv: [], mergeStderr: false };
    return op !== '';
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (typeof t === 'string') {
      stage.argv.push(t);
      continue;
    }
    if ('comment' in t) break;
    if (!('op' in t)) continue;
    if (t.op === 'glob') {
      stage.argv.push((t as { pattern: string }).pattern);
      continue;
    }
    switch (t.op) {
      case '|':
        if (!endStage('|')) return near('|');
        break;
      case ';':
      case '&&':
      case '||':
        if (!endStage(t.op)) {
          if (t.op === ';' && pipeline.length === 0) break; // an empty command before ';'
          return near(t.op);
        }
        items.push({ after, pipeline });
        pipeline = [];
        after = t.op;
        break;
      case '>':
      case '>>': {
        const path = tokens[i + 1];
        if (typeof path !== 'string') return near(t.op);
        stage.stdout = { path, append: t.op === '>>' };
        i++;
        break;
      }
      case '>&':
        if (stage.argv[stage.argv.length - 1] === '2' && tokens[i + 1] === '1') {
          stage.argv.pop();
          stage.mergeStderr = true;
          i++;
          break;
        }
        return { error: `'>&' is supported only as 2>&1` };
      default:
        return { error: `'${t.op}' is not supported in the lab's shell` };
    }
  }
  if (stage.argv.length > 0) pipeline.push(stage);
  else if (pipeline.length > 0) return near('|');
  if (pipeline.length > 0) items.push({ after, pipeline });
  else if (after !== ';') return near(after);
  return { items };
}
