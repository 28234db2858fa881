// The host failing the state file is the environment, not a bug: a full or read-only file system
// gives one line ("cannot use FILE: No space left on device; nothing was changed"), exit 1, and
// the file, its companions and its directory are left exactly as they were, also when the disk
// fills in the middle of a transaction. Real file systems: small tmpfs mounts made here (we run
// as root), always unmounted afterwards. A refused mount fails the test: it never passes blind.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ifconfigMain } from '../../packages/ifconfig/src/main';
import { BIN, tempState, toolEnv, spawnCollect } from '@ipmplab/test-support';
import { copyState, footprint, freezeClock } from './lib/state';
import { ifconfig, loadMain, outputProblems, runMain } from './lib/run';
import type { Main } from '@ipmplab/test-support';

const tmp = tempState();
const mounts: string[] = [];
const labMain = (await loadMain('ipmplab')) as Main;
const netstatMain = (await loadMain('netstat')) as Main;

/** A tmpfs of `size` at a new directory; throws (failing the suite) when mounting is refused. */
function mountTmpfs(name: string, size: string): string {
  const dir = path.join(tmp.dir, name);
  fs.mkdirSync(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    throw new Error(`cannot mount a tmpfs at ${dir} (this test needs root and mount(8)): ${(e as { stderr?: Buffer }).stderr?.toString() ?? e}`);
  }
  mounts.push(dir);
  return dir;
}

const freeBytes = (dir: string) => {
  const s = fs.statfsSync(dir);
  return s.bfree * s.bsize;
};

/** Fills the file system of `dir` until `leave` bytes are free (0: completely). */
function fill(dir: string, leave: number): void {
  const fd = fs.openSync(path.join(dir, 'filler'), 'w');
  const chunk = Buffer.alloc(4096, 0x55);
  try {
    while (freeBytes(dir) > leave) fs.writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    fs.closeSync(fd);
  }
}

let good = '';
beforeAll(() => {
  good = path.join(tmp.dir, 'good.db');
  expect(ifconfig(good, ['net0', 'plumb', '192.168.7.1/24', 'up']).code).toBe(0);
  freezeClock(good);
});

/** Whether a file system is mounted at `dir` now. */
const mounted = (dir: string) => fs.readFileSync('/proc/self/mounts', 'utf8').split('\n').some((l) => l.split(' ')[1] === dir);

afterAll(() => {
  // Every mount is let go, whatever failed before; a busy one lazily.
  const stuck = mounts.filter((m) => {
    for (const args of [[m], ['-l', m]]) {
      if (!mounted(m)) return false;
      try {
        execFileSync('umount', args, { stdio: 'pipe' });
      } catch {
        // tried lazily next
      }
    }
    return mounted(m);
  });
  if (stuck.length > 0) throw new Error(`could not unmount ${stuck.join(', ')}`);
  tmp.cleanup();
});

/** Reads and writes of several tools, in-process and as processes. */
const MAINS: [string, Main, string[]][] = [
  ['ifconfig', ifconfigMain, ['-a']],
  ['ifconfig', ifconfigMain, ['net0', 'mtu', '1400']],
  ['netstat', netstatMain, ['-rn']],
  ['ipmplab', labMain, ['init']],
  ['ipmplab', labMain, ['check']],
];
const PROCESSES: [string, string[]][] = [
  ['ifconfig', ['net0', 'down']],
  ['route', ['add', '172.16.9.0/24', '192.168.7.9']],
  ['netstat', ['-in']],
  ['ipmplab', ['link', 'net0', 'down']],
];

function expectOneLine(what: string, r: { status: number; stdout: string; stderr: string }, tool: string, line: string) {
  expect(outputProblems(r.stderr), `${what}: ${r.stderr}`).toEqual([]);
  expect(r.stderr, what).toBe(`${tool}: ${line}\n`);
  expect(r.stdout, what).toBe('');
  expect(r.status, what).toBe(1);
}

/** Every command against `file` is refused with `line`, and nothing about it changes. */
async function refusedEverywhere(file: string, line: string): Promise<number> {
  let runs = 0;
  for (const [tool, main, argv] of MAINS) {
    const before = footprint(file);
    const r = runMain(main, file, argv);
    expectOneLine(`in-process ${tool} ${argv.join(' ')}`, { status: r.code, stdout: r.out, stderr: r.err }, tool, line);
    expect(footprint(file), `${tool} ${argv.join(' ')}: nothing touched`).toEqual(before);
    runs++;
  }
  for (const [tool, argv] of PROCESSES) {
    const before = footprint(file);
    const r = await spawnCollect(path.join(BIN, tool), ['--state', file, ...argv], { env: toolEnv(file) });
    expectOneLine(`${tool} ${argv.join(' ')}`, { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }, tool, line);
    expect(footprint(file), `${tool} ${argv.join(' ')}: nothing touched`).toEqual(before);
    runs++;
  }
  return runs;
}

describe('a full file system', () => {
  it('refuses every command before anything is written, and a new state file is not begun', async () => {
    const mnt = mountTmpfs('full', '1m');
    const file = path.join(mnt, 'state.db');
    copyState(good, file);
    fill(mnt, 0);
    expect(freeBytes(mnt)).toBe(0);
    const runs = await refusedEverywhere(file, `cannot use ${file}: No space left on device; nothing was changed`);
    expect(runs).toBe(MAINS.length + PROCESSES.length);

    const fresh = path.join(mnt, 'new', 'lab.db');
    const r = ifconfig(fresh, ['-a']);
    expectOneLine('a new state file', { status: r.code, stdout: r.out, stderr: r.err }, 'ifconfig', `cannot use ${fresh}: No space left on device; nothing was changed`);
    expect(fs.readdirSync(mnt).sort()).toEqual(['filler', 'state.db']);
  });

  it('rolls back a transaction that fills it, leaving the file as it was', async () => {
    const mnt = mountTmpfs('filling', '2m');
    const file = path.join(mnt, 'state.db');
    copyState(good, file);
    fill(mnt, 96 * 1024);
    const batch = path.join(tmp.dir, 'many-routes.txt');
    fs.writeFileSync(batch, Array.from({ length: 3000 }, (_, n) => `route add 10.${n >> 8}.${n & 255}.0/24 192.168.7.9\n`).join(''));
    const before = footprint(file);
    const r = await spawnCollect(path.join(BIN, 'ipmplab'), ['--state', file, 'batch', '--atomic', batch], { env: toolEnv(file) });
    expect(outputProblems(r.stderr), r.stderr).toEqual([]);
    expect(r.stdout, 'the batch ran before the disk filled').toMatch(/^add net 10\.0\.0\.0\/24: gateway 192\.168\.7\.9$/m);
    expect(r.stderr).toBe(`ipmplab: cannot use ${file}: No space left on device; nothing was changed\n`);
    expect(r.status).toBe(1);
    // SQLite made its -wal and -shm for the transaction and removed them at the close, which
    // the directory's mtime shows; everything else is as it was, the entries included.
    const withoutDirTime = (prints: ReturnType<typeof footprint>) => prints.map((p) => (p.path === mnt ? { ...p, mtimeMs: 0 } : p));
    expect(withoutDirTime(footprint(file))).toEqual(withoutDirTime(before));
  });
});

describe('a read-only file system', () => {
  it('refuses every command, reads included (SQLite needs its -shm), and touches nothing', async () => {
    const mnt = mountTmpfs('readonly', '1m');
    const file = path.join(mnt, 'state.db');
    copyState(good, file);
    execFileSync('mount', ['-o', 'remount,ro', mnt], { stdio: 'pipe' });
    const runs = await refusedEverywhere(file, `cannot use ${file}: Read-only file system; nothing was changed`);
    expect(runs).toBe(MAINS.length + PROCESSES.length);

    const fresh = path.join(mnt, 'new', 'lab.db');
    const r = ifconfig(fresh, ['-a']);
    expectOneLine('a new state file', { status: r.code, stdout: r.out, stderr: r.err }, 'ifconfig', `cannot use ${fresh}: Read-only file system; nothing was changed`);
  });
});
