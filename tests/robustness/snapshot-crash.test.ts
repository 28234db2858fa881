// Crash safety of `ipmplab snapshot restore`: a real process SIGKILLed at exact points of its
// work on the state file (the preloaded hook pauses it: before the write lock, with the lock
// taken, at the first row written, at the first write to the hosts' files, just before COMMIT,
// after COMMIT). The restore replaces every host's kernel, routes and disk and the lab's hosts,
// segments and cables in one transaction, so after every kill the file holds wholly the lab
// before the restore or wholly the lab after it, passes the integrity check, and the next
// command works at once.
import { describe, it, expect, afterAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { BIN, tempState, toolEnv } from '@ipmplab/test-support';
import { canonical, copyState, dumpFile, integrityProblems, tryWriteLock } from './lib/state';

const HOOK = path.join(__dirname, 'lib', 'crash-hook.cjs');
const tmp = tempState();
afterAll(() => tmp.cleanup());

const POINTS: { at: string; holdsLock: boolean; applied: boolean }[] = [
  { at: 'after-appid-read', holdsLock: false, applied: false },
  { at: 'after-begin', holdsLock: true, applied: false },
  { at: 'mid-write', holdsLock: true, applied: false },
  { at: 'files-write', holdsLock: true, applied: false },
  { at: 'before-commit', holdsLock: true, applied: false },
  { at: 'after-commit', holdsLock: false, applied: true }, // last: the restore is then done
];

const exited = (child: ChildProcess) => new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) resolve({ status: child.exitCode, signal: child.signalCode });
  else child.once('exit', (status, signal) => resolve({ status, signal }));
});

const tool = (file: string, name: string, args: string[]) => {
  const r = spawnSync(path.join(BIN, name), args, { env: toolEnv(file), encoding: 'utf8' });
  expect({ status: r.status, stderr: r.stderr }, `${name} ${args.join(' ')}`).toEqual({ status: 0, stderr: '' });
};

/** The whole file as compared: every table (snapshots included), every host's journal. */
const whole = (file: string) => JSON.stringify(canonical(dumpFile(file)));

describe('snapshot restore killed at each point', () => {
  it('leaves the lab wholly before or wholly after the restore', async () => {
    const file = path.join(tmp.dir, 'crash.db');
    const model = path.join(tmp.dir, 'model.db');
    tool(file, 'ipmplab', ['clock', 'manual', '2030-01-01T00:00:00Z']);
    tool(file, 'ifconfig', ['net0', 'plumb', '192.168.0.1/24', 'up']);
    tool(file, 'route', ['-p', 'add', '10.9.0.0/16', '192.168.0.254']);
    tool(file, 'ipmplab', ['host', 'add', 'b']);
    tool(file, 'ipmplab', ['clock', 'advance', '5s']);
    tool(file, 'ipmplab', ['snapshot', 'save', 'before']);
    // After the snapshot: another route, a file, another host, a segment.
    tool(file, 'route', ['-p', 'add', '10.8.0.0/16', '192.168.0.254']);
    tool(file, 'ifconfig', ['net1', 'plumb', '10.1.0.1/24', 'up']);
    tool(file, 'ipmplab', ['host', 'add', 'c']);
    tool(file, 'ipmplab', ['segment', 'add', 'lan']);
    const before = whole(file);
    copyState(file, model);
    tool(model, 'ipmplab', ['snapshot', 'restore', 'before']);
    const after = whole(model);
    expect(after).not.toBe(before);

    for (const point of POINTS) {
      const what = `snapshot restore killed at ${point.at}`;
      const env = toolEnv(file, { NODE_OPTIONS: `--require ${HOOK}`, CRASH_HOOK_AT: point.at });
      const child = spawn(path.join(BIN, 'ipmplab'), ['snapshot', 'restore', 'before'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      const done = exited(child);
      let stderr = '';
      await new Promise<void>((resolve, reject) => {
        child.stderr!.on('data', (b: Buffer) => {
          stderr += b.toString();
          if (stderr.includes(`CRASH-HOOK-PAUSED ${point.at}`)) resolve();
        });
        void done.then(() => reject(new Error(`${what}: exited before reaching it; stderr: ${stderr}`)));
      });
      expect(tryWriteLock(file, 0), what).toBe(point.holdsLock ? 'busy' : 'free');
      child.kill('SIGKILL');
      expect((await done).signal, what).toBe('SIGKILL');
      expect(integrityProblems(file), what).toEqual([]);
      const now = whole(file);
      expect(now === after ? 'after' : now === before ? 'before' : 'a mix', what).toBe(point.applied ? 'after' : 'before');
      expect(tryWriteLock(file, 2_000), `${what}: write lock after the kill`).toBe('free');
      const next = spawnSync(path.join(BIN, 'ipmplab'), ['snapshot', 'ls'], { env: toolEnv(file), encoding: 'utf8' });
      expect({ status: next.status, stderr: next.stderr }, `${what}: next command`).toEqual({ status: 0, stderr: '' });
    }
  });
});
