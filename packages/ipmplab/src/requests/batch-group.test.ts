// A batch without --atomic commits its lines in groups: the same output, exit status, kernel,
// routes, disk and journal as when each line commits on its own, whatever the groups' bounds,
// and a group given up (a line that failed with an exception, more output than a group holds)
// is run again line by line with nothing of it committed or printed twice.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openSession } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import Database from 'better-sqlite3';
import { withDb } from '@ipmplab/test-support';
import { labMain } from '../main';
import { runBatch } from './batch';
import type { CommitGroupBounds } from './batch';
import { TOOLS } from './tools';
import type { ToolMain } from './tools';
import { lab, removeTempStates, tempState } from '../lab-test-kit';

afterAll(removeTempStates);

const ALONE: CommitGroupBounds = { lines: 1, ms: 0, held: 0 };
const SMALL: CommitGroupBounds = { lines: 3, ms: 1e9, held: 1 << 20 };
const LARGE: CommitGroupBounds = { lines: 10_000, ms: 1e9, held: 1 << 20 };

/** An IPMP rehearsal with in.mpathd, probe targets, failures, errors and reads between writes. */
const REHEARSAL = `# a commit group never spans the lab's own lines
ifconfig ipmp0 ipmp
ifconfig net0 plumb group ipmp0 up
ifconfig net1 plumb group ipmp0 up
ifconfig ipmp0 10.0.0.1/24 up
ifconfig ipmp0 addif 10.0.0.2/24 up
ifconfig net0 inet6 plumb up
ifconfig net0 addif 10.0.0.30/24 -failover up
ifconfig net1 addif 10.0.0.31/24 -failover up
ipmplab target 10.0.0.254 up
ipmplab clock advance 3s
ipmpstat -i
route add default 10.0.0.254
route add 10.1.0.0/16 10.0.0.254
route add 10.1.0.0/16 10.0.0.254
route -n get 10.1.2.3
netstat -rn
ipmplab clock advance 20s
ipmpstat -g
if_mpadm -d net0
ipmpstat -a
ifconfig net7 plumb
route delete 10.9.0.0/16 10.0.0.254
ipmplab link net1 down
ipmpstat -i
ipmplab clock advance 30s
ipmpstat -g

nosuchtool -x
if_mpadm -r net0
ipadm create-ip net2
ipadm create-addr -T static -a 10.0.2.5/24 net2/v4
dladm show-link
route -n flush
netstat -rn -f inet
`;

/** Everything a batch leaves in the file: kernel, routes, disk and journal, row by row. */
function contents(file: string): unknown {
  return withDb(file, (db) => ({
    kernel: db.prepare('SELECT host, state FROM kernel ORDER BY host').all(),
    routes: db.prepare('SELECT * FROM routes ORDER BY host, id').all(),
    counts: [db.prepare('SELECT * FROM route_plens ORDER BY 1, 2, 3').all(), db.prepare('SELECT * FROM route_gateways ORDER BY 1, 2, 3').all()],
    files: db.prepare('SELECT * FROM files ORDER BY host, path').all(),
    journal: db.prepare('SELECT host, seq, at, rtsq, family, origin, hex(msg) AS msg FROM journal ORDER BY host, seq').all(),
  }), { create: false });
}

/** Both streams in the order they were written. */
function orderedIO(env: NodeJS.ProcessEnv = {}): ToolIO & { text: () => string } {
  const parts: string[] = [];
  return { env, isTTY: false, stdout: (t) => parts.push(t), stderr: (t) => parts.push(`[err] ${t}`), text: () => parts.join('') };
}

interface BatchCase {
  bounds: CommitGroupBounds;
  keepGoing?: boolean;
  setup?: string[][];
  realClock?: boolean;
  /** The tools' environment. */
  env?: NodeJS.ProcessEnv;
  /** Runs around the batch, once the lab is set up. */
  around?: (file: string, batch: () => number) => number;
}

function batchOn(script: string, opts: BatchCase) {
  const file = tempState();
  if (!opts.realClock) lab(file, ['clock', 'manual', '2030-01-01T00:00:00Z']);
  lab(file, ['mpathd', 'start']);
  for (const args of opts.setup ?? []) lab(file, args);
  const source = path.join(path.dirname(file), 'lines.batch');
  fs.writeFileSync(source, script);
  const io = orderedIO(opts.env);
  const batch = () => runBatch(io, file, source, { atomic: false, keepGoing: opts.keepGoing ?? true, group: opts.bounds }, labMain);
  const code = opts.around ? opts.around(file, batch) : batch();
  return { code, output: io.text().replaceAll(file, 'FILE'), contents: contents(file) };
}

/** Runs fn with test-only tools a batch line can name, then takes them away. */
function withTools<T>(tools: Record<string, ToolMain>, fn: () => T): T {
  for (const [name, main] of Object.entries(tools)) TOOLS[name] = () => main;
  try {
    return fn();
  } finally {
    for (const name of Object.keys(tools)) delete TOOLS[name];
  }
}

/** `tick`: the faked real clock (vi's Date) a second on. */
const tick: ToolMain = () => {
  vi.setSystemTime(Date.now() + 1_000);
  return 0;
};

/** `peek`: another connection counts the routes to these destinations it sees committed, into `seen`. */
function peek(dsts: string[], seen: number[]): ToolMain {
  return (argv) => {
    const file = argv[argv.indexOf('--state') + 1];
    const sql = `SELECT count(*) AS n FROM routes WHERE dst_text IN (${dsts.map(() => '?').join(', ')})`;
    seen.push(withDb(file, (db) => (db.prepare(sql).get(...dsts) as { n: number }).n));
    return 0;
  };
}

describe('a batch without --atomic, committed in groups', () => {
  it('leaves the same file and prints the same as a commit a line, whatever the bounds', () => {
    const alone = batchOn(REHEARSAL, { bounds: ALONE });
    // The rehearsal does what it says: failures reported, routes and journal written.
    expect(alone.code).toBe(1);
    expect(alone.output).toContain('ipmplab: batch: line 15: exit status 17: route add 10.1.0.0/16 10.0.0.254');
    expect(alone.output).toContain('ipmplab: batch: line 29: unknown command nosuchtool: nosuchtool -x');
    expect((alone.contents as { journal: unknown[] }).journal.length).toBeGreaterThan(40);
    for (const bounds of [SMALL, LARGE]) {
      const grouped = batchOn(REHEARSAL, { bounds });
      expect(grouped.output).toBe(alone.output);
      expect(grouped.code).toBe(alone.code);
      expect(grouped.contents).toEqual(alone.contents);
    }
  });

  it('stops at the first failing line without --keep-going, having committed the lines before it', () => {
    const script = 'route add 10.1.0.0/16 10.0.0.254\nifconfig net0 plumb 10.0.0.5/24 up\nroute add 10.1.0.0/16 10.0.0.254\nroute add 10.1.0.0/16 10.0.0.254\nroute add 10.2.0.0/16 10.0.0.254\n';
    const alone = batchOn(script, { bounds: ALONE, keepGoing: false });
    const grouped = batchOn(script, { bounds: LARGE, keepGoing: false });
    expect(grouped.output).toBe(alone.output);
    expect(grouped.output).toContain('line 1: exit status 128');
    expect(grouped.contents).toEqual(alone.contents);
  });

  it('runs the lines of a group again one by one when one prints more than a group holds', () => {
    const script = 'ifconfig net0 plumb 10.0.0.5/24 up\nroute add 10.1.0.0/16 10.0.0.254\nnetstat -rn\nroute add 10.2.0.0/16 10.0.0.254\n';
    const alone = batchOn(script, { bounds: ALONE });
    const tight = batchOn(script, { bounds: { ...LARGE, held: 200 } });
    expect(tight.output).toBe(alone.output);
    expect(tight.output.match(/Routing Table: IPv4/g)).toHaveLength(1);
    expect(tight.contents).toEqual(alone.contents);
  });

  it('gives up a group whose line failed with an exception: nothing of it committed, its lines run again alone', () => {
    // A tool whose second transaction throws after its first changed the kernel: alone, the
    // first commits and the second rolls back; in a group neither can be kept apart.
    let calls = 0;
    const twostep: ToolMain = (argv, io) => {
      const s = openSession(argv[argv.indexOf('--state') + 1], io);
      s.run((k) => k.log('NOTICE', 'twostep: first step'));
      try {
        s.run(() => {
          calls++;
          throw new Error('no');
        });
      } catch {
        io.stderr('twostep: failed\n');
        return 2;
      }
      return 0;
    };
    withTools({ twostep }, () => {
      const script = 'ifconfig net0 plumb 10.0.0.5/24 up\nroute add 10.1.0.0/16 10.0.0.254\ntwostep\nroute add 10.2.0.0/16 10.0.0.254\n';
      const alone = batchOn(script, { bounds: ALONE });
      expect(calls).toBe(1);
      const grouped = batchOn(script, { bounds: LARGE });
      // Tried in the group, then again alone.
      expect(calls).toBe(3);
      expect(grouped.output).toBe(alone.output);
      expect(grouped.output).toBe('add net 10.1.0.0/16: gateway 10.0.0.254\n[err] twostep: failed\n[err] ipmplab: batch: line 3: exit status 2: twostep\nadd net 10.2.0.0/16: gateway 10.0.0.254\n');
      expect(grouped.contents).toEqual(alone.contents);
    });
  });

  it('commits each line alone in a lab of several hosts, a group at a time in a lab of one', () => {
    // Another connection counts the routes it sees committed, after each route add.
    const seen: number[] = [];
    withTools({ peek: peek(['10.1.0.0', '10.2.0.0'], seen) }, () => {
      const script = 'ifconfig net0 plumb 10.0.0.5/24 up\nroute add 10.1.0.0/16 10.0.0.254\npeek\nroute add 10.2.0.0/16 10.0.0.254\npeek\n';
      const setup = [['host', 'add', 'b']];
      const alone = batchOn(script, { bounds: ALONE, setup });
      expect(seen.splice(0)).toEqual([1, 2]);
      const grouped = batchOn(script, { bounds: LARGE, setup });
      expect(seen.splice(0)).toEqual([1, 2]);
      expect(grouped.output).toBe(alone.output);
      expect(grouped.contents).toEqual(alone.contents);
      batchOn(script, { bounds: LARGE });
      // Both routes are committed together, after the last line.
      expect(seen.splice(0)).toEqual([0, 0]);
    });
  });

  it('takes no new line into a group once it has been open for its time', () => {
    // Date moves a second at each tick: with 1.5 s a group, the group of the first lines closes
    // after the second tick, and peek (another connection) sees its route committed.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2030, 0, 1) });
    const seen: number[] = [];
    try {
      withTools({ tick, peek: peek(['10.1.0.0'], seen) }, () => {
        const script = 'ifconfig net0 plumb 10.0.0.5/24 up\nroute add 10.1.0.0/16 10.0.0.254\ntick\ntick\npeek\n';
        batchOn(script, { bounds: { ...LARGE, ms: 1_500 } });
        expect(seen.splice(0)).toEqual([1]);
        batchOn(script, { bounds: LARGE });
        expect(seen.splice(0)).toEqual([0]);
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('runs each line alone when the state stays busy past the wait, reporting it once a line', () => {
    // Another connection holds the write lock for the whole batch; the tools do not wait.
    const script = 'route add 10.1.0.0/16 10.0.0.254\nroute add 10.2.0.0/16 10.0.0.254\nroute add 10.3.0.0/16 10.0.0.254\n';
    const held = (file: string, batch: () => number) => {
      const other = new Database(file);
      other.exec('BEGIN IMMEDIATE');
      try {
        return batch();
      } finally {
        other.exec('ROLLBACK');
        other.close();
      }
    };
    const env = { IPMPLAB_LOCK_TIMEOUT_MS: '0' };
    const alone = batchOn(script, { bounds: ALONE, env, around: held });
    const grouped = batchOn(script, { bounds: LARGE, env, around: held });
    expect(alone.code).toBe(1);
    expect(alone.output.match(/state file is busy/g)).toHaveLength(3);
    expect(alone.output.match(/ipmplab: batch: line \d: exit status 1: route add/g)).toHaveLength(3);
    expect(grouped.output).toBe(alone.output);
    expect(grouped.code).toBe(alone.code);
    expect(grouped.contents).toEqual(alone.contents);
  });

  it('fires the timers that fell due between lines on the real clock, at each line, as a commit a line does', () => {
    // The real clock made to move a second at each `tick` line: in.mpathd probes, fails over and
    // logs between the lines of a group as it does between transactions.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2030, 0, 1) });
    try {
      // in.mpathd reacts to each command at that command's time: a member it learns of and a
      // test address it starts probing from a second apart, within one group.
      const script = `ipmplab target 10.0.0.254 up
ifconfig ipmp0 ipmp
tick
ifconfig net0 plumb group ipmp0 up
tick
ifconfig net1 plumb group ipmp0 up
tick
ifconfig ipmp0 10.0.0.1/24 up
ifconfig net0 addif 10.0.0.30/24 -failover up
tick
ifconfig net1 addif 10.0.0.31/24 -failover up
${'tick\n'.repeat(5)}ipmpstat -i
${'tick\nroute add 10.1.0.0/16 10.0.0.1\nroute delete 10.1.0.0/16 10.0.0.1\n'.repeat(10)}ipmpstat -i
ipmplab probe-loss net1 on
${'tick\nipmpstat -i\n'.repeat(25)}netstat -rn
`;
      const [alone, grouped] = withTools({ tick }, () => {
        const first = batchOn(script, { bounds: ALONE, realClock: true });
        vi.setSystemTime(Date.UTC(2030, 0, 1));
        return [first, batchOn(script, { bounds: LARGE, realClock: true })];
      });
      expect(grouped.output).toBe(alone.output);
      expect(grouped.contents).toEqual(alone.contents);
      // Time did pass: in.mpathd probed, and found net1's probes lost.
      expect(alone.output).toContain('net1        no      ipmp0       -------   up        failed    failed');
    } finally {
      vi.useRealTimers();
    }
  });

  it('finds a damaged file in the middle of a group as a commit a line does: the lines before it applied, none after', () => {
    const run = (bounds: CommitGroupBounds) => {
      const file = tempState();
      const setup = path.join(path.dirname(file), 'setup.batch');
      fs.writeFileSync(setup, 'ifconfig net0 plumb 10.0.0.5/24 up\nroute add 10.9.0.0/16 10.0.0.254\n');
      expect(runBatch(orderedIO(), file, setup, { atomic: false, keepGoing: false }, labMain)).toBe(0);
      withDb(file, (db) => db.prepare("UPDATE routes SET gateway = 'junk' WHERE dst_text = '10.9.0.0'").run());
      const source = path.join(path.dirname(file), 'lines.batch');
      fs.writeFileSync(source, 'route add 10.1.0.0/16 10.0.0.254\nroute -n get 10.9.1.1\nroute add 10.2.0.0/16 10.0.0.254\n');
      const io = orderedIO();
      const code = runBatch(io, file, source, { atomic: false, keepGoing: true, group: bounds }, labMain);
      const added = withDb(file, (db) => db.prepare("SELECT dst_text FROM routes WHERE dst_text IN ('10.1.0.0', '10.2.0.0')").all());
      return { code, output: io.text().replaceAll(file, 'FILE'), added };
    };
    const alone = run(ALONE);
    expect(alone).toEqual({
      code: 1,
      output: [
        'add net 10.1.0.0/16: gateway 10.0.0.254\n',
        '[err] route: FILE is damaged (route 10 of the route table has a malformed gateway); it was left untouched\n',
        '[err] ipmplab: batch: line 2: exit status 1: route -n get 10.9.1.1\n',
        '[err] route: FILE is damaged (a check failed earlier); it was left untouched\n',
        '[err] ipmplab: batch: line 3: exit status 1: route add 10.2.0.0/16 10.0.0.254\n',
      ].join(''),
      added: [{ dst_text: '10.1.0.0' }],
    });
    expect(run(LARGE)).toEqual(alone);
  });

  it('lets a line read the routes the lines before it in its group added', () => {
    const grouped = batchOn('ifconfig net0 plumb 10.0.0.5/24 up\nroute add 10.1.0.0/16 10.0.0.254\nroute -n get 10.1.2.3\n', { bounds: LARGE });
    expect(grouped.code).toBe(0);
    expect(grouped.output).toContain('destination: 10.1.0.0');
  });
});
