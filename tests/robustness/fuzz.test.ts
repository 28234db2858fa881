// argv fuzz: thousands of generated argument vectors per tool, run in-process against a copy of
// a prepared state, and a hundred of them as real processes through bin/ (compared with the
// in-process run of the same argv). Run with ROBUSTNESS_SEED=<n> to repeat a run (ROBUSTNESS_SEED=random for a fresh seed); every failure
// names the seed, the vector's number and its argv.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ifconfigMain } from '../../packages/ifconfig/src/main';
import { ROOT, tempState, Rng, seedFromEnv, showArgv, spawnTool } from '@ipmplab/test-support';
import { canonical, dumpFile, freezeClock, journalProblems, stateProblems } from './lib/state';
import { built, documentedExits, freshBuild, ifconfig, loadMain, outputProblems, pool, runMain } from './lib/run';
import type { Main, Ran } from '@ipmplab/test-support';
import { ifconfigVector, ipmplabVector, netstatVector, processSafe, labCommandsFromHelp } from './lib/fuzz-vectors';
import { IOCTL_NAMES } from '@ipmplab/core/testing';
import type { Vector } from './lib/fuzz-vectors';

const SEED = seedFromEnv();
const PER_TOOL = 2_000;
const PROCESSES = 100;
/** How many failures an assertion message lists ($ROBUSTNESS_SHOW). */
const SHOW = Number(process.env.ROBUSTNESS_SHOW) || 12;
const tmp = tempState();
afterAll(() => tmp.cleanup());

type ToolName = 'ifconfig' | 'netstat' | 'ipmplab';
/**
 * Vectors that exposed a bug, run before the generated ones whatever the seed (with the kind the
 * generator would give them).
 */
const REGRESSIONS: Record<ToolName, Vector[]> = {
  // The -a walk must skip logical interfaces that an earlier step removed (ifconfig.c
  // foreachinterface: SIOCGLIFFLAGS failing with ENXIO means "gone", continue).
  ifconfig: [
    { argv: ['-a', 'unplumb'], kind: 'any', why: 'walk over interfaces the walk removes' },
    { argv: ['-au', 'unplumb', 'all-zones'], kind: 'any', why: 'walk over interfaces the walk removes' },
  ],
  netstat: [],
  ipmplab: [
    // Exit 2 is "bad usage (nothing was opened)", and every usage error ends with the hint line.
    { argv: ['ioctl', 'BOGUS', '{}'], kind: 'any', why: 'unknown request' },
    { argv: ['ioctl', 'SIOCGLIFFLAGS', '[]'], kind: 'any', why: 'argument not a JSON object' },
    // A malformed request is EINVAL, not an internal error.
    { argv: ['ioctl', 'SIOCADDRT', '{"dst":"2001:db8::"}'], kind: 'any', why: 'legacy route request without af' },
  ],
};

interface Tool {
  name: ToolName;
  main: Main;
  vector: (rng: Rng, inProcess: boolean) => Vector;
  exits: Set<number>;
  /** Extra checks on one run; returns problems. */
  extra: (r: Ran) => string[];
  /** Whether the state must be as it was, for this vector and this outcome. */
  unchanged: (v: Vector, r: Ran) => boolean;
  /** Whether this outcome promises that the state file was not even opened (so a missing one is not created). */
  notOpened: (v: Vector, r: Ran) => boolean;
}

const USAGE_HINT = "Try 'ipmplab --help' for usage.";
const labMain = await loadMain('ipmplab');
const netstatMain = await loadMain('netstat');

const TOOLS: Tool[] = [
  {
    name: 'ifconfig', main: ifconfigMain, vector: ifconfigVector, exits: await documentedExits('ifconfig'),
    extra: (r) => (r.code !== 0 && r.err === '' ? ['failed without saying why'] : []),
    unchanged: (v) => v.kind !== 'any',
    notOpened: () => false, // ifconfig opens the state to learn whether an interface exists
  },
];
if (netstatMain) {
  TOOLS.push({
    name: 'netstat', main: netstatMain, vector: netstatVector, exits: await documentedExits('netstat'),
    extra: (r) => (r.code !== 0 && r.err === '' ? ['failed without saying why'] : []),
    unchanged: () => true, // netstat only reads
    // netstat main.ts: the state file is opened only when the kernel is needed (an -f outif: check or
    // the report), so usage errors and refused modes never create or touch one.
    notOpened: (v, r) => r.code !== 0 && !v.argv.some((a) => a.includes('outif:')),
  });
}
if (labMain) {
  const help = runMain(labMain, path.join(tmp.dir, 'never-created.db'), ['--help']).out;
  const vocab = { commands: labCommandsFromHelp(help), ioctls: [...IOCTL_NAMES] };
  TOOLS.push({
    name: 'ipmplab', main: labMain, vector: (rng, inProcess) => ipmplabVector(rng, inProcess, vocab), exits: await documentedExits('ipmplab'),
    // messages.ts: every usage error (exit 2) is followed by the hint line; nothing was opened.
    extra: (r) => (r.code === 2 && !r.err.endsWith(`\n${USAGE_HINT}\n`) ? ['usage error without the hint line'] : []),
    // messages.ts: 1 = the operation failed (state unchanged), 2 = bad command line (nothing opened).
    unchanged: (_v, r) => r.code !== 0,
    // lab.ts: exit 2 is "bad usage (nothing was opened)".
    notOpened: (_v, r) => r.code === 2,
  });
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const key = (file: string) => JSON.stringify(canonical(dumpFile(file)));
/** Output that legitimately differs between two runs a moment apart: wall-clock times. */
const mask = (text: string) => text
  .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<iso>')
  .replace(/[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d/g, '<syslog>')
  .replace(/\b\d{10,}\b/g, '<ms>')
  // `ipmplab status`: how far the manual clock is from the wall clock, which runs on.
  .replace(/│ (?:[\d.dhms]+ (?:ahead of|behind)|at) the wall clock +│/g, '│ <wall offset> │')
  .replace(/"wallOffsetMs":-?\d+/g, '"wallOffsetMs":<ms>')
  // `ipmplab clock real` (the demo ends with it): how far the kernel clock moved to meet the wall clock.
  .replace(/moved [\d.dhms]+ (?:back|forward) onto the wall clock/g, 'moved <wall offset> onto the wall clock')
  .replace(/"movedMs":-?\d+/g, '"movedMs":<ms>');

describe(`argv fuzz (seed ${SEED}; tools: ${TOOLS.map((t) => t.name).join(', ')})`, () => {
  const base = path.join(tmp.dir, 'base.db');
  let baseKey = '';
  let baseSha = '';

  beforeAll(() => {
    for (const argv of [
      ['net0', 'plumb', '192.168.1.10/24', 'up'],
      ['net0', 'addif', '192.168.1.11/24', 'up'],
      ['net0', 'addif', '10.5.0.1', 'netmask', '255.255.0.0'],
      ['net1', 'plumb'],
      ['net1', 'inet6', 'plumb', 'up'],
      ['net2', 'plumb', '172.16.0.1/16', 'up'],
      ['net2', 'inet6', 'plumb', 'up'],
      ['net2', 'inet6', 'addif', '2001:db8::1/64', 'up'],
    ]) {
      const r = ifconfig(base, argv);
      expect({ argv, code: r.code, err: r.err }).toEqual({ argv, code: 0, err: '' });
    }
    freezeClock(base);
    const names = ifconfig(base, ['-a']).out;
    for (const n of ['net0:1:', 'net0:2:', 'net2:1:']) expect(names).toContain(`\n${n}`);
    baseKey = key(base);
    baseSha = sha(base);
  });

  /** Runs one vector in-process on a fresh copy at `file`; returns the problems found. */
  function check(tool: Tool, v: Vector, file: string, r: Ran | Error): string[] {
    if (r instanceof Error) return [`threw ${r.name}: ${r.message}`];
    const problems = [...outputProblems(r.err), ...tool.extra(r)];
    if (!tool.exits.has(r.code)) problems.push(`exit ${r.code} is not one of ${[...tool.exits].join(', ')}`);
    // The command closed the file: no connection left open, so no live WAL beside it.
    if (fs.existsSync(`${file}-wal`)) problems.push('a -wal file was left behind (connection not closed?)');
    const same = sha(file) === baseSha;
    if (tool.unchanged(v, r)) {
      // Same bytes (and no WAL) is the same state; otherwise compare the canonical dumps.
      if (!same && key(file) !== baseKey) problems.push(`state changed (${v.kind}: ${v.why}; exit ${r.code})`);
      if (tool.name === 'ipmplab' && r.code === 2 && !same) problems.push('usage error, yet the file was written');
    } else if (!same) {
      const d = dumpFile(file);
      problems.push(...stateProblems(d), ...journalProblems(d));
    }
    return problems;
  }

  const report = (tool: ToolName, i: number, v: Vector, r: Ran | Error | undefined, problems: string[], how: string) =>
    `seed ${SEED} ${tool} vector #${i} (${how}) ${showArgv(v.argv)} -> ` +
    `${r instanceof Error || r === undefined ? '' : `exit ${r.code}, stderr ${JSON.stringify(r.err.slice(0, 300))}`}: ${problems.join('; ')}`;

  for (const tool of TOOLS) {
    it(`${tool.name}: ${PER_TOOL} argument vectors in-process`, () => {
      const rng = new Rng(SEED).fork(`${tool.name}-in-process`);
      const file = path.join(tmp.dir, `${tool.name}-work.db`);
      const failures: string[] = [];
      const kinds: Record<string, number> = {};
      const codes: Record<number, number> = {};
      let changed = 0;
      const started = Date.now();
      let dirty = true;
      const slowest: { ms: number; argv: string[] }[] = [];
      const fixed = REGRESSIONS[tool.name];
      for (let i = 0; i < PER_TOOL + fixed.length; i++) {
        const v = i < fixed.length ? fixed[i] : tool.vector(rng, true);
        kinds[v.kind] = (kinds[v.kind] ?? 0) + 1;
        if (dirty) fs.copyFileSync(base, file); // a run that left the bytes as they were needs no fresh copy
        let r: Ran | Error;
        const t0 = performance.now();
        try {
          r = runMain(tool.main, file, v.argv);
        } catch (e) {
          r = e as Error;
        }
        const ms = performance.now() - t0;
        slowest.push({ ms, argv: v.argv });
        slowest.sort((a, b) => b.ms - a.ms).splice(3);
        const problems = check(tool, v, file, r);
        if (!(r instanceof Error) && tool.notOpened(v, r)) {
          // The same argv against a state file that does not exist must leave it not existing.
          const missing = path.join(tmp.dir, 'missing', `${tool.name}-${i}`, 'state.db');
          const again = runMain(tool.main, missing, v.argv);
          if (fs.existsSync(path.dirname(missing))) {
            problems.push(`exit ${again.code} (${again.err.split('\n')[0].slice(0, 80)}), yet a missing state file was created`);
            fs.rmSync(path.dirname(missing), { recursive: true, force: true });
          }
        }
        dirty = fs.existsSync(`${file}-wal`) || sha(file) !== baseSha;
        if (!(r instanceof Error)) {
          codes[r.code] = (codes[r.code] ?? 0) + 1;
          if (dirty) changed++;
        }
        if (problems.length) failures.push(report(tool.name, i, v, r, problems, 'in-process'));
      }
      console.log(`[fuzz] seed=${SEED} ${tool.name}: ${PER_TOOL} vectors ${JSON.stringify(kinds)} exits ${JSON.stringify(codes)} ` +
        `file-changing=${changed} in ${Date.now() - started}ms; slowest: ${slowest.map((x) => `${Math.round(x.ms)}ms ${showArgv(x.argv)}`).join(' ')}`);
      expect(failures.slice(0, SHOW), `${failures.length} of ${PER_TOOL} vectors failed`).toEqual([]);
    });
  }

  it(`${PROCESSES} vectors as real processes through bin/, equal to their in-process runs`, async () => {
    const present = TOOLS.filter((t) => built(t.name));
    const jobs: { tool: Tool; v: Vector; i: number }[] = [];
    present.forEach((tool, n) => {
      const rng = new Rng(SEED).fork(`${tool.name}-process`);
      const count = Math.ceil(PROCESSES / present.length);
      for (let i = 0; jobs.length < (n + 1) * count && i < 10 * count; i++) {
        const v = tool.vector(rng, false);
        if (processSafe(v.argv)) jobs.push({ tool, v, i });
      }
    });
    const failures: string[] = [];
    const fresh = new Set(present.filter((t) => freshBuild(t.name)).map((t) => t.name));
    const bundleTime = (name: string) => fs.statSync(path.join(ROOT, 'dist', `${name}.cjs`)).mtimeMs;
    const bundleTimes = new Map(present.map((t) => [t.name, bundleTime(t.name)]));
    for (const t of present) {
      if (!fresh.has(t.name)) console.warn(`[fuzz] dist/${t.name}.cjs is older than the sources: run node scripts/build.mjs; process/in-process output comparison skipped`);
    }
    const started = Date.now();
    await pool(jobs, 2, async ({ tool, v, i }, j) => {
      const file = path.join(tmp.dir, `process-${j}.db`);
      fs.copyFileSync(base, file);
      const p = await spawnTool(tool.name, file, v.argv);
      const r: Ran = { code: p.status ?? -1, out: p.stdout, err: p.stderr };
      const problems = p.signal ? [`killed by ${p.signal}`] : check(tool, v, file, r);
      // The same argv in-process, on the same path, from the same state (only meaningful when
      // bin/ runs the code under test: others edit the sources while this suite runs).
      fs.copyFileSync(base, file);
      const q = runMain(tool.main, file, v.argv);
      // Others edit and rebuild while this runs: compare only while bin/ still runs these sources.
      if (fresh.has(tool.name) && freshBuild(tool.name) && bundleTime(tool.name) === bundleTimes.get(tool.name)) {
        if (q.code !== r.code) problems.push(`exit ${r.code} as a process, ${q.code} in-process`);
        if (mask(q.out) !== mask(r.out)) problems.push(`stdout differs from the in-process run: ${JSON.stringify(mask(r.out).slice(0, 200))} vs ${JSON.stringify(mask(q.out).slice(0, 200))}`);
        if (mask(q.err) !== mask(r.err)) problems.push(`stderr differs from the in-process run: ${JSON.stringify(r.err.slice(0, 200))} vs ${JSON.stringify(q.err.slice(0, 200))}`);
      }
      if (problems.length) failures.push(report(tool.name, i, v, r, problems, 'process'));
    });
    console.log(`[fuzz] seed=${SEED} processes: ${jobs.length} (${present.map((t) => `${t.name} ${jobs.filter((j) => j.tool === t).length}`).join(', ')}) in ${Date.now() - started}ms`);
    expect(jobs.length).toBeGreaterThanOrEqual(PROCESSES);
    expect(failures.slice(0, SHOW), `${failures.length} of ${jobs.length} failed`).toEqual([]);
  });
});
