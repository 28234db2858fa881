// `ipmplab batch FILE|-`: tool command lines run in this process against one open state file,
// each line its own transaction, or all of them in one with --atomic (then a failing line
// undoes the whole file). The first failing line is reported with its number.
import fs from 'node:fs';
import { openSession, readStdin, splitCommandLine, vis, withAmbientTransaction, withIO, withSharedSessions } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import { TOOLS } from './tools';
import type { ToolMain } from './tools';
import { blockBuffered } from './batch-output';

export interface BatchOptions {
  atomic: boolean;
  keepGoing: boolean;
  /** The host the lines act on unless a line names its own (`ipmplab --host NAME batch`). */
  host?: string;
}

/** Lab commands that manage the state file itself and so cannot run inside a batch. */
const NOT_IN_BATCH = new Set(['init', 'reset', 'reboot', 'batch', 'demo', 'check', 'snapshot', 'import']);

/** Monitors that run until interrupted: `route monitor`, `rtmon`, `ipmpstat -p`. */
function runsForever(name: string, args: string[]): boolean {
  if (name === 'rtmon') return true;
  if (name === 'route') return args.includes('monitor');
  if (name === 'ipmpstat') return args.some((a) => /^-[a-zA-Z]*p/.test(a));
  return false;
}

/** A line's words; undefined for a blank line or a # comment (they do nothing). */
function wordsOf(line: string): { argv: string[] } | { error: string } | undefined {
  const text = line.trim();
  return text === '' || text.startsWith('#') ? undefined : splitCommandLine(text);
}

/**
 * What keeps a command line from running in a batch, known before it runs: it does not split
 * into words, names no tool, manages the state file itself or runs until interrupted.
 */
export function refuseToolLine(line: string): string | undefined {
  return refusal(wordsOf(line));
}

function refusal(words: ReturnType<typeof wordsOf>): string | undefined {
  if (!words) return undefined;
  if ('error' in words) return words.error;
  const [name, ...args] = words.argv;
  if (name === 'ipmplab' && NOT_IN_BATCH.has(args[0])) return `'ipmplab ${args[0]}' cannot run inside a batch`;
  if (runsForever(name, args)) return `'${name}' runs until interrupted and cannot run inside a batch`;
  if (name !== 'ipmplab' && !TOOLS[name]) return `unknown command ${name}`;
  return undefined;
}

/**
 * Runs one command line in this process on `host` (unless the line names its own): why it
 * failed ("exit status N", or refuseToolLine's reason), or undefined when it succeeded.
 */
export function runToolLine(io: ToolIO, statePath: string, line: string, host: string | undefined, lab: ToolMain): string | undefined {
  const words = wordsOf(line);
  const refused = refusal(words);
  if (refused !== undefined || !words || 'error' in words) return refused;
  const [name, ...args] = words.argv;
  const main = name === 'ipmplab' ? lab : TOOLS[name]();
  const code = main([...(host === undefined ? [] : ['--host', host]), ...args, '--state', statePath], io);
  return code === 0 ? undefined : `exit status ${code}`;
}

class BatchAbort extends Error {
  constructor(readonly line: number) {
    super(`batch stopped at line ${line}`);
  }
}

export function runBatch(processIo: ToolIO, statePath: string, source: string, opts: BatchOptions, lab: ToolMain): number {
  const buffered = opts.atomic ? blockBuffered(processIo) : undefined;
  // The environment read once: every line's tool reads several variables, and each read of
  // process.env is a call into the C library. Nothing in a batch changes the environment.
  const io = withIO(buffered?.io ?? processIo, { env: { ...processIo.env } });
  try {
    return runLines(io, statePath, source, opts, lab);
  } finally {
    buffered?.flush();
  }
}

function runLines(io: ToolIO, statePath: string, source: string, opts: BatchOptions, lab: ToolMain): number {
  let text: string;
  try {
    text = source === '-' ? readStdin(io) : fs.readFileSync(source, 'utf8');
  } catch (e) {
    io.stderr(`ipmplab: batch: ${vis(source)}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file or directory' : (e as Error).message}\n`);
    return 1;
  }
  const lines = text.split('\n');
  const total = lines.length;
  let failures = 0;
  const progress = (n: number) => {
    if (io.isTTY && n % 1000 === 0) io.stderr(`\ripmplab: batch: ${n}/${total} lines`);
  };
  // The line is echoed as the file has it, control characters shown visibly.
  const report = (n: number, why: string) => io.stderr(`ipmplab: batch: line ${n}: ${vis(`${why}: ${lines[n - 1].trim()}`)}\n`);

  const runLine = (n: number): boolean => {
    const why = runToolLine(io, statePath, lines[n - 1], opts.host, lab);
    if (why !== undefined) report(n, why);
    return why === undefined;
  };

  return withSharedSessions(() => {
    const exec = () => {
      for (let n = 1; n <= lines.length; n++) {
        progress(n);
        if (runLine(n)) continue;
        failures++;
        if (opts.atomic) throw new BatchAbort(n);
        if (!opts.keepGoing) return;
      }
    };
    try {
      if (opts.atomic) withAmbientTransaction(openSession(statePath, io, opts.host), exec);
      else exec();
    } catch (e) {
      if (!(e instanceof BatchAbort)) throw e;
      io.stderr(`ipmplab: batch: nothing was applied (--atomic)\n`);
    }
    if (io.isTTY && total >= 1000) io.stderr('\n');
    return failures === 0 ? 0 : 1;
  });
}
