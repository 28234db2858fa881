// A writer that has to wait for another command says whom it waits for (pid, command line,
// since when), and when it gives up, says who held the state and for how long. The waiting
// threshold and the timeout are injected, so nothing here depends on timing: the lock is held
// for as long as the tool runs.
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { openState } from '@ipmplab/core/testing';
import { takeWriteLock, commandLine, holderPath } from '@ipmplab/core/testing';
import { transact } from '@ipmplab/core/testing';
import { tempState, runTool } from '@ipmplab/test-support';

const tmp = tempState();
afterAll(() => tmp.cleanup());

/** Say whom we wait for at once, give up after a short wait. */
const IMPATIENT = { IPMPLAB_LOCK_NOTICE_MS: '0', IPMPLAB_LOCK_TIMEOUT_MS: '100' };

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

describe('waiting for the lock', () => {
  it('names the holder while waiting and when giving up; nothing is changed', () => {
    const file = `${tmp.dir}/wait.db`;
    const since = Date.now() - 90_000;
    const holder = openState(file);
    transact(holder, () => undefined); // a first command: the holder record exists from then on
    takeWriteLock(holder, undefined, () => since);
    let r;
    try {
      r = runTool(file, 'ifconfig', ['net1', 'plumb'], IMPATIENT);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    const who = `pid ${process.pid} (${commandLine()})`;
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe(`ifconfig: waiting for ${who}, which has held ${file} since ${iso(since)}`);
    expect(lines[1]).toMatch(new RegExp(`^ifconfig: state file is busy: ${who.replace(/[()]/g, '\\$&')} has held it since ${iso(since)} \\(9\\d s\\); try again$`));
    expect(lines.slice(2)).toEqual(['']);
    expect(r.status).toBe(1);
    expect(runTool(file, 'ifconfig', ['net1']).stderr).toBe('ifconfig: status: SIOCGLIFFLAGS: net1: no such interface\n');
  });

  it('a holder that did not say who it is, or has gone, is "another command"; its words are shown visibly', () => {
    const file = `${tmp.dir}/unknown.db`;
    openState(file).close();
    const raw = new Database(file);
    raw.exec('BEGIN IMMEDIATE');
    try {
      const r = runTool(file, 'route', ['add', '10.9.0.0/16', '127.0.0.1'], IMPATIENT);
      expect(r.stderr).toBe(
        `route: waiting for another command, which holds ${file}\n` +
        'route: state file is busy (another command holds it); try again\n');
      expect(r.status).toBe(1);
      fs.writeFileSync(holderPath(file), JSON.stringify({ pid: process.pid, command: 'evil \u001b[2J\u009b', since: 0 }).padEnd(1024));
      const shown = runTool(file, 'ifconfig', ['net1', 'plumb'], IMPATIENT);
      expect(shown.stderr.split('\n')[0]).toBe(`ifconfig: waiting for pid ${process.pid} (evil ^[[2J\\302\\233), which has held ${file} since 1970-01-01T00:00:00Z`);
    } finally {
      raw.exec('ROLLBACK');
      raw.close();
    }
  });
});
