// Readers never wait for writers. Another connection holds the write lock (BEGIN IMMEDIATE, as a
// long command would) while a timer is due (a DAD that fails); netstat -rn, ifconfig -a,
// ipmplab status, ipmplab log and rtmon answer at once from their snapshot, showing what the due
// timer does, and what they show is what the next writer commits.
import { describe, it, expect, afterAll } from 'vitest';
import Database from 'better-sqlite3';
import { must, tempState, runTool } from '@ipmplab/test-support';
import { Rtmon } from '../rtmon/lib';

const tmp = tempState();
afterAll(() => tmp.cleanup());

/** No reader may need the lock: a writer that waits gives up at once instead of after 30 s. */
const NO_WAIT = { IPMPLAB_LOCK_TIMEOUT_MS: '0' };

/** net0:1 is being DAD-checked for an address another host owns; the check is due but not fired. */
function stateWithDueDad(file: string, mode: 'manual' | 'real'): void {
  // A real clock starts in the past, so that the wall clock is past the timers too.
  must(file, 'ipmplab', ['clock', 'manual', mode === 'manual' ? '2030-01-01T00:00:00Z' : '2020-01-01T00:00:00Z']);
  must(file, 'ifconfig', ['net0', 'plumb', '192.168.1.10/24', 'up']);
  must(file, 'ipmplab', ['dad', 'conflict', '192.168.1.20']);
  must(file, 'ifconfig', ['net0', 'addif', '192.168.1.20/24', 'up']);
  // The kernel clock moves past the DAD timers without a command running them (as real time
  // passes while nothing runs).
  const db = new Database(file);
  const state = JSON.parse((db.prepare('SELECT state FROM kernel').get() as { state: string }).state);
  expect(state.timers.map((t: { kind: string }) => t.kind)).toEqual(['dad', 'dad']);
  state.clock = { mode, now: Math.max(...state.timers.map((t: { at: number }) => t.at)) + 1000 };
  db.prepare('UPDATE kernel SET state = ?').run(JSON.stringify(state));
  db.close();
}

/** Holds the write lock the way a long-running command does. */
function holdLock(file: string): { release: () => void } {
  const db = new Database(file);
  db.exec('BEGIN IMMEDIATE');
  return {
    release: () => {
      db.exec('ROLLBACK');
      db.close();
    },
  };
}

const READERS: [string, string[]][] = [
  ['netstat', ['-rn']], ['ifconfig', ['-a']], ['ipmplab', ['status', '--json']], ['ipmplab', ['log']],
  ['ipadm', ['show-addr']], ['ipadm', []], ['dladm', ['show-link']],
];

/**
 * The readers' output; the status's journal position (it moves on commit) and distance to the
 * wall clock (it moves with the wall clock) are taken out.
 */
function readAll(file: string): unknown[] {
  return READERS.map(([tool, args]) => {
    const r = runTool(file, tool, args, NO_WAIT);
    expect(r.stderr, `${tool} ${args.join(' ')}`).toBe('');
    expect(r.status, `${tool} ${args.join(' ')}`).toBe(0);
    if (args[0] !== 'status') return r.stdout;
    const status = JSON.parse(r.stdout);
    delete status.journalSeq;
    delete status.clock.wallOffsetMs;
    return status;
  });
}

describe('readers never wait for writers', () => {
  it('netstat -rn, ifconfig -a, ipmplab status, ipmplab log, ipadm\'s and dladm\'s show sub-commands answer from their snapshot, due timers done', () => {
    const file = `${tmp.dir}/readers.db`;
    stateWithDueDad(file, 'manual');
    const lock = holdLock(file);
    let underLock: unknown[];
    try {
      underLock = readAll(file);
      // A writer, by contrast, cannot run while the lock is held.
      const writer = runTool(file, 'ifconfig', ['net1', 'plumb'], NO_WAIT);
      expect(writer.status).toBe(1);
      expect(writer.stderr).toBe('ifconfig: state file is busy (another command holds it); try again\n');
    } finally {
      lock.release();
    }
    // What the due timer did: the address is a duplicate, its recovery is pending.
    const [, ifconfigA, status, log, showAddr] = underLock as [string, string, { timers: { kind: string }[] }, string, string];
    expect(ifconfigA).toContain('net0:1: flags=4001000842<BROADCAST,RUNNING,MULTICAST,IPv4,DUPLICATE>');
    expect(status.timers.map((t) => t.kind)).toEqual(['dad-recovery']);
    expect(log).toContain('WARNING: net0:1 has duplicate address 192.168.1.20');
    expect(showAddr).toMatch(/duplicate +192\.168\.1\.20\//);
    // The next writer fires the same timers for real: the readers see no difference.
    must(file, 'ipmplab', ['clock', 'manual']);
    expect(readAll(file)).toEqual(underLock);
  });

  it('rtmon starts, dumps the committed state and keeps reading while a writer holds the lock', async () => {
    const file = `${tmp.dir}/rtmon.db`;
    stateWithDueDad(file, 'real');
    const lock = holdLock(file);
    let released = false;
    const r = new Rtmon(file, ['--plain', '-n', '--dump']);
    try {
      // The dump of the state as committed: net0:1 still up, its DAD not yet run.
      await r.waitFor((x) => /RTM_NEWADDR[^]*192\.168\.1\.20/.test(x.out), 15_000, 'the dump');
      expect(r.err).toBe('');
      lock.release();
      released = true;
      // Once the lock is free, rtmon fires the due timers itself: the failed DAD takes the
      // address down, and its messages arrive live.
      await r.waitFor((x) => /RTM_DELADDR[^]*192\.168\.1\.20/.test(x.out), 15_000, 'the DAD failure');
      expect(r.err).toBe('');
    } finally {
      if (!released) lock.release();
      r.proc.kill('SIGTERM');
      await r.exit;
    }
  });
});
