// The real tools as processes: bin/<tool> (which loads the dist/ bundle built by
// scripts/build.mjs) against a state file, in an environment like a user's shell.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const BIN = path.join(ROOT, 'bin');

/**
 * The environment of a tool run: bin/ on PATH, the state file, no colour; never the test
 * runner's CA bundle (it costs every node start) nor its privilege setting, unless `extra` says.
 */
export function toolEnv(stateFile: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${BIN}:${process.env.PATH}`, IPMPLAB_STATE: stateFile, NO_COLOR: '1', ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.IPMPLAB_PRIVILEGED;
  return { ...env, ...extra };
}

export interface Result {
  status: number;
  stdout: string;
  stderr: string;
  /** The process id (route echoes carry the writer's pid). */
  pid: number;
}

/** Runs `tool args...` (no shell) to completion. */
export function runTool(stateFile: string, tool: string, args: string[], extra: NodeJS.ProcessEnv = {}): Result {
  const r = spawnSync(path.join(BIN, tool), args, { env: toolEnv(stateFile, extra), encoding: 'utf8' });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, pid: r.pid ?? 0 };
}

/** runTool for a command that must succeed (set-up, not the thing under test). */
export function must(stateFile: string, tool: string, args: string[]): Result {
  const r = runTool(stateFile, tool, args);
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return r;
}

/** Runs a shell command line with stderr merged into stdout, as a transcript shows it. */
export function runShell(stateFile: string, line: string, extra: NodeJS.ProcessEnv = {}): { status: number; output: string } {
  const r = spawnSync('/bin/sh', ['-c', `${line} 2>&1`], { env: toolEnv(stateFile, extra), encoding: 'utf8', cwd: ROOT });
  return { status: r.status ?? -1, output: r.stdout };
}

/** Starts `tool args...`, stdout and stderr piped, for a test to read while it runs. */
export function startTool(stateFile: string, tool: string, args: string[], extra: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(path.join(BIN, tool), args, { env: toolEnv(stateFile, extra), stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface Spawned {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a command and collects everything; never rejects (timeoutMs: SIGKILL after it). */
export function spawnCollect(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string } = {}): Promise<Spawned> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, args, { env: opts.env ?? process.env, cwd: opts.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs) : undefined;
    child.on('close', (status, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - started });
    });
  });
}

/** Runs bin/<tool> as a process against `file` (`--state FILE` first), without blocking. */
export function spawnTool(tool: string, file: string, argv: string[], extra: NodeJS.ProcessEnv = {}): Promise<Spawned> {
  return spawnCollect(path.join(BIN, tool), ['--state', file, ...argv], { env: toolEnv(file, extra), timeoutMs: 120_000 });
}
