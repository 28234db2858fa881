// `ipmplab shell [-f SCRIPT]`: every tool of the lab at one prompt, in this process. At a
// terminal: a prompt (prompt.ts), line editing, history kept between sessions, tab completion
// (complete.ts); an interrupt stops the running command (ping prints its statistics), or clears
// the line being typed. From a script (-f) or standard input: the lines run one after the
// other, as sh runs them, and the shell exits with the last status (or exit's).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { takeLabOptions, vis } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import type { ToolMain } from '../requests/tools';
import { parseLine } from './syntax';
import { runItems } from './exec';
import type { ShellContext } from './exec';
import { promptText } from './prompt';
import { complete, labNames } from './complete';
import { IdleConsole } from './idle';

export interface ShellHost {
  /** The terminal's input (process.stdin), when there is one. */
  input?: NodeJS.ReadStream;
  /** Where the lab's executables are. */
  binDir: string;
}

const USAGE = 'usage: ipmplab shell [-f SCRIPT] [--state FILE] [--host NAME]\n';
const HISTORY_LINES = 1000;
const IDLE_TICK_MS = 1000;

/** The history file: $IPMPLAB_HISTFILE, else $XDG_STATE_HOME/ipmplab/shell_history. */
function historyPath(env: NodeJS.ProcessEnv): string {
  if (env.IPMPLAB_HISTFILE) return env.IPMPLAB_HISTFILE;
  const base = env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path.join(os.homedir(), '.local', 'state');
  return path.join(base, 'ipmplab', 'shell_history');
}

function readHistory(file: string): string[] {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').slice(-HISTORY_LINES).reverse();
  } catch {
    return [];
  }
}

function appendHistory(file: string, line: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.appendFileSync(file, `${line}\n`, { mode: 0o600 });
  } catch {
    // History is a convenience: a directory we may not write loses it, nothing else.
  }
}

/** Runs one line; the new status. A line that does not parse says why (status 2, as sh). */
async function runLine(ctx: ShellContext, line: string, status: number, where: string): Promise<number> {
  const parsed = parseLine(line, (name) => ctx.io.env[name] ?? '');
  if ('error' in parsed) {
    ctx.io.stderr(`ipmplab shell: ${where}${vis(parsed.error)}\n`);
    return 2;
  }
  return runItems(ctx, parsed.items, status);
}

async function runScript(ctx: ShellContext, text: string): Promise<number> {
  let status = 0;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length && ctx.exit === undefined; n++) status = await runLine(ctx, lines[n], status, `line ${n + 1}: `);
  return ctx.exit ?? status;
}

function interactive(ctx: ShellContext, input: NodeJS.ReadStream, state: string | undefined, host: string | undefined): Promise<number> {
  const histfile = historyPath(ctx.io.env);
  let names: string[] | undefined;
  const rl = readline.createInterface({
    input,
    output: process.stdout,
    terminal: true,
    history: readHistory(histfile),
    historySize: HISTORY_LINES,
    removeHistoryDuplicates: false,
    completer: (line: string) => complete(line, () => (names ??= labNames(state, host, ctx.io))),
  });
  let status = 0;
  let running: AbortController | undefined;
  const idle = new IdleConsole(state, ctx.io);
  idle.poll(false);
  // Every second of waiting for a line: the timers due fire, their console lines go above the
  // prompt and the line being typed is drawn again.
  const tick = setInterval(() => {
    if (running) return;
    const lines = idle.poll(true);
    if (!lines.length) return;
    readline.clearLine(process.stdout, 0);
    readline.cursorTo(process.stdout, 0);
    process.stdout.write(`${lines.join('\n')}\n`);
    rl.prompt(true);
  }, IDLE_TICK_MS);
  return new Promise((resolve) => {
    const prompt = () => {
      names = undefined; // the lab may have changed: read its names again at the next Tab
      rl.setPrompt(promptText(state, host, ctx.io));
      rl.prompt();
    };
    rl.on('SIGINT', () => {
      if (running) running.abort();
      else {
        process.stdout.write('^C\n');
        rl.write(null, { ctrl: true, name: 'u' }); // the line typed so far goes
        prompt();
      }
    });
    // Lines typed while a command runs wait their turn (readline stays on, so an interrupt
    // still reaches the running command).
    const queue: string[] = [];
    const next = () => {
      const line = queue.shift();
      if (line === undefined) return;
      if (line.trim() !== '') appendHistory(histfile, line);
      running = new AbortController();
      const controller = running;
      ctx.signal = () => controller.signal;
      // A failure of the shell itself is said, as every tool says an internal error, and the
      // shell goes on (status 70).
      void runLine(ctx, line, status, '').catch((e: unknown) => {
        ctx.io.stderr(`ipmplab shell: internal error: ${vis((e as Error)?.message ?? String(e))}\n`);
        return 70;
      }).then((s) => {
        status = s;
        running = undefined;
        idle.poll(false); // a command shows what it causes itself (ipmplab link, clock advance)
        if (ctx.exit !== undefined) rl.close();
        else if (queue.length) next();
        else prompt();
      });
    };
    rl.on('line', (line) => {
      queue.push(line);
      if (!running) next();
    });
    rl.on('close', () => {
      clearInterval(tick);
      resolve(ctx.exit ?? status);
    });
    prompt();
  });
}

export async function shellMain(argv: string[], io: ToolIO, labMain: ToolMain, host: ShellHost): Promise<number> {
  const lab = takeLabOptions(argv);
  if (lab.error) {
    io.stderr(`ipmplab: ${lab.error}\n`);
    return 2;
  }
  const rest = lab.rest[0] === 'shell' ? lab.rest.slice(1) : lab.rest;
  let script: string | undefined;
  if (rest[0] === '-f' && rest.length === 2) script = rest[1];
  else if (rest.length > 0) {
    io.stderr(USAGE);
    return 2;
  }
  const labArgs = [...(lab.state !== undefined ? ['--state', lab.state] : []), ...(lab.host !== undefined ? ['--host', lab.host] : [])];
  const idle = new AbortController();
  const ctx: ShellContext = { io, labArgs, lab: labMain, binDir: host.binDir, signal: () => idle.signal };
  if (script !== undefined) {
    let text: string;
    try {
      text = fs.readFileSync(script, 'utf8');
    } catch (e) {
      io.stderr(`ipmplab shell: ${vis(script)}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file or directory' : (e as Error).message}\n`);
      return 1;
    }
    return runScript(ctx, text);
  }
  if (host.input?.isTTY) return interactive(ctx, host.input, lab.state, lab.host);
  // Standard input that is not a terminal: a script.
  let text = '';
  try {
    text = fs.readFileSync(0, 'utf8');
  } catch {
    text = '';
  }
  return runScript(ctx, text);
}
