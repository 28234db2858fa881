// Skipping ahead over steady probing in a lab of hosts: in.mpathd's probes are ICMP echoes through
// the segment to a router host, and fill in both hosts' neighbour caches once. Advancing the
// lab's clock with every probe fired, and with jumps allowed, gives the same everything on every
// host: kernel documents (neighbour caches included), journals, and what the tools show.
import { describe, it, expect, afterAll } from 'vitest';
import { openState, labTransact, labNetwork, advanceLab, listHosts, readJournal } from '@ipmplab/core/testing';
import { ifconfigMain } from '../../packages/ifconfig/src/main';
import { ipmpstatMain } from '../../packages/ipmpstat/src/main';
import { arpMain } from '../../packages/arp/src/main';
import { labMain } from '../../packages/ipmplab/src/main';
import { routeMain } from '../../packages/route/src/main';
import { tempState } from '@ipmplab/test-support';
import { runMain } from './lib/run';
import type { Main } from '@ipmplab/test-support';

const tmp = tempState();
afterAll(() => tmp.cleanup());

const HOUR = 3_600_000;
type Step = [Main, string[]] | ['advance', number];
const lab = (...args: string[]): Step => [labMain, args];
const ifc = (...args: string[]): Step => [ifconfigMain, args];

/** Host a: ipmp0 over net0 and net1, test addresses probing the router r; then a cable is pulled and put back. */
const SCRIPT: Step[] = [
  lab('clock', 'manual', '2030-01-01T00:00:00Z'), lab('host', 'rename', 'host0', 'a'), lab('host', 'add', 'r', '--links', 'net0'),
  lab('segment', 'add', 'lan'), lab('plug', 'a:net0', 'lan'), lab('plug', 'a:net1', 'lan'), lab('plug', 'r:net0', 'lan'),
  ifc('net0', 'plumb', '192.168.10.1/24', 'up', '--host', 'r'),
  ifc('ipmp0', 'ipmp'), ifc('ipmp0', '192.168.10.10/24', 'up'),
  ifc('net0', 'plumb', 'group', 'ipmp0', 'up'), ifc('net0', 'addif', '192.168.10.30/24', '-failover', 'up'),
  ifc('net1', 'plumb', 'group', 'ipmp0', 'up'), ifc('net1', 'addif', '192.168.10.32/24', '-failover', 'up'),
  [routeMain, ['add', 'default', '192.168.10.1']],
  ['advance', HOUR],
  lab('unplug', 'a:net0'), ['advance', HOUR],
  lab('plug', 'a:net0', 'lan'), ['advance', HOUR],
];

const READS: [Main, string[]][] = [
  [ipmpstatMain, ['-g']], [ipmpstatMain, ['-i']], [ipmpstatMain, ['-t']], [arpMain, ['-an']], [arpMain, ['-an', '--host', 'r']], [labMain, ['log']],
];

function contents(file: string): { kernels: unknown[]; journals: unknown[] } {
  const db = openState(file);
  try {
    const kernels = db.prepare('SELECT host, state FROM kernel ORDER BY host').all();
    const journals = listHosts(db).map((h) => readJournal(db, h.id, 0, 1_000_000).entries.map((e) => [e.seq, e.at, Buffer.from(e.bytes).toString('hex')]));
    return { kernels, journals };
  } finally {
    db.close();
  }
}

function run(file: string, stepTimers: boolean): { outputs: string[]; fired: number; skipped: number } {
  const outputs: string[] = [];
  let fired = 0;
  let skipped = 0;
  expect(runMain(labMain, file, ['init']).code).toBe(0);
  for (const step of SCRIPT) {
    if (step[0] === 'advance') {
      const db = openState(file);
      const ms = step[1];
      labTransact(db, (l) => {
        const kernels = listHosts(db).map((h) => l.kernel(h.id));
        for (const k of kernels) k.stepTimers = stepTimers;
        advanceLab(l, kernels[0].now + ms);
        for (const k of kernels) {
          fired += k.timerStats.fired;
          skipped += k.timerStats.skipped;
        }
      }, { network: labNetwork });
      db.close();
      for (const [main, args] of READS) {
        const r = runMain(main, file, args);
        outputs.push(`${args.join(' ')}: ${r.code} ${r.out}${r.err}`);
      }
    } else {
      const r = runMain(step[0], file, step[1]);
      outputs.push(`${step[1].join(' ')}: ${r.code} ${r.out}${r.err}`);
    }
  }
  return { outputs, fired, skipped };
}

describe('skipping ahead over steady probing in a lab', () => {
  it('gives every host exactly what firing every probe gives', () => {
    const a = `${tmp.dir}/lab-stepped.db`;
    const b = `${tmp.dir}/lab-skipped.db`;
    const stepped = run(a, true);
    const skipped = run(b, false);
    expect(skipped.outputs).toEqual(stepped.outputs);
    expect(contents(b)).toEqual(contents(a));
    expect(stepped.skipped).toBe(0);
    expect(skipped.fired + skipped.skipped).toBe(stepped.fired);
    expect(skipped.skipped).toBeGreaterThan(0.6 * stepped.fired);
    // The probes reached the router and filled in both caches; the pulled cable failed net0.
    const arp = stepped.outputs.find((o) => o.startsWith('-an --host r'))!;
    expect(arp).toContain('192.168.10.30');
    expect(stepped.outputs.join('\n')).toContain('IP interface failure detected on net0');
  });
});
