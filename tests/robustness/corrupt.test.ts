// Files that are not a usable state: every tool refuses them with one line on stderr (no stack
// trace) and a non-zero exit, and leaves them exactly as they were (bytes, mtime, owner, mode,
// and no -wal/-shm/-journal left beside them). Run with ROBUSTNESS_SEED=<n> to repeat a run.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../../packages/core/src/index';
import { ifconfigMain } from '../../packages/ifconfig/src/ifconfig';
import { tempState } from '../lib/tools';
import { Rng, seedFromEnv, showArgv } from './lib/prng';
import { copyState, fingerprint, freezeClock } from './lib/state';
import { built, documentedExits, ifconfig, loadMain, outputProblems, pool, runMain, spawnTool } from './lib/run';
import type { Main } from './lib/run';

const SEED = seedFromEnv();
const tmp = tempState();
afterAll(() => tmp.cleanup());

type Tool = 'ifconfig' | 'ipmplab' | 'netstat';
/** Reads and writes for each tool: a refusal must come before either touches the file. */
const COMMANDS: Record<Tool, string[][]> = {
  ifconfig: [['-a'], ['net0', 'plumb', '10.9.9.9/24', 'up'], ['-a', 'down']],
  ipmplab: [['status'], ['check'], ['init'], ['link', 'net0', 'down']],
  netstat: [['-rn'], ['-in']],
};

const labMain = await loadMain('ipmplab');
const netstatMain = await loadMain('netstat');
const MAINS: Partial<Record<Tool, Main>> = { ifconfig: ifconfigMain, ipmplab: labMain, netstat: netstatMain };
const TOOLS = (['ifconfig', 'ipmplab', 'netstat'] as Tool[]).filter((t) => built(t));

interface Case {
  name: string;
  path: string;
  /** Words the one-line complaint must contain. */
  says: RegExp;
}

describe(`corrupt and foreign state files (seed ${SEED}; tools: ${TOOLS.join(', ')})`, () => {
  const rng = new Rng(SEED);
  const cases: Case[] = [];
  const kernelCases: Case[] = [];
  const dir = (name: string) => {
    const d = path.join(tmp.dir, name);
    fs.mkdirSync(d, { mode: 0o700 });
    return path.join(d, 'state.db');
  };

  beforeAll(() => {
    // A real state with some content, closed (so its WAL is checkpointed into the file).
    const good = path.join(tmp.dir, 'good.db');
    expect(ifconfig(good, ['net0', 'plumb', '192.168.7.1/24', 'up']).code).toBe(0);
    for (let n = 1; n <= 40; n++) expect(ifconfig(good, ['net0', 'addif', `10.7.${n}.1/24`, 'up']).code).toBe(0);
    freezeClock(good);
    const size = fs.statSync(good).size;
    expect(size).toBeGreaterThan(8 * 4096);

    const random = dir('random');
    fs.writeFileSync(random, Buffer.from(Array.from({ length: 16384 }, () => rng.int(256))), { mode: 0o600 });
    cases.push({ name: 'random bytes', path: random, says: /not an ipmplab state file|damaged/ });

    for (const [name, at] of [['half', Math.floor(size / 2)], ['one page short', size - 4096], ['inside the header', 60], ['first page only', 4096]] as const) {
      const t = dir(`truncated-${name.replace(/ /g, '-')}`);
      copyState(good, t);
      fs.truncateSync(t, at);
      cases.push({ name: `truncated state (${name}: ${at} of ${size} bytes)`, path: t, says: /damaged|not an ipmplab state file/ });
    }

    const foreign = dir('foreign');
    const f = new Database(foreign);
    f.exec("CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('ada'), ('grace');");
    f.close();
    cases.push({ name: 'a SQLite file that is not ours', path: foreign, says: /not an ipmplab state file/ });

    const bare = dir('foreign-bare');
    const b = new Database(bare);
    b.pragma('user_version = 7');
    b.close();
    cases.push({ name: 'a SQLite file with no tables, not ours', path: bare, says: /not an ipmplab state file/ });

    const wrongApp = dir('foreign-appid');
    copyState(good, wrongApp);
    const w = new Database(wrongApp);
    w.pragma('application_id = 1234');
    w.close();
    cases.push({ name: 'our tables under another application_id', path: wrongApp, says: /not an ipmplab state file/ });

    const newer = dir('newer');
    copyState(good, newer);
    const nw = new Database(newer);
    nw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    nw.close();
    cases.push({ name: `schema ${SCHEMA_VERSION + 1} (newer than ${SCHEMA_VERSION})`, path: newer, says: /newer/ });

    const missing = dir('missing-table');
    copyState(good, missing);
    const m = new Database(missing);
    m.exec('DROP TABLE routes');
    m.close();
    cases.push({ name: 'our file with a table missing', path: missing, says: /damaged/ });

    const owned = dir('other-owner');
    copyState(good, owned);
    fs.chownSync(owned, 4321, 4321);
    cases.push({ name: 'a state file owned by uid 4321', path: owned, says: /another user|4321/ });

    const d = dir('directory');
    fs.mkdirSync(d);
    fs.writeFileSync(path.join(d, 'keep'), 'x');
    cases.push({ name: 'a directory', path: d, says: /not a regular file/ });

    const fifo = dir('fifo');
    execFileSync('mkfifo', ['-m', '600', fifo]);
    cases.push({ name: 'a named pipe', path: fifo, says: /not a regular file/ });

    // SQLite-valid files of ours whose kernel document is damaged (a separate test below).
    for (const [name, text] of [['not JSON', '{not json'], ['JSON of the wrong shape', '{}']] as const) {
      const k = dir(`kernel-${name.replace(/ /g, '-')}`);
      copyState(good, k);
      const db = new Database(k);
      db.prepare('UPDATE kernel SET state = ? WHERE id = 1').run(text);
      db.close();
      kernelCases.push({ name: `a kernel document that is ${name}`, path: k, says: /damaged|decode/ });
    }

    // Make every mtime distinguishable from "rewritten just now".
    const past = new Date(Date.now() - 3_600_000);
    for (const c of [...cases, ...kernelCases]) fs.utimesSync(c.path, past, past);
  });

  const check = (c: Case, tool: Tool, argv: string[], status: number, stdout: string, stderr: string, before: ReturnType<typeof fingerprint>, how: string, exits: Set<number>) => {
    const what = `${how} ${tool} ${showArgv(argv)} on ${c.name}`;
    expect(outputProblems(stderr), `${what}: ${stderr}`).toEqual([]);
    expect(stderr, `${what}: exactly one line on stderr`).toMatch(/^[^\n]+\n$/);
    expect(stderr.startsWith(`${tool}: `), `${what}: ${stderr}`).toBe(true);
    expect(stderr, what).toMatch(c.says);
    expect(stdout, `${what}: nothing on stdout`).toBe('');
    expect(status, `${what}: exit status`).not.toBe(0);
    expect(exits.has(status), `${what}: exit ${status} is not documented`).toBe(true);
    expect(fingerprint(c.path), `${what}: the file must be left untouched`).toEqual(before);
  };

  /** Every file, tool and command line, as a process and (where the tool loads) in-process. */
  const expectedRuns = (list: Case[]) =>
    list.length * TOOLS.reduce((n, tool) => n + COMMANDS[tool].length * (MAINS[tool] ? 2 : 1), 0);

  const refuseAll = async (list: Case[]) => {
    let runs = 0;
    for (const tool of TOOLS) {
      const exits = await documentedExits(tool);
      const main = MAINS[tool];
      for (const c of list) {
        for (const argv of COMMANDS[tool]) {
          const before = fingerprint(c.path);
          if (main) {
            const r = runMain(main, c.path, argv);
            check(c, tool, argv, r.code, r.out, r.err, before, 'in-process', exits);
            runs++;
          }
        }
      }
      // Two files at a time, but one process at a time per file (so its directory can be compared).
      await pool(list, 2, async (c) => {
        for (const argv of COMMANDS[tool]) {
          const before = fingerprint(c.path);
          const r = await spawnTool(tool, c.path, argv);
          check(c, tool, argv, r.status ?? -1, r.stdout, r.stderr, before, 'process', exits);
          runs++;
        }
      });
    }
    return runs;
  };

  it('every tool refuses each file, in-process and as a real process, and leaves it untouched', async () => {
    const started = Date.now();
    expect(TOOLS.length * cases.length).toBeGreaterThan(0);
    const runs = await refuseAll(cases);
    expect(runs).toBe(expectedRuns(cases));
    console.log(`[corrupt] seed=${SEED} cases=${cases.length} tools=${TOOLS.join(',')} runs=${runs} in ${Date.now() - started}ms`);
  }, 60_000);

  // DESIGN §3: a state file that fails its integrity check is refused with a clear message;
  // `ipmplab check` counts an undecodable kernel document as such a failure.
  it('every tool refuses a state whose kernel document is damaged, without an internal error', async () => {
    expect(TOOLS.length * kernelCases.length).toBeGreaterThan(0);
    expect(await refuseAll(kernelCases)).toBe(expectedRuns(kernelCases));
  }, 60_000);
});
