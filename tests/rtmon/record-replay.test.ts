// --record FILE writes what rtmon shows; --replay FILE plays it back without a state file, at
// the recorded pace or --fast, to the same bytes (and the same lost line).
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { RTSQ, AF_INET, openState as openDb } from '@ipmplab/core/testing';
import { Rtmon } from './lib';
import { tempState, must, runTool as tool, appendEntries, sleep } from '@ipmplab/test-support';
import { emitted, rtEcho } from '../../packages/rtmon/src/test-kit';

const t = tempState();
afterAll(() => t.cleanup());

describe('record and replay', () => {
  it('round-trips a live session through a recording', async () => {
    must(t.file, 'ifconfig', ['-a']);
    const rec = path.join(t.dir, 'session.jsonl');
    const live = new Rtmon(t.file, ['--plain', '-n', '--record', rec]);
    await live.ready();
    must(t.file, 'ifconfig', ['net0', 'plumb', '192.168.7.1/24', 'up']);
    await live.waitFor((x) => x.count() === 7, 5000, 'DAD');
    await sleep(300);
    must(t.file, 'route', ['add', '10.0.0.0/8', '192.168.7.254']);
    await live.waitFor((x) => x.count() === 8);
    const db = openDb(t.file);
    appendEntries(db, Array.from({ length: 50 }, (_, i) => emitted({ msg: rtEcho(1, `10.${i}.0.0`, '127.0.0.1', '255.255.0.0'), rtsq: RTSQ.ALL, family: AF_INET })), 5);
    db.close();
    await live.waitFor((x) => x.count() === 13);
    expect(await live.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(live.err).toBe('rtmon: 45 messages lost\n');

    // The probe of ready() was shown before the output was reset; the recording has it too.
    const recorded = fs.readFileSync(rec, 'utf8').trimEnd().split('\n');
    expect(JSON.parse(recorded[0])).toMatchObject({ rtmon: 'recording', version: 1, source: t.file, aware: 'RTAW_DEFAULT', family: 'any' });
    const probe = recorded.length - 1 - 14; // 13 messages and one gap after the probe
    const fast = tool(t.file, 'rtmon', ['--replay', rec, '--fast', '-n']);
    expect(fast.status).toBe(0);
    const messages = fast.stdout.split(/(?=^got message of size )/m);
    expect(messages.slice(probe).join('')).toBe(live.out);
    expect(fast.stderr).toBe('rtmon: 45 messages lost\n');

    // At the recorded pace it takes as long as the session did (DAD wait + pauses).
    const span = JSON.parse(recorded[recorded.length - 1]).t - JSON.parse(recorded[1]).t;
    expect(span).toBeGreaterThan(500);
    const t0 = Date.now();
    const paced = tool(t.file, 'rtmon', ['--replay', rec, '-n']);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(span - 50);
    expect(paced.stdout).toBe(fast.stdout);

    const json = tool(t.file, 'rtmon', ['--replay', rec, '--fast', '--json', '--type', 'RTM_NEWADDR']);
    const objs = json.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(objs.map((o) => [o.type, o.sockaddrs.IFA.addr])).toEqual([['RTM_NEWADDR', '192.168.7.1']]);
  });

  it('refuses a file that is not a recording', () => {
    const bad = path.join(t.dir, 'bad.jsonl');
    fs.writeFileSync(bad, 'not json\n');
    expect(tool(t.file, 'rtmon', ['--replay', bad])).toMatchObject({ status: 1, stdout: '', stderr: `rtmon: ${bad}: not an rtmon recording\n` });
  });
});
