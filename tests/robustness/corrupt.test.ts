// Files that are not a usable state: every tool refuses them with one line on stderr naming the
// file (no stack trace, no internal error) and a non-zero exit, and leaves them exactly as they
// were (bytes, mtime, owner, mode, and no -wal/-shm/-journal left beside them); `ipmplab check`
// reports the damage as its result. Run with ROBUSTNESS_SEED=<n> to repeat a run (ROBUSTNESS_SEED=random for a fresh seed).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '@ipmplab/core/testing';
import { FULL_CHECK_PAGES } from '@ipmplab/core/testing';
import { ifconfigMain } from '../../packages/ifconfig/src/main';
import { tempState, Rng, seedFromEnv, showArgv, spawnTool } from '@ipmplab/test-support';
import { copyState, fingerprint, freezeClock, overwritePages, pagesInUse } from './lib/state';
import { built, documentedExits, ifconfig, loadMain, outputProblems, pool, runMain } from './lib/run';
import type { Main } from '@ipmplab/test-support';

const SEED = seedFromEnv();
const tmp = tempState();
afterAll(() => tmp.cleanup());

type Tool = 'ifconfig' | 'ipmplab' | 'netstat' | 'route';
/** Reads and writes for each tool: a refusal must come before either touches the file. */
const COMMANDS: Record<Tool, string[][]> = {
  ifconfig: [['-a'], ['net0', 'plumb', '10.9.9.9/24', 'up'], ['-a', 'down']],
  ipmplab: [['status'], ['check'], ['init'], ['link', 'net0', 'down']],
  netstat: [['-rn'], ['-in']],
  route: [['add', '172.16.99.0/24', '192.168.7.9']],
};

/** Commands that read net0's interface route (192.168.7.0/24): the gateway's lookup, a dump, the routes net0 owns. */
const ROUTE_COMMANDS: Record<Tool, string[][]> = {
  ifconfig: [['net0', 'down']],
  ipmplab: [['check']],
  netstat: [['-rn']],
  route: [['add', '172.16.99.0/24', '192.168.7.9'], ['-n', 'get', '192.168.7.5']],
};

const labMain = await loadMain('ipmplab');
const netstatMain = await loadMain('netstat');
const MAINS: Partial<Record<Tool, Main>> = { ifconfig: ifconfigMain, ipmplab: labMain, netstat: netstatMain };
const TOOLS = (['ifconfig', 'ipmplab', 'netstat', 'route'] as Tool[]).filter((t) => built(t));
/** route's statuses are errnos; a refused state file is the guard's 1. */
const exitsOf = async (tool: Tool) => (tool === 'route' ? new Set([1]) : documentedExits(tool));

interface Case {
  name: string;
  path: string;
  /** Words the one-line complaint must contain. */
  says: RegExp;
}

describe(`corrupt and foreign state files (seed ${SEED}; tools: ${TOOLS.join(', ')})`, () => {
  const rng = new Rng(SEED);
  const cases: Case[] = [];
  /** Our own files with pages overwritten (a separate test below). */
  const pageCases: Case[] = [];
  const kernelCases: Case[] = [];
  const routeCases: Case[] = [];
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

    // Pages overwritten with random bytes (the file as a failing disk leaves it): pages picked
    // at random, and the first page of each kind of table. Every page counts: a VACUUMed copy
    // has no free pages. SQLite keeps no checksums: the check every open makes finds these.
    const vacuumed = path.join(tmp.dir, 'vacuumed.db');
    copyState(good, vacuumed);
    const v = new Database(vacuumed);
    v.exec('VACUUM');
    v.close();
    const used = pagesInUse(vacuumed).filter((p) => p.pageno > 1);
    const damage = (name: string, pages: number[]) => {
      const t = dir(`pages-${name}`);
      copyState(vacuumed, t);
      overwritePages(t, pages, () => rng.int(256));
      pageCases.push({ name: `pages ${pages.join(', ')} overwritten (${name})`, path: t, says: /damaged|malformed/ });
    };
    const picked = new Set<number>();
    while (picked.size < 3) picked.add(used[rng.int(used.length)].pageno);
    damage('random', [...picked].sort((a, b) => a - b));
    for (const table of ['kernel', 'routes', 'routes_by_owner', 'journal', 'files', 'sqlite_schema']) {
      const page = used.find((p) => p.name === table);
      if (page) damage(table, [page.pageno]);
    }

    // A file too big for the whole check on every open: the tables every command reads are
    // still checked (a damaged host-files page is refused by ifconfig -a, which never reads it).
    const big = path.join(tmp.dir, 'big.db');
    copyState(good, big);
    const batch = path.join(tmp.dir, 'routes.txt');
    fs.writeFileSync(batch, Array.from({ length: 4000 }, (_, n) => `route add 10.200.${n >> 8}.${n & 255}/32 192.168.7.9\n`).join(''));
    expect(runMain(labMain!, big, ['batch', '--atomic', batch]).code).toBe(0);
    const bigPages = pagesInUse(big);
    expect(bigPages.length).toBeGreaterThan(FULL_CHECK_PAGES);
    for (const table of ['files', 'meta', 'kernel']) {
      const t = dir(`big-${table}`);
      copyState(big, t);
      overwritePages(t, [bigPages.find((p) => p.name === table)!.pageno], () => rng.int(256));
      pageCases.push({ name: `a ${bigPages.length}-page file with its ${table} page overwritten`, path: t, says: /damaged|malformed/ });
    }

    // SQLite-valid files of ours whose kernel document is damaged (a separate test below).
    const goodDoc = (() => {
      const db = new Database(good, { readonly: true });
      const text = (db.prepare('SELECT state FROM kernel WHERE host = 1').get() as { state: string }).state;
      db.close();
      return text;
    })();
    type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const malformed: [string, (d: Doc) => unknown][] = [
      ['a phyint set to null', (d) => (d.phyints.net0 = null)],
      ['an ipif list that is not a list', (d) => (d.phyints.net0.ills.inet.ipifs = { 0: 'x' })],
      ['flags that are a plain number', (d) => (d.phyints.net0.ills.inet.ipifs[0].flags = 4099)],
      ['a timer that is null', (d) => d.timers.push(null)],
      ['a clock without its time', (d) => delete d.clock.now],
      ['typeOrder.inet6 a string', (d) => (d.typeOrder.inet6 = 'net')],
      ['a datalink without its mtu', (d) => delete d.links.net0.mtu],
      ['in.mpathd with no interface table', (d) => (d.mpathd = { running: true, phyints: null })],
      ['a group whose members are not names', (d) => (d.groups = { g: { name: 'g', ifname: 'ipmp0', serial: 1, members: [null], active: {}, nominee: {}, bindings: {} } })],
      ['a log line of an unknown level', (d) => d.log.push({ at: 0, level: 'PANIC', text: 'x' })],
    ];
    const texts: [string, string][] = [
      ['not JSON', '{not json'],
      ['JSON of the wrong shape', '{}'],
      ['JSON null', 'null'],
      ...malformed.map(([name, change]): [string, string] => {
        const d = JSON.parse(goodDoc) as Doc;
        change(d);
        return [name, JSON.stringify(d)];
      }),
    ];
    for (const [name, text] of texts) {
      const k = dir(`kernel-${name.replace(/[^a-z0-9]+/gi, '-')}`);
      copyState(good, k);
      const db = new Database(k);
      db.prepare('UPDATE kernel SET state = ? WHERE host = 1').run(text);
      db.close();
      kernelCases.push({ name: `a kernel document that is ${name}`, path: k, says: /damaged|decode/ });
    }

    // Routes no kernel writes, as a hand edit leaves them: net0's interface route 192.168.7.0/24,
    // which each command of ROUTE_COMMANDS reads (a dump reads no extra attributes: their damage
    // is store/route-row-check.test.ts's).
    const routeDamage: [string, string][] = [
      ['a gateway with a terminal escape', "gateway = '192.168.7.1' || char(27) || '[31m'"],
      ['a destination that is no address', "dst_text = 'junk'"],
      ['an unknown type', "type = 'weird'"],
      ['flags stored as text', "flags = 'abc'"],
      ['an interface name with a newline', "ifname = 'net' || char(10) || '0'"],
    ];
    for (const [name, set] of routeDamage) {
      const r = dir(`route-${name.replace(/[^a-z0-9]+/gi, '-')}`);
      copyState(good, r);
      const db = new Database(r);
      expect(db.prepare(`UPDATE routes SET ${set} WHERE host = 1 AND dst_text = '192.168.7.0' AND plen = 24`).run().changes).toBe(1);
      db.close();
      // In-process runs after the first say "a check failed earlier": the process remembers.
      routeCases.push({ name: `a route with ${name}`, path: r, says: /damaged|route \d+ of the route table has a malformed/ });
    }

    // Make every mtime distinguishable from "rewritten just now".
    const past = new Date(Date.now() - 3_600_000);
    for (const c of [...cases, ...pageCases, ...kernelCases, ...routeCases]) fs.utimesSync(c.path, past, past);
  });

  const check = (c: Case, tool: Tool, argv: string[], status: number, stdout: string, stderr: string, before: ReturnType<typeof fingerprint>, how: string, exits: Set<number>) => {
    const what = `${how} ${tool} ${showArgv(argv)} on ${c.name}`;
    expect(outputProblems(stderr), `${what}: ${stderr}`).toEqual([]);
    expect(stderr, `${what}: exactly one line on stderr`).toMatch(/^[^\n]+\n$/);
    expect(stderr.startsWith(`${tool}: `), `${what}: ${stderr}`).toBe(true);
    expect(stderr, what).toMatch(c.says);
    expect(stderr, `${what}: the line names the file`).toContain(c.path);
    expect(stdout, `${what}: nothing on stdout`).toBe('');
    expect(status, `${what}: exit status`).not.toBe(0);
    expect(exits.has(status), `${what}: exit ${status} is not documented`).toBe(true);
    expect(fingerprint(c.path), `${what}: the file must be left untouched`).toEqual(before);
  };

  /** Every file, tool and command line, as a process and (where the tool loads) in-process. */
  const expectedRuns = (list: Case[], commands = COMMANDS) =>
    list.length * TOOLS.reduce((n, tool) => n + commands[tool].length * (MAINS[tool] ? 2 : 1), 0);

  const refuseAll = async (list: Case[], commands = COMMANDS) => {
    let runs = 0;
    for (const tool of TOOLS) {
      const exits = await exitsOf(tool);
      const main = MAINS[tool];
      for (const c of list) {
        for (const argv of commands[tool]) {
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
        for (const argv of commands[tool]) {
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
  });

  // SQLite keeps no page checksums: the check every open makes (the whole file when it is small,
  // the tables every command reads when it is big) finds what a failing disk wrote, and
  // `ipmplab check` reports it as its result, not as an internal error.
  it('every tool refuses a file with pages overwritten, and ipmplab check reports it (exit 1)', async () => {
    expect(TOOLS.length * pageCases.length).toBeGreaterThan(0);
    expect(await refuseAll(pageCases)).toBe(expectedRuns(pageCases));
  });

  // DESIGN §3: a state file that fails its integrity check is refused with a clear message;
  // `ipmplab check` counts an undecodable kernel document as such a failure.
  it('every tool refuses a state whose kernel document is damaged, without an internal error', async () => {
    expect(TOOLS.length * kernelCases.length).toBeGreaterThan(0);
    expect(await refuseAll(kernelCases)).toBe(expectedRuns(kernelCases));
  });

  // A route row is read as the kernel wrote it or not at all: a command that reads a malformed
  // one refuses the file (not an internal error on an address that does not parse, nor the
  // row's bytes on the terminal), and `ipmplab check` names it.
  it('every command that reads a malformed route refuses the file, and ipmplab check names the route', async () => {
    expect(TOOLS.length * routeCases.length).toBeGreaterThan(0);
    expect(await refuseAll(routeCases, ROUTE_COMMANDS)).toBe(expectedRuns(routeCases, ROUTE_COMMANDS));
    for (const c of routeCases) {
      const dump = await spawnTool('netstat', c.path, ['-rn']);
      expect(dump.stderr, c.name).toMatch(/^netstat: \S+ is damaged \(route \d+ of the route table has a malformed (gateway|destination|type|flags|interface)\); it was left untouched\n$/);
      const check = await spawnTool('ipmplab', c.path, ['check']);
      expect(check.stderr, c.name).toMatch(/^ipmplab: \S+: route \d+ of the route table has a malformed [a-z ]+\n$/);
    }
  });
});
