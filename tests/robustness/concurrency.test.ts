// Concurrency: 8 real processes x 100 ifconfig commands on one state file, against a serial
// in-process replay of the same commands. Run with ROBUSTNESS_SEED=<n> to repeat a run (ROBUSTNESS_SEED=random for a fresh seed).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { decodeMessage } from '@ipmplab/core/testing';
import { spawn } from 'node:child_process';
import { BIN, tempState, toolEnv, Rng, seedFromEnv, spawnCollect } from '@ipmplab/test-support';
import { canonical, copyState, dumpFile, freezeClock, integrityProblems, journalProblems, stateProblems } from './lib/state';
import type { Dump } from './lib/state';
import { built, ifconfig, loadMain, runMain, outputProblems } from './lib/run';
import { makePlan, scriptOf, parseScriptOutput, checkResults, argvOf, ownPrefix, addrOf, toolOf } from './lib/concurrency-plan';
import type { Plan, OpResult } from './lib/concurrency-plan';
import { parseIfconfigA } from './lib/ifconfig-output';

const SEED = seedFromEnv();
const PROCESSES = 8;
const COMMANDS = 100;
const LINKS = ['net0', 'net1', 'net2', 'net3'];
/** Both files' frozen kernel time, so journal times compare too. */
const FROZEN_AT = Date.UTC(2030, 0, 1);

const tmp = tempState();
afterAll(() => tmp.cleanup());
/** netstat -rn reads join the mix when netstat exists (built and loadable in-process). */
const netstatMain = built('netstat') ? await loadMain('netstat') : undefined;

/** A state with net0..net3 plumbed (unit 0 down, no address) and the clock frozen. */
function prepared(file: string): void {
  for (const link of LINKS) {
    const r = ifconfig(file, [link, 'plumb']);
    if (r.code !== 0) throw new Error(`setup: ifconfig ${link} plumb: ${r.err}`);
  }
  freezeClock(file, 0, FROZEN_AT);
}

/** Own-address messages of process p in journal order: IFA (addr messages) or DST (route messages). */
function ownMessages(d: Dump, p: number): string[] {
  return d.journal
    .filter((e) => {
      const m = decodeMessage(Uint8Array.from(Buffer.from(e.hex, 'hex')));
      const sa = (m.sockaddrs.IFA ?? m.sockaddrs.DST) as { family: string; addr?: string } | undefined;
      return sa?.family === 'inet' && sa.addr!.startsWith(ownPrefix(p));
    })
    .map((e) => e.hex);
}

/** Runs a plan in this process, op by op, with the same argv the script builds. */
function replay(plan: Plan, file: string): OpResult[] {
  const names = new Map<number, string>();
  return plan.ops.map((op) => {
    const argv = argvOf(plan, op, names);
    const r = toolOf(op) === 'netstat' ? runMain(netstatMain!, file, argv) : ifconfig(file, argv);
    if (r.err !== '') throw new Error(`replay p${plan.p} ${argv.join(' ')}: ${r.err}`);
    const res: OpResult = { status: r.code };
    if (op.kind === 'addif') {
      res.name = r.out.trimEnd().replace(/^Created new logical interface /, '');
      names.set(op.slot, res.name);
    }
    if (op.kind === 'read' || op.kind === 'show' || op.kind === 'routes') res.output = r.out.replace(/\n$/, '');
    return res;
  });
}

describe(`concurrency (seed ${SEED})`, () => {
  const rng = new Rng(SEED);
  const plans = Array.from({ length: PROCESSES }, (_, p) => makePlan(rng.fork(`p${p}`), p, LINKS[p % LINKS.length], COMMANDS, !!netstatMain));
  const base = path.join(tmp.dir, 'base.db');
  const shared = path.join(tmp.dir, 'shared.db');
  const serial = path.join(tmp.dir, 'serial.db');

  beforeAll(() => {
    prepared(base);
    copyState(base, shared);
    copyState(base, serial);
  });

  it(`${PROCESSES} processes x ${COMMANDS} commands equal a serial replay`, async () => {
    const started = Date.now();
    const runs = await Promise.all(plans.map((plan) => {
      const errFile = path.join(tmp.dir, `p${plan.p}.err`);
      fs.writeFileSync(errFile, '');
      return spawnCollect('/bin/sh', ['-c', scriptOf(plan, BIN, shared, errFile)], { env: toolEnv(shared), timeoutMs: 540_000 })
        .then((r) => ({ ...r, errText: fs.readFileSync(errFile, 'utf8') }));
    }));
    const concurrentMs = Date.now() - started;

    // Every command ran, exited 0, printed nothing on stderr, and saw its own work.
    const names: Map<number, string>[] = [];
    const problems: string[] = [];
    runs.forEach((r, p) => {
      if (r.status !== 0) problems.push(`p${p}: shell exited ${r.status} ${r.signal ?? ''}`);
      if (r.errText !== '') problems.push(`p${p} stderr: ${r.errText.split('\n').slice(0, 3).join(' | ')}`);
      problems.push(...outputProblems(r.errText).map((x) => `p${p}: ${x}`));
      const parsed = parseScriptOutput(r.stdout, COMMANDS);
      problems.push(...parsed.problems.map((x) => `p${p}: ${x}`));
      const checked = checkResults(plans[p], parsed.results, 'concurrent');
      problems.push(...checked.problems);
      names.push(checked.names);
    });
    expect(problems.slice(0, 15), `seed ${SEED}`).toEqual([]);

    // The same commands, one process after the other, in this process.
    const serialStarted = Date.now();
    for (const plan of plans) {
      const checked = checkResults(plan, replay(plan, serial), 'serial');
      expect(checked.problems.slice(0, 15), `seed ${SEED}: the serial replay itself`).toEqual([]);
    }
    const serialMs = Date.now() - serialStarted;

    const got = dumpFile(shared);
    const want = dumpFile(serial);
    expect(integrityProblems(shared), `seed ${SEED}`).toEqual([]);
    expect(journalProblems(got), `seed ${SEED}`).toEqual([]);
    expect(stateProblems(got), `seed ${SEED}`).toEqual([]);
    expect(got.journal.length, `seed ${SEED}: messages`).toBe(want.journal.length);
    expect(canonical(got, { ignoreUnits: true, journalAsMultiset: true }), `seed ${SEED}: state vs serial replay`)
      .toEqual(canonical(want, { ignoreUnits: true, journalAsMultiset: true }));
    // Each process's own messages were committed in its command order, whatever the interleaving.
    for (let p = 0; p < PROCESSES; p++) {
      expect(ownMessages(want, p).length, `seed ${SEED}: p${p} caused messages`).toBeGreaterThan(0);
      expect(ownMessages(got, p), `seed ${SEED}: p${p}'s messages in order`).toEqual(ownMessages(want, p));
    }
    // The names processes were told are the names their addresses have at the end.
    const final = parseIfconfigA(ifconfig(shared, ['-a']).out);
    for (const plan of plans) {
      const live = plan.after[COMMANDS - 1].live;
      for (const [addr, s] of live) {
        const lif = final.find((l) => l.addr === addr);
        expect(lif?.name, `seed ${SEED}: p${plan.p} ${addr}`).toBe(names[plan.p].get(s.slot));
      }
      expect(final.filter((l) => l.addr.startsWith(ownPrefix(plan.p))).length, `seed ${SEED}: p${plan.p}`).toBe(live.size);
    }

    // Contention figures: logical names that more than one process was handed during the run.
    const handedOut = new Map<string, Set<number>>();
    names.forEach((m, p) => m.forEach((n) => handedOut.set(n, (handedOut.get(n) ?? new Set()).add(p))));
    const sharedNames = [...handedOut.values()].filter((s) => s.size > 1).length;
    const addifs = plans.reduce((n, pl) => n + pl.ops.filter((o) => o.kind === 'addif').length, 0);
    const reads = plans.reduce((n, pl) => n + pl.ops.filter((o) => o.kind === 'read' || o.kind === 'show').length, 0);
    const routeReads = plans.reduce((n, pl) => n + pl.ops.filter((o) => o.kind === 'routes').length, 0);
    console.log(`[concurrency] seed=${SEED} processes=${PROCESSES} commands=${PROCESSES * COMMANDS} (addif ${addifs}, ifconfig reads ${reads}, netstat reads ${routeReads}) ` +
      `journal=${got.journal.length} concurrent=${concurrentMs}ms serial=${serialMs}ms names-shared-between-processes=${sharedNames} ` +
      `final-lifs=${final.length} addr-example=${addrOf(0, 0)}`);
  });

  it('a command that found the new file empty while another one initialised it does not refuse it', async () => {
    // The interleaving the race above hits now and then, made certain: B reads PRAGMA
    // application_id of the still-empty file (0), A then creates, initialises and uses it, and
    // only then does B look at the table list.
    const file = path.join(tmp.dir, 'cold-paused', 'state.db');
    const goFile = path.join(tmp.dir, 'cold-paused-go');
    const env = toolEnv(file, { NODE_OPTIONS: `--require ${path.join(__dirname, 'lib', 'crash-hook.cjs')}`, CRASH_HOOK_AT: 'after-appid-read', CRASH_HOOK_GO: goFile });
    const b = spawn(path.join(BIN, 'ifconfig'), ['--state', file, 'net1', 'plumb', '10.2.0.1/24', 'up'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let bErr = '';
    const bDone = new Promise<number | null>((resolve) => b.on('close', (code) => resolve(code)));
    b.stderr!.on('data', (d: Buffer) => { bErr += d.toString(); });
    for (let waited = 0; !bErr.includes('CRASH-HOOK-PAUSED'); waited += 20) {
      expect(waited, `B never paused: ${bErr}`).toBeLessThan(120_000);
      expect(b.exitCode, `B exited before pausing: ${bErr}`).toBe(null);
      await new Promise((r) => setTimeout(r, 20));
    }
    const a = await spawnCollect(path.join(BIN, 'ifconfig'), ['--state', file, 'net0', 'plumb', '10.1.0.1/24', 'up'], { env: toolEnv(file), timeoutMs: 120_000 });
    expect({ status: a.status, stderr: a.stderr }, 'A').toEqual({ status: 0, stderr: '' });
    fs.writeFileSync(goFile, '');
    const bStatus = await bDone;
    expect({ status: bStatus, stderr: bErr.replace(/^CRASH-HOOK-PAUSED.*\n/m, '') }, 'B').toEqual({ status: 0, stderr: '' });
  });

  it('8 processes racing to create and boot a missing state file', async () => {
    const tool = path.join(BIN, 'ifconfig');
    for (let round = 0; round < 6; round++) {
      const file = path.join(tmp.dir, `cold-${round}`, 'state.db');
      const runs = await Promise.all(Array.from({ length: 8 }, (_, p) => {
        const argv = p < 4 ? [LINKS[p], 'plumb', `10.${p + 1}.0.1/24`, 'up'] : [LINKS[p - 4], 'inet6', 'plumb', 'up'];
        return spawnCollect(tool, ['--state', file, ...argv], { env: toolEnv(file), timeoutMs: 120_000 });
      }));
      runs.forEach((r, p) => {
        expect({ p, round, status: r.status, stderr: r.stderr }, `seed ${SEED}`).toEqual({ p, round, status: 0, stderr: '' });
      });
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      const d = dumpFile(file);
      expect(integrityProblems(file)).toEqual([]);
      expect(journalProblems(d)).toEqual([]);
      expect(stateProblems(d)).toEqual([]);
      const phyints = (d.kernel as { phyints: Record<string, { ills: Record<string, unknown> }> }).phyints;
      expect(Object.keys(phyints).sort()).toEqual(['lo0', ...LINKS]);
      for (const link of LINKS) expect(Object.keys(phyints[link].ills).sort()).toEqual(['inet', 'inet6']);
    }
  });
});
