// The robustness suites' way of running the tools: in-process as a privileged administrator
// without colour, a bounded pool of processes, which bundles are built and fresh, the tools'
// documented exit statuses, and the checks every run's output must pass whatever the argv was.
import fs from 'node:fs';
import path from 'node:path';
import { ifconfigMain } from '../../../packages/ifconfig/src/main';
import { BIN, ROOT, runWithState } from '@ipmplab/test-support';
import type { Main, Ran } from '@ipmplab/test-support';

/** Environment of an in-process run: privileged administrator, no colour, no debug stacks. */
export const IN_PROCESS_ENV: NodeJS.ProcessEnv = { NO_COLOR: '1', PATH: '/usr/bin:/bin' };

/** Runs a tool's main in this process against `file` (prepended as --state FILE). */
export function runMain(main: Main, file: string, argv: string[], env: NodeJS.ProcessEnv = IN_PROCESS_ENV): Ran {
  return runWithState(main, file, argv, env);
}

export function ifconfig(file: string, argv: string[]): Ran {
  return runMain(ifconfigMain, file, argv);
}

/** Runs at most `width` async jobs at a time, results in input order. */
export async function pool<T, R>(items: T[], width: number, job: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= items.length) return;
      results[i] = await job(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/** What must never appear on stderr: a stack frame, an internal error, an uncaught exception. */
export function outputProblems(stderr: string): string[] {
  const problems: string[] = [];
  if (/^\s+at .+/m.test(stderr)) problems.push('stack trace on stderr');
  if (/internal error/i.test(stderr)) problems.push('"internal error" on stderr');
  if (/\b(TypeError|ReferenceError|RangeError|SyntaxError|SqliteError)\b/.test(stderr)) problems.push('JavaScript error name on stderr');
  if (/node:internal|triggerUncaughtException|Node\.js v\d+/.test(stderr)) problems.push('uncaught exception report on stderr');
  return problems;
}

/** Whether a built tool exists (dist/<tool>.cjs; bin/<tool> loads it). */
export function built(tool: string): boolean {
  return fs.existsSync(path.join(ROOT, 'dist', `${tool}.cjs`)) && fs.existsSync(path.join(BIN, tool));
}

/** Packages each bundle is built from (unknown tools: every package that ships). */
const BUNDLED: Record<string, string[]> = {
  ifconfig: ['core', 'userland', 'ifconfig'],
  netstat: ['core', 'userland', 'netstat'],
};

/** Newest modification time of the sources of these packages (tests excluded). */
function newestSource(packages: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  for (const pkg of packages) {
    const src = path.join(ROOT, 'packages', pkg, 'src');
    if (fs.existsSync(src)) walk(src);
  }
  return newest;
}

/** Whether dist/<tool>.cjs was built after the last change of its sources (else bin/ runs older code). */
export function freshBuild(tool: string): boolean {
  const bundle = path.join(ROOT, 'dist', `${tool}.cjs`);
  // test-support is in no bundle: only tests import it.
  const packages = BUNDLED[tool] ?? fs.readdirSync(path.join(ROOT, 'packages')).filter((p) => p !== 'test-support');
  return fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs >= newestSource(packages);
}

/** Loads a tool's in-process main if its package provides one today (the tools are being written). */
export async function loadMain(tool: 'netstat' | 'ipmplab'): Promise<Main | undefined> {
  const candidates = tool === 'netstat'
    ? [['packages/netstat/src/index.ts', 'netstatMain'], ['packages/netstat/src/main.ts', 'netstatMain']]
    : [['packages/ipmplab/src/index.ts', 'labMain'], ['packages/ipmplab/src/main.ts', 'labMain']];
  for (const [file, name] of candidates) {
    const full = path.join(ROOT, file);
    if (!fs.existsSync(full)) continue;
    try {
      const mod = (await import(/* @vite-ignore */ full)) as Record<string, unknown>;
      if (typeof mod[name] === 'function') return mod[name] as Main;
    } catch {
      // an unfinished package that does not load yet counts as absent
    }
  }
  return undefined;
}

/** The documented exit statuses of a tool, from its own messages table where it has one. */
export async function documentedExits(tool: 'ifconfig' | 'netstat' | 'ipmplab'): Promise<Set<number>> {
  if (tool === 'ifconfig') return new Set([0, 1]); // ifconfig.c: exit(0) or exit(1)
  const file = path.join(ROOT, 'packages', tool, 'src', 'messages.ts');
  const mod = (await import(/* @vite-ignore */ file)) as { EXIT: Record<string, number> };
  // EXIT_STATE (1) is the guard's status for a refused state file; 70 (internal error) is never allowed.
  return new Set([...Object.values(mod.EXIT), 1]);
}
