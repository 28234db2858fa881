// Running the real bin/ tools as processes against a temporary state file.
import { spawnSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin');

export function tempState(): { dir: string; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipmplab-'));
  return { dir, file: path.join(dir, 'state.db'), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

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
}

/** Runs `tool args...` (no shell) and returns its streams and exit status. */
export function runTool(stateFile: string, tool: string, args: string[], extra: NodeJS.ProcessEnv = {}): Result {
  const r = spawnSync(path.join(BIN, tool), args, { env: toolEnv(stateFile, extra), encoding: 'utf8' });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a shell command line with stderr merged into stdout, as a transcript shows it. */
export function runShell(stateFile: string, line: string, extra: NodeJS.ProcessEnv = {}): { status: number; output: string } {
  const r = spawnSync('/bin/sh', ['-c', `${line} 2>&1`], { env: toolEnv(stateFile, extra), encoding: 'utf8', cwd: ROOT });
  return { status: r.status ?? -1, output: r.stdout };
}

export function startTool(stateFile: string, tool: string, args: string[], extra: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(path.join(BIN, tool), args, { env: toolEnv(stateFile, extra), stdio: ['ignore', 'pipe', 'pipe'] });
}
