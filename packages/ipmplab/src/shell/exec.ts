// Running a parsed line (syntax.ts): each item after the previous one as `;`, `&&` and `||`
// say, each pipeline stage by stage. A lab tool runs in this process with the shell's lab
// options before its own words (its own --host wins), its output kept for the next stage when
// one follows; a filter of the machine gets the previous stage's output as its input. The status
// of a pipeline is its last stage's.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync, spawn } from 'node:child_process';
import type { ToolIO } from '@ipmplab/userland';
import { takeLabOptions, vis } from '@ipmplab/userland';
import type { Item, Stage } from './syntax';
import { wordsAt } from './syntax';
import { ASYNC_TOOLS, BUILTINS, ELSEWHERE, FILTERS, commandNames, runsAsProcess, syncTool } from './commands';
import type { ToolMain } from '../requests/tools';
import { MAN_PAGES, manPage } from './man';

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** 127: what a shell answers for a command it cannot find. */
export const NOT_FOUND = 127;

export interface ShellContext {
  io: ToolIO;
  /** The lab options the shell was started with, given to every tool before its own words. */
  labArgs: string[];
  /** ipmplab's own main (lab commands). */
  lab: ToolMain;
  /** Where the lab's executables are (for the monitors that run as processes). */
  binDir: string;
  /** Aborted when the user interrupts the running command. */
  signal: () => AbortSignal;
  /** `exit` was run: the status the shell ends with. */
  exit?: number;
}

interface Sink {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is the terminal. */
  tty: boolean;
}

function builtin(ctx: ShellContext, argv: string[], out: Sink, status: number): number {
  const [name, ...args] = argv;
  switch (name) {
    case 'echo':
      out.stdout(`${args.join(' ')}\n`);
      return 0;
    case 'true':
      return 0;
    case 'false':
      return 1;
    case 'help':
      out.stdout(`The lab's commands: ${commandNames().join(' ')}\n` +
        `Output may be piped into: ${[...FILTERS].sort().join(' ')}\n` +
        'Lines: cmd; cmd, cmd && cmd, cmd || cmd, cmd | filter, > FILE, >> FILE, 2>&1, $?, # comment. exit [N] leaves.\n');
      return 0;
    case 'cd':
      try {
        process.chdir(args[0] ?? ctx.io.env.HOME ?? '/');
        return 0;
      } catch (e) {
        out.stderr(`ipmplab shell: cd: ${vis(args[0] ?? '')}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file or directory' : (e as Error).message}\n`);
        return 1;
      }
    case 'man': {
      if (args.length === 0) {
        out.stderr('What manual page do you want?\n');
        return 1;
      }
      let code = 0;
      for (const page of args) {
        const text = manPage(page);
        if (text) out.stdout(text);
        else {
          out.stderr(`No manual entry for ${vis(page)} in the lab (it has pages for ${Object.keys(MAN_PAGES).join(', ')}).\n`);
          code = 1;
        }
      }
      return code;
    }
    case 'exit': {
      const n = args.length ? Number.parseInt(args[0], 10) : status;
      ctx.exit = Number.isNaN(n) ? 2 : n & 0xff;
      return ctx.exit;
    }
  }
  return NOT_FOUND;
}

/** A monitor as the lab's own executable, its output straight to the terminal; an interrupt stops it. */
function monitorProcess(ctx: ShellContext, name: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ctx.binDir, name), [...ctx.labArgs, ...args], { stdio: 'inherit', env });
    const stop = () => child.kill('SIGINT');
    ctx.signal().addEventListener('abort', stop, { once: true });
    child.on('exit', (code, sig) => {
      ctx.signal().removeEventListener('abort', stop);
      resolve(code ?? (sig ? 128 + (sig === 'SIGINT' ? 2 : 15) : 1));
    });
    child.on('error', () => resolve(NOT_FOUND));
  });
}

/** One stage: its status, its standard output written to `out` (or kept, when it is not the last). */
async function runStage(ctx: ShellContext, stage: Stage, input: string | undefined, out: Sink, status: number): Promise<number> {
  const words = wordsAt(stage, status);
  // NAME=value words in front: the command's environment (alone on a line: the shell's).
  const assigned: Record<string, string> = {};
  let first = 0;
  for (; first < words.length && ASSIGNMENT.test(words[first]); first++) {
    const eq = words[first].indexOf('=');
    assigned[words[first].slice(0, eq)] = words[first].slice(eq + 1);
  }
  const argv = words.slice(first);
  if (argv.length === 0) {
    Object.assign(ctx.io.env, assigned);
    return 0;
  }
  const env = first === 0 ? ctx.io.env : { ...ctx.io.env, ...assigned };
  const [name, ...args] = argv;
  const err = stage.mergeStderr ? out.stdout : out.stderr;
  const sink: Sink = { ...out, stderr: err };
  if (BUILTINS.has(name)) return builtin(ctx, argv, sink, status);
  // A lab command that reads "-" (batch -, file put PATH -) reads what a pipe feeds it.
  const io: ToolIO = { env, stdout: sink.stdout, stderr: sink.stderr, isTTY: sink.tty, stderrIsTTY: ctx.io.stderrIsTTY, ...(input !== undefined ? { stdin: () => input } : {}) };
  if (name === 'ipmplab') {
    if (takeLabOptions(args).rest[0] === 'shell') {
      err('ipmplab shell: the lab\'s shell is running already\n');
      return 1;
    }
    return ctx.lab([...ctx.labArgs, ...args], io);
  }
  if (runsAsProcess(name, args)) return monitorProcess(ctx, name, args, env);
  const tool = syncTool(name);
  if (tool) return tool([...ctx.labArgs, ...args], io);
  const asyncTool = ASYNC_TOOLS[name];
  if (asyncTool) return asyncTool([...ctx.labArgs, ...args], io, ctx.signal());
  if (FILTERS.has(name)) {
    const r = spawnSync(name, args, { input: input ?? '', env, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    if (r.error) {
      err(`ipmplab shell: ${vis(name)}: ${(r.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found on this machine' : r.error.message}\n`);
      return NOT_FOUND;
    }
    // A filter may read a file the line names (head FILE): what it prints is shown visibly, as
    // the lab's tools show whatever a user chose.
    if (r.stdout.length) sink.stdout(vis(r.stdout.toString('utf8'), '\t\n'));
    if (r.stderr.length) err(vis(r.stderr.toString('utf8'), '\t\n'));
    return r.status ?? 128 + 2;
  }
  const elsewhere = ELSEWHERE[name];
  err(elsewhere ? `ipmplab shell: ${name}: not in the lab: ${elsewhere}\n` : `ipmplab shell: ${vis(name)}: not found (help lists the lab's commands)\n`);
  return NOT_FOUND;
}

/** Where a stage's standard output goes: the next stage, a file, or the shell's own output. */
async function runPipeline(ctx: ShellContext, stages: Stage[], status: number): Promise<number> {
  let input: string | undefined;
  let code = 0;
  for (let i = 0; i < stages.length; i++) {
    const s = stages[i];
    const last = i === stages.length - 1;
    const kept: string[] = [];
    let file: number | undefined;
    if (s.stdout) {
      try {
        file = fs.openSync(s.stdout.path, s.stdout.append ? 'a' : 'w');
      } catch (e) {
        ctx.io.stderr(`ipmplab shell: ${vis(s.stdout.path)}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file or directory' : (e as Error).message}\n`);
        code = 1;
        input = '';
        continue;
      }
    }
    const toFile = file;
    const stdout = toFile !== undefined ? (t: string) => fs.writeSync(toFile, t) : last ? ctx.io.stdout : (t: string) => kept.push(t);
    try {
      code = await runStage(ctx, s, input, { stdout, stderr: ctx.io.stderr, tty: last && toFile === undefined && ctx.io.isTTY }, status);
    } finally {
      if (toFile !== undefined) fs.closeSync(toFile);
    }
    input = kept.join('');
    if (ctx.exit !== undefined) break;
  }
  return code;
}

/** Runs a line's items; the status of the last one that ran. */
export async function runItems(ctx: ShellContext, items: Item[], status: number): Promise<number> {
  for (const item of items) {
    if (item.after === '&&' && status !== 0) continue;
    if (item.after === '||' && status === 0) continue;
    status = await runPipeline(ctx, item.pipeline, status);
    if (ctx.exit !== undefined) break;
  }
  return status;
}
