import { describe, it, expect, afterEach } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { RTM } from '@ipmplab/core/testing';
import { memoryIO } from '@ipmplab/userland';
import { Recorder, readRecording, recordLine, RecordingError } from './record';
import { rtmonMain } from './main';
import { until } from '@ipmplab/test-support';
import { TempState, rtEcho, ifinfo, shown, T0 } from './test-kit';
import type { SourceEvent } from './types';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.reverse()) c();
  cleanups = [];
});

function temp(): TempState {
  const s = new TempState();
  cleanups.push(() => s.cleanup());
  return s;
}

const text = (io: { out: string[] }) => io.out.join('');

describe('recordings', () => {
  it('write what is shown and read back the same events', () => {
    const s = temp();
    const file = path.join(s.dir, 'r.jsonl');
    let now = 1000;
    const r = new Recorder(file, { source: s.file, aware: 'RTAW_DEFAULT', family: 'any' }, () => now);
    const events: SourceEvent[] = [
      { kind: 'message', m: shown(ifinfo('net0', 2, 0x1000843), null) },
      { kind: 'message', m: shown(rtEcho(RTM.ADD, '10.0.0.0', '127.0.0.1', '255.0.0.0'), 7, T0 + 1) },
      { kind: 'lost', count: 3, at: T0 + 2 },
    ];
    r.write(events.slice(0, 2));
    now = 1250.5;
    r.write(events.slice(2));
    r.close();
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(JSON.parse(lines[0])).toMatchObject({ rtmon: 'recording', version: 1, source: s.file, aware: 'RTAW_DEFAULT', family: 'any' });
    expect(JSON.parse(lines[1])).toEqual({ t: 0, seq: null, dump: true, at: '2030-01-01T12:00:00.000Z', hex: Buffer.from(events[0].kind === 'message' ? events[0].m.bytes : []).toString('hex') });
    expect(lines[3]).toBe('{"t":250.5,"lost":3,"at":"2030-01-01T12:00:00.002Z"}');
    const back = [...readRecording(file).records];
    expect(back.map((x) => x.t)).toEqual([0, 0, 250.5]);
    expect(back.map((x) => x.event)).toEqual(events);
  });

  it('refuses what is not a recording, naming the file and line', () => {
    const s = temp();
    const bad = path.join(s.dir, 'bad.jsonl');
    expect(() => readRecording(path.join(s.dir, 'missing'))).toThrow(new RecordingError(`${path.join(s.dir, 'missing')}: No such file or directory`));
    fs.writeFileSync(bad, 'hello\n');
    expect(() => readRecording(bad)).toThrow(`${bad}: not an rtmon recording`);
    fs.writeFileSync(bad, '{"rtmon":"recording","version":9}\n');
    expect(() => readRecording(bad)).toThrow(`${bad}: recording version 9 is newer than this rtmon reads (1)`);
    fs.writeFileSync(bad, `{"rtmon":"recording","version":1}\n${recordLine(0, { kind: 'lost', count: 1, at: T0 })}{"t":1,"at":"2030-01-01T00:00:00Z","hex":"zz"}\n`);
    const it = readRecording(bad).records;
    expect(it.next().value).toMatchObject({ event: { kind: 'lost' } });
    expect(() => it.next()).toThrow(`${bad}: line 3: no message bytes ("hex")`);
  });

  it('reads a lab event back, its text made visible whatever the file holds', () => {
    const s = temp();
    const file = path.join(s.dir, 'lab.jsonl');
    fs.writeFileSync(file, `{"rtmon":"recording","version":1}\n${recordLine(0, { kind: 'lab', text: 'snapshot a restored', at: T0 })}`
      + `${JSON.stringify({ t: 1, lab: 'snapshot \u001b[2Jx\u0007 restored', at: '2030-01-01T00:00:00Z' })}\n`);
    expect([...readRecording(file).records].map((r) => r.event)).toEqual([
      { kind: 'lab', text: 'snapshot a restored', at: T0 },
      { kind: 'lab', text: 'snapshot ^[[2Jx^G restored', at: Date.UTC(2030, 0, 1) },
    ]);
  });

  it('round-trips through rtmon: --record on a live socket, --replay prints the same bytes', async () => {
    const s = temp();
    const rec = path.join(s.dir, 'live.jsonl');
    const io = memoryIO({});
    const done = rtmonMain(['--state', s.file, '--plain', '-n', '--record', rec, '--count', '4', '--poll', '2'], { io });
    await new Promise((r) => setTimeout(r, 150));
    s.append([{ msg: rtEcho(RTM.ADD, '10.0.0.0', '127.0.0.1', '255.0.0.0') }, { msg: ifinfo('net0', 2, 0x1000843) }]);
    await until(() => (text(io).match(/got message/g) ?? []).length === 2);
    s.append(Array.from({ length: 30 }, (_, i) => ({ msg: rtEcho(RTM.ADD, `10.${i}.0.0`, '127.0.0.1', '255.255.0.0') })), 2);
    expect(await done).toBe(0);
    expect(io.err).toEqual(['rtmon: 28 messages lost\n']);
    expect(text(io).match(/got message/g)).toHaveLength(4);

    // --count 4: the recording holds the four messages shown (and the gap), not the whole batch.
    expect([...readRecording(rec).records].filter((r) => r.event.kind === 'message')).toHaveLength(4);
    const again = memoryIO({});
    expect(await rtmonMain(['--replay', rec, '--fast', '-n'], { io: again })).toBe(0);
    expect(text(again)).toBe(text(io));
    expect(again.err).toEqual(io.err);

    const json = memoryIO({});
    expect(await rtmonMain(['--replay', rec, '--fast', '--json', '--type', 'IFINFO'], { io: json })).toBe(0);
    expect(json.out.join('').trimEnd().split('\n').map((l) => JSON.parse(l).type)).toEqual(['RTM_IFINFO']);
  });

  it('plays back at the recorded pace unless --fast', async () => {
    const s = temp();
    const file = path.join(s.dir, 'paced.jsonl');
    const m = (t: number) => recordLine(t, { kind: 'message', m: shown(rtEcho(RTM.ADD, '10.0.0.0', '127.0.0.1', '255.0.0.0'), 1) });
    fs.writeFileSync(file, `{"rtmon":"recording","version":1}\n${m(0)}${m(150)}${m(300)}`);
    const paced = memoryIO({});
    let t = performance.now();
    expect(await rtmonMain(['--replay', file], { io: paced })).toBe(0);
    const pacedMs = performance.now() - t;
    const fast = memoryIO({});
    t = performance.now();
    expect(await rtmonMain(['--replay', file, '--fast'], { io: fast })).toBe(0);
    const fastMs = performance.now() - t;
    expect(text(paced)).toBe(text(fast));
    expect(pacedMs).toBeGreaterThanOrEqual(290);
    expect(fastMs).toBeLessThan(150);
  });

  it('stops a replay on SIGINT (the abort signal) with status 0', async () => {
    const s = temp();
    const file = path.join(s.dir, 'slow.jsonl');
    const m = (t: number) => recordLine(t, { kind: 'message', m: shown(rtEcho(RTM.ADD, '10.0.0.0', '127.0.0.1', '255.0.0.0'), 1) });
    fs.writeFileSync(file, `{"rtmon":"recording","version":1}\n${m(0)}${m(60_000)}`);
    const io = memoryIO({});
    const stop = new AbortController();
    const done = rtmonMain(['--replay', file], { io, signal: stop.signal });
    await until(() => io.out.length === 1);
    stop.abort();
    expect(await done).toBe(0);
    expect(io.err).toEqual([]);
  });
});

describe('rtmon exit statuses', () => {
  it('2 for usage, 1 for refused files, 0 for help', async () => {
    const s = temp();
    const io = memoryIO({});
    expect(await rtmonMain(['--bogus'], { io })).toBe(2);
    expect(io.err.join('')).toBe("rtmon: unknown option --bogus\nTry 'rtmon --help' for usage.\n");
    const h = memoryIO({});
    expect(await rtmonMain(['--help'], { io: h })).toBe(0);
    expect(h.out.join('')).toContain('rtmon [options]');
    const r = memoryIO({});
    expect(await rtmonMain(['--replay', path.join(s.dir, 'nope.jsonl')], { io: r })).toBe(1);
    expect(r.err.join('')).toBe(`rtmon: ${path.join(s.dir, 'nope.jsonl')}: No such file or directory\n`);
    const notOurs = path.join(s.dir, 'not-ours.db');
    fs.writeFileSync(notOurs, 'x'.repeat(4096));
    const st = memoryIO({});
    expect(await rtmonMain(['--state', notOurs, '--plain'], { io: st })).toBe(1);
    expect(st.err.join('')).toBe(`rtmon: ${notOurs} is not an ipmplab state file\n`);
    const rec = memoryIO({});
    expect(await rtmonMain(['--state', s.file, '--plain', '--record', path.join(s.dir, 'no', 'dir.jsonl')], { io: rec })).toBe(1);
    expect(rec.err.join('')).toBe(`rtmon: ${path.join(s.dir, 'no', 'dir.jsonl')}: No such file or directory\n`);
  });
});
