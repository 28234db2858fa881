// `ipmplab batch FILE|-`: tool command lines run in this process against one open state file,
// each line its own transaction, or all of them in one with --atomic (then a failing line
// undoes the whole file). The first failing line is reported with its number.
//
// Without --atomic, lines that follow each other are committed together (a commit group, as a
// database commits a group of transactions with one write to its log): each line still runs
// as its own transaction would, and its output is let out only once the group has committed,
// so whatever a line printed has been done, and a batch killed in the middle loses only lines
// that printed nothing yet. A group ends after COMMIT_GROUP's lines or milliseconds, before a
// line of the lab's own (`ipmplab ...`), and never spans hosts: in a lab of several hosts every
// line commits on its own. A line that fails with an exception (its own transaction would have
// rolled back, which the group cannot do for one line alone) or prints more than a group holds
// abandons the group: nothing of it is committed or shown, and its lines run again one
// transaction each, as if the group had never been tried.
import fs from 'node:fs';
import { openSession, readStdin, splitCommandLine, vis, withAmbientTransaction, withCommitGroup, withIO, withSharedSessions } from '@ipmplab/userland';
import type { Session, ToolIO } from '@ipmplab/userland';
import { listHosts } from '@ipmplab/core/store';
import { TOOLS } from './tools';
import type { ToolMain } from './tools';
import { blockBuffered, heldUntilCommit } from './batch-output';

export interface BatchOptions {
  atomic: boolean;
  keepGoing: boolean;
  /** The host the lines act on unless a line names its own (`ipmplab --host NAME batch`). */
  host?: string;
  /** How lines are committed together without --atomic (tests set it; COMMIT_GROUP otherwise). */
  group?: CommitGroupBounds;
}

export interface CommitGroupBounds {
  /** Lines at most in one group. */
  lines: number;
  /** A group takes no new line once it has been open this long (real time, milliseconds). */
  ms: number;
  /** Output a group holds at most, in characters, before it is abandoned. */
  held: number;
}

/**
 * The commit of a route add costs about as much as the rest of the line (the log write of the
 * pages it changed, the locks); 10 ms keeps what other processes see at most that far behind.
 */
export const COMMIT_GROUP: CommitGroupBounds = { lines: 256, ms: 10, held: 1 << 20 };

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
type Words = { argv: string[] } | { error: string } | undefined;

function wordsOf(line: string): Words {
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

function refusal(words: Words): string | undefined {
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
  return runWords(io, statePath, wordsOf(line), host, lab);
}

/** runToolLine on a line already split into words. */
function runWords(io: ToolIO, statePath: string, words: Words, host: string | undefined, lab: ToolMain): string | undefined {
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

/** A commit group given up: its lines, from the first to `last`, run again one each. */
class GroupAbandoned extends Error {
  constructor(readonly last: number) {
    super(`commit group abandoned at line ${last}`);
  }
}

/** Whether a line may join a commit group: a tool's line (the lab's own commands run alone). */
function groupable(words: Words): boolean {
  return !words || 'error' in words || words.argv[0] !== 'ipmplab';
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
  const report = (out: ToolIO, n: number, why: string) => out.stderr(`ipmplab: batch: line ${n}: ${vis(`${why}: ${lines[n - 1].trim()}`)}\n`);

  // A line's words, split once: a batch without --atomic asks whether it may join a group first.
  let splitAt = 0;
  let split: Words;
  const wordsAt = (n: number): Words => {
    if (splitAt !== n) {
      split = wordsOf(lines[n - 1]);
      splitAt = n;
    }
    return split;
  };
  const runLine = (n: number, out: ToolIO = io): boolean => {
    const why = runWords(out, statePath, wordsAt(n), opts.host, lab);
    if (why !== undefined) report(out, n, why);
    return why === undefined;
  };

  return withSharedSessions(() => {
    // The first failing line of an atomic batch undoes all of it.
    const all = () => {
      for (let n = 1; n <= lines.length; n++) {
        progress(n);
        if (runLine(n)) continue;
        failures++;
        throw new BatchAbort(n);
      }
    };
    try {
      if (opts.atomic) withAmbientTransaction(openSession(statePath, io, opts.host), all);
      else failures = runGrouped(io, statePath, lines.length, (n) => groupable(wordsAt(n)), opts, runLine, progress);
    } catch (e) {
      if (!(e instanceof BatchAbort)) throw e;
      io.stderr(`ipmplab: batch: nothing was applied (--atomic)\n`);
    }
    if (io.isTTY && total >= 1000) io.stderr('\n');
    return failures === 0 ? 0 : 1;
  });
}

/**
 * The lines of a batch without --atomic, committed in groups where they can be (see the top of
 * this file); the number of lines that failed.
 */
function runGrouped(
  io: ToolIO,
  statePath: string,
  total: number,
  joins: (n: number) => boolean,
  opts: BatchOptions,
  runLine: (n: number, io?: ToolIO) => boolean,
  progress: (n: number) => void,
): number {
  const bounds = opts.group ?? COMMIT_GROUP;
  let failures = 0;
  let stopped = false;
  // Cleared for good when a group finds several hosts (only a line of the lab's own could
  // change that, and grouping is only speed).
  let grouping = bounds.lines > 1;
  let session: Session | undefined;
  const alone = (n: number) => {
    progress(n);
    if (runLine(n)) return;
    failures++;
    if (!opts.keepGoing) stopped = true;
  };
  for (let n = 1; n <= total && !stopped; ) {
    if (!grouping || !joins(n)) {
      alone(n++);
      continue;
    }
    const first = n;
    const failedBefore = failures;
    const held = heldUntilCommit(io, bounds.held);
    let begun = false;
    try {
      session ??= openSession(statePath, io, opts.host);
      withCommitGroup(session, (spoiled) => {
        if (listHosts(session!.db).length !== 1) {
          grouping = false;
          throw new GroupAbandoned(first);
        }
        begun = true;
        const began = Date.now();
        while (n <= total && joins(n) && n - first < bounds.lines && Date.now() - began < bounds.ms) {
          progress(n);
          const ok = runLine(n, held.io);
          if (spoiled() || held.overflowed()) throw new GroupAbandoned(n);
          n++;
          if (ok) continue;
          failures++;
          if (!opts.keepGoing) {
            stopped = true;
            return;
          }
        }
      });
      held.release();
    } catch (e) {
      held.drop();
      // Abandoned, or refused as it began or committed: each line again in its own transaction,
      // where whatever went wrong is met and reported as it would have been. A group that could
      // not even begin (the state busy past the wait, refused, full) is not tried again: its
      // first line, and those after it, run alone.
      if (!begun) grouping = false;
      const last = e instanceof GroupAbandoned ? e.last : n - 1;
      failures = failedBefore;
      stopped = false;
      for (n = first; n <= last && !stopped; n++) alone(n);
    }
  }
  return failures;
}
