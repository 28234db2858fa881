// The write lock's holder record: written while a transaction holds the lock, let go before it
// commits or rolls back, ignored when the process that wrote it is gone; a writer that cannot
// have the lock hears who has it, and gives up with that.
import { describe, it, expect, afterEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { openState } from './open';
import { tempStateFiles } from '@ipmplab/test-support';
import { transact, tryTransact } from './transaction';
import { readHolder, holderPath, commandLine, programName, takeWriteLock, StateBusyError } from './lock';
import type { LockHolder } from './lock';

const temp = tempStateFiles('ipmplab-lock');
const stateFile = temp.file;
afterEach(temp.cleanup);

describe('the write lock', () => {
  it('names its holder while a transaction runs, and nobody once it is over', () => {
    const file = stateFile();
    const db = openState(file);
    // The record is made by the first command that commits (one that is refused leaves none).
    expect(transact(db, () => fs.existsSync(holderPath(file)))).toBe(false);
    expect(fs.statSync(holderPath(file)).mode & 0o777).toBe(0o600);
    const t0 = 1_900_000_000_000;
    const seen = transact(db, () => readHolder(file), { realNow: () => t0 });
    expect(seen).toEqual({ pid: process.pid, command: commandLine(), since: t0 });
    expect(readHolder(file)).toBeUndefined();
    // A transaction that fails lets go of it too.
    expect(() => transact(db, () => {
      throw new Error('no');
    })).toThrow('no');
    expect(readHolder(file)).toBeUndefined();
    db.close();
  });

  it('a record left by a process that is gone names nobody', () => {
    const file = stateFile();
    openState(file).close();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    fs.writeFileSync(holderPath(file), JSON.stringify({ pid: dead, command: 'route -n flush', since: 1 }).padEnd(1024));
    expect(readHolder(file)).toBeUndefined();
    fs.writeFileSync(holderPath(file), JSON.stringify({ pid: process.pid, command: 'route -n flush', since: 1 }).padEnd(1024));
    expect(readHolder(file)).toEqual({ pid: process.pid, command: 'route -n flush', since: 1 });
    fs.writeFileSync(holderPath(file), '{"pid": 1, "com');
    expect(readHolder(file)).toBeUndefined();
  });

  it('a writer that has to wait hears who holds the lock, then gives up saying so; nothing is done', () => {
    const file = stateFile();
    const holderDb = openState(file);
    const waiterDb = openState(file);
    transact(holderDb, () => undefined);
    const busyTimeout = waiterDb.pragma('busy_timeout', { simple: true });
    takeWriteLock(holderDb, undefined, () => 1_900_000_000_000);
    try {
      const heard: (LockHolder | undefined)[] = [];
      let error: unknown;
      try {
        transact(waiterDb, () => {
          throw new Error('must not run');
        }, { wait: { timeoutMs: 50, noticeMs: 0, onWait: (h) => heard.push(h) } });
      } catch (e) {
        error = e;
      }
      const me = { pid: process.pid, command: commandLine(), since: 1_900_000_000_000 };
      expect(heard).toEqual([me]);
      expect(error).toBeInstanceOf(StateBusyError);
      expect((error as StateBusyError).holder).toEqual(me);
      expect((error as StateBusyError).code).toBe('SQLITE_BUSY');
      // Without waiting at all: nothing done, nothing said.
      expect(tryTransact(waiterDb, () => 'ran')).toBeUndefined();
    } finally {
      holderDb.exec('ROLLBACK');
    }
    expect(tryTransact(waiterDb, () => 'ran')).toEqual({ value: 'ran' });
    // The connection's own busy timeout is back as it was.
    expect(waiterDb.pragma('busy_timeout', { simple: true })).toBe(busyTimeout);
    holderDb.close();
    waiterDb.close();
  });

  it('records any command line in 1,024 bytes of ASCII, cut when long, and reads it back', () => {
    const file = stateFile();
    const db = openState(file);
    transact(db, () => undefined);
    const argv = process.argv;
    try {
      for (const args of [['net0', 'ñame', '✓', '😀', 'tab\there'], Array.from({ length: 300 }, (_, i) => `ärg${i}😀`)]) {
        process.argv = [argv[0], '/opt/ipmplab/bin/ifconfig', ...args];
        const seen = transact(db, () => ({ raw: fs.readFileSync(holderPath(file)), holder: readHolder(file) }), { realNow: () => 5 });
        expect(seen.raw.length).toBe(1024);
        expect(seen.raw.every((b) => b < 0x80)).toBe(true);
        const whole = ['ifconfig', ...args].join(' ');
        expect(seen.holder).toMatchObject({ pid: process.pid, since: 5 });
        if (args.length < 10) expect(seen.holder!.command).toBe(whole);
        else expect(seen.holder!.command.length).toBeGreaterThan(100);
        expect(whole.startsWith(seen.holder!.command)).toBe(true);
      }
    } finally {
      process.argv = argv;
    }
    db.close();
  });

  it.each([
    [['/usr/bin/node', '/opt/ipmplab/bin/route'], 'route'],
    [['/usr/bin/node', '/opt/ipmplab/dist/ifconfig.cjs'], 'ifconfig'],
    [['/usr/bin/node', 'x.mjs'], 'x'],
    [['/usr/bin/node', '/a/b.js.d/ipmplab'], 'ipmplab'],
    [['/usr/bin/node'], 'node'],
    [[], ''],
  ])('the program of %j is %j', (argv, name) => {
    expect(programName(argv)).toBe(name);
  });
});
