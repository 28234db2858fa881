// `ipmplab batch FILE|-`: tool command lines run in this process against one open state file,
// each line its own transaction, or all of them in one with --atomic (then a failing line
// undoes the whole file). The first failing line is reported with its number.
import fs from 'node:fs';
import { openSession, splitCommandLine, vis, withAmbientTransaction, withSharedSessions } from '@ipmplab/userland';
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
const NOT_IN_BATCH = new Set(['init', 'reset', 'reboot', 'batch', 'demo', 'check']);

/** Monitors that run until interrupted: `route monitor`, `rtmon`, `ipmpstat -p`. */
function runsForever(name: string, args: string[]): boolean {
  if (name === 'rtmon') return true;
  if (name === 'route') return args.includes('monitor');
  if (name === 'ipmpstat') return args.some((a) => /^-[a-zA-Z]*p/.test(a));
  return false;
}

class BatchAbort extends Error {
  constructor(readonly line: number) {
    super(`batch stopped at line ${line}`);
  }
}

export function runBatch(processIo: ToolIO, statePath: string, source: string, opts: BatchOptions, lab: ToolMain): number {
  const buffered = opts.atomic ? blockBuffered(processIo) : undefined;
  try {
    return runLines(buffered?.io ?? processIo, statePath, source, opts, lab);
  } finally {
    buffered?.flush();
  }
}

function runLines(io: ToolIO, statePath: string, source: string, opts: BatchOptions, lab: ToolMain): number {
  let text: string;
  try {
    text = fs.readFileSync(source === '-' ? 0 : source, 'utf8');
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
    const line = lines[n - 1].trim();
    if (line === '' || line.startsWith('#')) return true;
    const split = splitCommandLine(line);
    if ('error' in split) {
      report(n, split.error);
      return false;
    }
    const [name, ...args] = split.argv;
    if (name === 'ipmplab' && NOT_IN_BATCH.has(args[0])) {
      report(n, `'ipmplab ${args[0]}' cannot run inside a batch`);
      return false;
    }
    if (runsForever(name, args)) {
      report(n, `'${name}' runs until interrupted and cannot run inside a batch`);
      return false;
    }
    const main = name === 'ipmplab' ? lab : TOOLS[name]?.();
    if (!main) {
      report(n, `unknown command ${name}`);
      return false;
    }
    // The batch's host (`ipmplab --host NAME batch`) unless the line names its own.
    const code = main([...(opts.host === undefined ? [] : ['--host', opts.host]), ...args, '--state', statePath], io);
    if (code !== 0) report(n, `exit status ${code}`);
    return code === 0;
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
