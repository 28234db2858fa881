// Crash safety of ipadm's persistent configuration: real `ipadm create-ip`, `create-addr`,
// `set-ifprop` and `delete-ip` processes SIGKILLed at exact points of their work on the state
// file (a preloaded hook pauses them there: before the write lock, with the lock taken, at the
// first row written, at the first write of ipmgmtd's files, just before COMMIT, after COMMIT).
// ipmgmtd writes /etc/ipadm/ipadm.conf inside the command's transaction, so after every kill
// the file must hold wholly the state before the command or wholly the state after it: the
// kernel, the journal and ipadm.conf all on the same side, never a mix; and the next command
// must work at once.
// Run with ROBUSTNESS_SEED=<n> to repeat a run (ROBUSTNESS_SEED=random for a fresh seed).
import { describe, it, expect, afterAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { BIN, tempState, toolEnv, Rng, seedFromEnv, showArgv, spawnTool } from '@ipmplab/test-support';
import { ipadmMain } from '../../packages/ipadm/src/main';
import { canonical, copyState, dumpFile, freezeClock, integrityProblems, journalProblems, stateProblems, tryWriteLock } from './lib/state';
import { loadMain, runMain } from './lib/run';

const SEED = seedFromEnv();
const HOOK = path.join(__dirname, 'lib', 'crash-hook.cjs');
const IPADM = path.join(BIN, 'ipadm');
const IPADM_CONF = '/etc/ipadm/ipadm.conf';
const ROUNDS = 2;
const tmp = tempState();
afterAll(() => tmp.cleanup());
const labMain = (await loadMain('ipmplab'))!;

interface Point {
  at: string;
  /** files-write: which write to ipmgmtd's files (1, 2, ...). */
  nth?: number;
  holdsLock: boolean;
  applied: boolean;
}

/**
 * Where the process stands when it is killed, and whether its command must then be found
 * applied: before the lock, with it, at the first row, at each of the command's writes to
 * ipmgmtd's files (ipadm.conf or the address-object map: a record at a time), before and after
 * COMMIT.
 */
const pointsFor = (filesWrites: number): Point[] => [
  { at: 'after-appid-read', holdsLock: false, applied: false },
  { at: 'after-begin', holdsLock: true, applied: false },
  { at: 'mid-write', holdsLock: true, applied: false },
  ...Array.from({ length: filesWrites }, (_, i) => ({ at: 'files-write', nth: i + 1, holdsLock: true, applied: false })),
  { at: 'before-commit', holdsLock: true, applied: false },
  { at: 'after-commit', holdsLock: false, applied: true },
];

const exited = (child: ChildProcess) => new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) resolve({ status: child.exitCode, signal: child.signalCode });
  else child.once('exit', (status, signal) => resolve({ status, signal }));
});

/** ipadm.conf as a program reads it (`ipmplab file cat`). */
const confText = (file: string) => {
  const r = runMain(labMain, file, ['file', 'cat', IPADM_CONF]);
  if (r.code !== 0) throw new Error(`ipmplab file cat ${IPADM_CONF}: ${r.err}`);
  return r.out;
};

/** One side of a command: the kernel document, the whole state file, and ipadm.conf's text. */
interface Side {
  kernel: string;
  whole: string;
  conf: string;
}

const sideOf = (file: string): Side => {
  const c = canonical(dumpFile(file)) as { kernel: unknown };
  return { kernel: JSON.stringify(c.kernel), whole: JSON.stringify(c), conf: confText(file) };
};

/**
 * The commands of one round on net1, each changing both the kernel and ipadm.conf: the
 * interface made persistent, a persistent address, a persistent MTU (the values drawn from the
 * seed), the interface deleted with its configuration.
 */
function round(rng: Rng, n: number): string[][] {
  return [
    ['create-ip', 'net1'],
    ['create-addr', '-T', 'static', '-a', `10.1.${n + 1}.${rng.range(1, 254)}/${rng.pick([16, 24, 28])}`, `net1/v4r${n}`],
    ['set-ifprop', '-p', `mtu=${rng.range(1280, 1499)}`, '-m', 'ipv4', 'net1'],
    ['set-ifprop', '-p', `metric=${rng.range(1, 9)}`, '-m', 'ipv4', 'net1'],
    ['delete-ip', 'net1'],
  ];
}

describe(`ipadm crash (seed ${SEED})`, () => {
  const rng = new Rng(SEED);
  const file = path.join(tmp.dir, 'crash.db');
  const modelFile = path.join(tmp.dir, 'model.db');

  /** Starts ipadm with the hook at a point; resolves once the hook announced it. */
  const startAt = async (point: string, argv: string[], what: string, nth = 1) => {
    const env = toolEnv(file, { NODE_OPTIONS: `--require ${HOOK}`, CRASH_HOOK_AT: point, CRASH_HOOK_NTH: String(nth) });
    const child = spawn(IPADM, ['--state', file, ...argv], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const done = exited(child);
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr!.on('data', (b: Buffer) => {
        stderr += b.toString();
        if (stderr.includes(`CRASH-HOOK-PAUSED ${point}`)) resolve();
      });
      void done.then(() => reject(new Error(`${what}: exited before reaching ${point}; stderr: ${stderr}`)));
    });
    return { child, done };
  };

  it('SIGKILL at each point of ipadm commands that change ipadm.conf', async () => {
    // A host with net0 configured persistently, so ipadm.conf holds other records too.
    for (const argv of [['create-ip', 'net0'], ['create-addr', '-T', 'static', '-a', '192.168.0.1/24', 'net0/v4']]) {
      const r = runMain(ipadmMain, file, argv);
      expect({ code: r.code, err: r.err }, showArgv(argv)).toEqual({ code: 0, err: '' });
    }
    freezeClock(file);
    const counts: Record<string, number> = {};
    const started = Date.now();
    for (let n = 0; n < ROUNDS; n++) {
      for (const argv of round(rng.fork(`round${n}`), n)) {
        // The two allowed outcomes: the file as it is, and the command run to its end on a copy
        // of it (by a real process, which counts the command's writes to ipmgmtd's files).
        const before = sideOf(file);
        copyState(file, modelFile);
        const ran = spawnSync(IPADM, ['--state', modelFile, ...argv], {
          env: toolEnv(modelFile, { NODE_OPTIONS: `--require ${HOOK}`, CRASH_HOOK_AT: 'count-files-write' }), encoding: 'utf8',
        });
        const filesWrites = ran.stderr.split('CRASH-HOOK-FILES-WRITE\n').length - 1;
        expect({ status: ran.status, stderr: ran.stderr.replaceAll('CRASH-HOOK-FILES-WRITE\n', '') }, `seed ${SEED}: ${showArgv(argv)} on the model`)
          .toEqual({ status: 0, stderr: '' });
        expect(filesWrites, `seed ${SEED}: ${showArgv(argv)} writes ipmgmtd's files`).toBeGreaterThan(0);
        const after = sideOf(modelFile);
        expect(after.conf, `seed ${SEED}: ${showArgv(argv)} changes ipadm.conf`).not.toBe(before.conf);
        expect(after.kernel, `seed ${SEED}: ${showArgv(argv)} changes the kernel`).not.toBe(before.kernel);

        for (const point of pointsFor(filesWrites)) {
          const where = point.nth ? `${point.at} ${point.nth}/${filesWrites}` : point.at;
          const what = `seed ${SEED} round ${n} ipadm ${showArgv(argv)} killed at ${where}`;
          const { child, done } = await startAt(point.at, argv, what, point.nth);
          // The paused process really holds the write lock (or, before BEGIN and after COMMIT, does not).
          expect(tryWriteLock(file, 0), what).toBe(point.holdsLock ? 'busy' : 'free');
          child.kill('SIGKILL');
          expect((await done).signal, what).toBe('SIGKILL');
          counts[where] = (counts[where] ?? 0) + 1;

          expect(integrityProblems(file), what).toEqual([]);
          const d = dumpFile(file);
          expect(journalProblems(d), what).toEqual([]);
          expect(stateProblems(d), what).toEqual([]);
          const now = sideOf(file);
          const side = (pick: (s: Side) => string) => (pick(now) === pick(after) ? 'after' : pick(now) === pick(before) ? 'before' : 'a mix');
          // ipadm.conf, the kernel and the whole file (journal, every other file) agree on one side.
          const want = point.applied ? 'after' : 'before';
          expect({ conf: side((s) => s.conf), kernel: side((s) => s.kernel), whole: side((s) => s.whole) }, what)
            .toEqual({ conf: want, kernel: want, whole: want });
          // The next command finds no stale lock and works.
          expect(tryWriteLock(file, 2_000), `${what}: write lock after the kill`).toBe('free');
          const next = runMain(ipadmMain, file, ['show-if']);
          expect({ code: next.code, err: next.err }, `${what}: next command`).toEqual({ code: 0, err: '' });
        }
      }
    }
    // Every point of every command was reached and killed there.
    for (const at of ['after-appid-read', 'after-begin', 'mid-write', 'files-write 1/2', 'files-write 1/1', 'before-commit', 'after-commit']) {
      expect(counts[at], `${at} kills`).toBeGreaterThan(0);
    }
    expect(counts['after-commit']).toBe(ROUNDS * 5);
    // The file still works for a real process, and holds what the last round left: net0 only.
    const r = await spawnTool('ipadm', file, ['show-if', '-o', 'ifname,persistent']);
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
      status: 0, stdout: 'IFNAME     PERSISTENT\nlo0        ---\nnet0       -46\n', stderr: '',
    });
    console.log(`[ipadm-crash] seed=${SEED} paused kills: ${JSON.stringify(counts)} in ${Date.now() - started}ms`);
  });
});
