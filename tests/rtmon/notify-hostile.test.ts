// A writer's commit notification (core store/notify.ts) never blocks, fails or redirects a
// writer, whatever sits where the notification file belongs: it is only a hint to readers, and
// the file is not the writer's to trust. Each case commits a route and checks the commit went
// through and nothing outside the file was touched; a writer that blocked would hang the test
// until its deadline, and fail it.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, it, expect, afterEach } from 'vitest';
import { RTM, RTF, ZERO_METRICS, transact, rtsWrite, openRtSocket, encodeMessage, openState, lastSeq } from '@ipmplab/core/testing';
import { BIN, tempState, toolEnv } from '@ipmplab/test-support';

const OTHER_UID = 4242;
const OLD = 1_000_000; // an mtime in 1970, in seconds: a touch would move it

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.reverse()) c();
  cleanups = [];
});

function fresh(): { dir: string; file: string; notify: string } {
  const t = tempState('notify');
  cleanups.push(() => t.cleanup());
  return { dir: t.dir, file: t.file, notify: `${t.file}-notify` };
}

/** A file outside the state's companions, with an old mtime that a touch would change. */
function victim(dir: string): string {
  const v = path.join(dir, 'victim');
  fs.writeFileSync(v, 'untouched\n');
  fs.utimesSync(v, OLD, OLD);
  return v;
}

const mtime = (p: string) => fs.statSync(p).mtimeMs;

/** One committed route add, in this process; returns the journal's growth. */
function commitRoute(file: string, i = 1): number {
  const db = openState(file);
  try {
    transact(db, () => undefined);
    const before = lastSeq(db, 1);
    const sock = openRtSocket(process.pid);
    const msg = encodeMessage({
      header: 'rt', type: RTM.ADD, index: 0, flags: RTF.GATEWAY | RTF.STATIC, pid: 0, seq: i, errno: 0, use: 0, inits: 0, metrics: { ...ZERO_METRICS },
      sockaddrs: { DST: { family: 'inet', addr: `10.${i}.0.0` }, GATEWAY: { family: 'inet', addr: '127.0.0.1' }, NETMASK: { family: 'inet', addr: '255.255.0.0' } },
    });
    expect(transact(db, (k) => rtsWrite(k, sock, msg)).errno).toBe(0);
    return lastSeq(db, 1) - before;
  } finally {
    db.close();
  }
}

describe('the commit notification against what may sit in its place', () => {
  it('a symbolic link to another file: not followed, the file keeps its time', () => {
    const { dir, file, notify } = fresh();
    const v = victim(dir);
    fs.symlinkSync(v, notify);
    expect(commitRoute(file)).toBe(1);
    expect(mtime(v)).toBe(OLD * 1000);
    expect(fs.readFileSync(v, 'utf8')).toBe('untouched\n');
  });

  it('a dangling symbolic link: nothing is created at its target', () => {
    const { dir, file, notify } = fresh();
    fs.symlinkSync(path.join(dir, 'nowhere'), notify);
    expect(commitRoute(file)).toBe(1);
    expect(fs.existsSync(path.join(dir, 'nowhere'))).toBe(false);
  });

  it('a hard link to another file: left alone', () => {
    const { dir, file, notify } = fresh();
    const v = victim(dir);
    fs.linkSync(v, notify);
    expect(commitRoute(file)).toBe(1);
    expect(mtime(v)).toBe(OLD * 1000);
  });

  it('a FIFO nobody reads, and a directory: the writer neither blocks nor fails', () => {
    const { file, notify } = fresh();
    expect(spawnSync('mkfifo', [notify]).status).toBe(0);
    expect(commitRoute(file, 1)).toBe(1);
    expect(fs.lstatSync(notify).isFIFO()).toBe(true);
    fs.rmSync(notify);
    fs.mkdirSync(notify);
    expect(commitRoute(file, 2)).toBe(1);
  });

  it.runIf(process.geteuid?.() === 0)("another user's file: left alone", () => {
    const { file, notify } = fresh();
    fs.writeFileSync(notify, '');
    fs.utimesSync(notify, OLD, OLD);
    fs.chownSync(notify, OTHER_UID, OTHER_UID);
    expect(commitRoute(file)).toBe(1);
    expect(mtime(notify)).toBe(OLD * 1000);
  });

  it('route(8) as a process, with a FIFO nobody reads in place: it adds the route and exits', () => {
    const { file, notify } = fresh();
    const env = toolEnv(file);
    expect(spawnSync(path.join(BIN, 'ifconfig'), ['-a'], { env }).status).toBe(0);
    expect(spawnSync('mkfifo', [notify]).status).toBe(0);
    const r = spawnSync(path.join(BIN, 'route'), ['-n', 'add', '10.5.0.0/16', '127.0.0.1'], { env, encoding: 'utf8', timeout: 20_000 });
    expect({ status: r.status, signal: r.signal, stdout: r.stdout }).toEqual({ status: 0, signal: null, stdout: 'add net 10.5.0.0/16: gateway 127.0.0.1\n' });
  });

  it('a regular file of ours: touched, so that readers wake', () => {
    const { file, notify } = fresh();
    fs.writeFileSync(notify, '');
    fs.utimesSync(notify, OLD, OLD);
    expect(commitRoute(file)).toBe(1);
    expect(mtime(notify)).toBeGreaterThan(OLD * 1000);
  });
});
