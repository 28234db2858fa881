// Long clock advances jump over steady probing (packages/core/src/mpathd/steady.ts) with exactly
// the result of firing every probe: the same kernel state (counters, round-trip averages, the
// probe log, timers), the same console log, the same routing messages and the same ipmpstat
// output, through failures, repairs, lost targets, link flaps and a changed failure detection
// time in the middle of the advances. One file steps every probe, the other may jump.
import { describe, it, expect, afterAll } from 'vitest';
import { openState, transact, advanceClock, readJournal } from '@ipmplab/core/testing';
import { ifconfigMain } from '../../packages/ifconfig/src/main';
import { ipmpstatMain } from '../../packages/ipmpstat/src/main';
import { labMain } from '../../packages/ipmplab/src/main';
import { tempState } from '@ipmplab/test-support';
import { runMain } from './lib/run';
import type { Main } from '@ipmplab/test-support';

const tmp = tempState();
afterAll(() => tmp.cleanup());

const MIN = 60_000;
const HOUR = 60 * MIN;

type Step = [Main, string[]] | ['advance', number];

const lab = (...args: string[]): Step => [labMain, args];
const ifc = (...args: string[]): Step => [ifconfigMain, args];
const advance = (ms: number): Step => ['advance', ms];

/** Two groups: four members with two targets, four (one a standby) with three; then trouble. */
const SCRIPT: Step[] = [
  lab('clock', 'manual', '2030-01-01T00:00:00Z'),
  ifc('ipmp0', 'ipmp'), ifc('ipmp0', '10.0.0.1/24', 'up'),
  lab('target', '10.0.0.254', 'up'), lab('target', '10.0.0.253', 'up'),
  ...[0, 1, 2, 3].flatMap((i): Step[] => [ifc(`net${i}`, 'plumb', 'group', 'ipmp0', 'up'), ifc(`net${i}`, 'addif', `10.0.0.${30 + i}/24`, '-failover', 'up')]),
  ifc('ipmp1', 'ipmp'), ifc('ipmp1', '10.1.0.1/24', 'up'),
  lab('target', '10.1.0.254', 'up'), lab('target', '10.1.0.253', 'up'), lab('target', '10.1.0.252', 'up'),
  ...[4, 5, 6].flatMap((i): Step[] => [ifc(`net${i}`, 'plumb', 'group', 'ipmp1', 'up'), ifc(`net${i}`, 'addif', `10.1.0.${30 + i}/24`, '-failover', 'up')]),
  ifc('net7', 'plumb', 'group', 'ipmp1', 'standby', 'up'), ifc('net7', 'addif', '10.1.0.37/24', '-failover', 'up'),
  advance(HOUR),
  // net1's probes are lost: it fails inside the advance, then stays failed while lost probes count on.
  lab('probe-loss', 'net1', 'on'), advance(HOUR),
  // One of ipmp1's three targets stops answering: its members alternate answered and lost probes.
  lab('target', '10.1.0.254', 'down'), advance(HOUR),
  // net1 is repaired inside the advance.
  lab('probe-loss', 'net1', 'off'), advance(HOUR),
  // A flapping link: repair is damped for a minute (a timer inside the next advance).
  lab('link', 'net5', 'down'), advance(30_000), lab('link', 'net5', 'up'), lab('link', 'net5', 'down'), lab('link', 'net5', 'up'),
  lab('link', 'net5', 'down'), lab('link', 'net5', 'up'), advance(HOUR),
  // Every target of ipmp0 goes: the whole group fails; then they come back.
  lab('target', '10.1.0.254', 'up'), lab('target', '10.0.0.254', 'down'), lab('target', '10.0.0.253', 'down'), advance(HOUR),
  lab('target', '10.0.0.254', 'up'), lab('target', '10.0.0.253', 'up'), advance(HOUR),
  // A shorter failure detection time: a new probe interval.
  lab('mpathd', 'FAILURE_DETECTION_TIME=2000'), advance(20 * MIN + 17),
  lab('probe-loss', 'net6', 'on'), advance(20 * MIN),
];

/**
 * One member whose probes are lost from the start: nothing changes while they do not count
 * (the first 40 s), so that is steady too, but only up to the end of the quiet period.
 */
const QUIET: Step[] = [
  lab('clock', 'manual', '2030-01-01T00:00:00Z'),
  ifc('ipmp0', 'ipmp'), ifc('ipmp0', '10.0.0.1/24', 'up'), lab('target', '10.0.0.254', 'up'),
  ifc('net0', 'plumb', 'group', 'ipmp0', 'up'), lab('probe-loss', 'net0', 'on'), lab('mpathd', 'FAILURE_DETECTION_TIME=1000'),
  ifc('net0', 'addif', '10.0.0.30/24', '-failover', 'up'), advance(6 * HOUR),
];

const READS: [Main, string[]][] = [
  [ipmpstatMain, ['-g']], [ipmpstatMain, ['-i']], [ipmpstatMain, ['-t']], [ipmpstatMain, ['-a']], [labMain, ['log']], [ifconfigMain, ['-a']],
];

/** Everything the file holds that a tool could show: the kernel document, the journal, the routes. */
function contents(file: string): { kernel: string; journal: unknown[]; routes: unknown[] } {
  const db = openState(file);
  try {
    const kernel = (db.prepare('SELECT state FROM kernel').get() as { state: string }).state;
    const journal = readJournal(db, 1, 0, 1_000_000).entries.map((e) => [e.seq, e.at, Buffer.from(e.bytes).toString('hex')]);
    const routes = db.prepare('SELECT * FROM routes ORDER BY host, id').all();
    return { kernel, journal, routes };
  } finally {
    db.close();
  }
}

function run(script: Step[], file: string, stepTimers: boolean): { outputs: string[]; probes: { fired: number; skipped: number } } {
  const outputs: string[] = [];
  const probes = { fired: 0, skipped: 0 };
  expect(runMain(labMain, file, ['init', '--links', 'net0,net1,net2,net3,net4,net5,net6,net7']).code).toBe(0);
  for (const step of script) {
    if (step[0] === 'advance') {
      const db = openState(file);
      const stats = transact(db, (k) => {
        k.stepTimers = stepTimers;
        expect(advanceClock(k, step[1])).toBeUndefined();
        return { ...k.timerStats };
      });
      db.close();
      probes.fired += stats.fired;
      probes.skipped += stats.skipped;
      // What the tools show after each advance.
      for (const [main, args] of READS) {
        const r = runMain(main, file, args);
        outputs.push(`${args.join(' ')}: ${r.code} ${r.out}${r.err}`);
      }
    } else {
      const r = runMain(step[0], file, step[1]);
      outputs.push(`${step[1].join(' ')}: ${r.code} ${r.out}${r.err}`);
    }
  }
  return { outputs, probes };
}

/** Runs a script stepping every probe and allowing jumps; both give the same everything. */
function compare(name: string, script: Step[]): { stepped: ReturnType<typeof run>; skipped: ReturnType<typeof run> } {
  const a = `${tmp.dir}/${name}-stepped.db`;
  const b = `${tmp.dir}/${name}-skipped.db`;
  const stepped = run(script, a, true);
  const skipped = run(script, b, false);
  expect(skipped.outputs).toEqual(stepped.outputs);
  const ca = contents(a);
  const cb = contents(b);
  expect(cb.routes).toEqual(ca.routes);
  expect(cb.journal).toEqual(ca.journal);
  expect(JSON.parse(cb.kernel)).toEqual(JSON.parse(ca.kernel));
  expect(cb.kernel).toBe(ca.kernel);
  // The stepped run fired every probe; the other jumped over most of them.
  expect(stepped.probes.skipped).toBe(0);
  expect(skipped.probes.fired + skipped.probes.skipped).toBe(stepped.probes.fired);
  expect(skipped.probes.skipped).toBeGreaterThan(0.75 * stepped.probes.fired);
  return { stepped, skipped };
}

const lastLog = (r: ReturnType<typeof run>) => r.outputs.filter((o) => o.startsWith('log:')).at(-1)!;

describe('skipping ahead over steady probing', () => {
  it('gives exactly what firing every probe gives, through failures, repairs, flaps and a new interval', () => {
    const { stepped } = compare('trouble', SCRIPT);
    // Things happened: failures, repairs, a group failure, damping.
    for (const line of ['IP interface failure detected on net1', 'IP interface repair detected on net1', 'All IP interfaces in group ipmp0 are now unusable',
      'disabling repair until it stabilizes', 'IP interface failure detected on net6']) expect(lastLog(stepped)).toContain(line);
  });

  it('does not jump past the end of a quiet period', () => {
    const { stepped } = compare('quiet', QUIET);
    expect(lastLog(stepped)).toContain('IP interface failure detected on net0');
  });
});
