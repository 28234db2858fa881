// The terminal view's controller over a real state file: rows, filter edits (re-filtering what
// is already listed), the awareness toggle on the live socket, the group panel.
import { describe, it, expect, afterEach } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { RTM, RTSQ, AF_INET, AF_INET6 } from '@ipmplab/core/testing';
import { openSession, memoryIO } from '@ipmplab/userland';
import { Controller } from './controller';
import { LiveSource } from './requests/source';
import { MessageFilter } from './filter';
import { Recorder, readRecording } from './record';
import { until } from '@ipmplab/test-support';
import { TempState, rtEcho, ifinfo } from './test-kit';
import type { Row } from './types';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.reverse()) c();
  cleanups = [];
});

describe('Controller', () => {
  it('turns socket messages into rows, filters them live, toggles awareness and records what is shown', async () => {
    const s = new TempState();
    const session = openSession(s.file, memoryIO());
    cleanups.push(() => s.cleanup(), () => session.close());
    const rec = path.join(s.dir, 'tui.jsonl');
    const recorder = new Recorder(rec, { source: s.file, aware: 'RTAW_DEFAULT', family: 'any' });
    const c = new Controller(new LiveSource(session, { aware: false, dump: false, pollMs: 2 }), new MessageFilter({ types: [RTM.ADD, RTM.IFINFO] }), { numeric: true, recorder });
    cleanups.push(() => c.stop());
    const rows: Row[] = [];
    c.subscribe((r) => rows.push(...r));
    expect(c.filterText()).toBe('type=RTM_ADD,RTM_IFINFO');
    await new Promise((r) => setTimeout(r, 20));
    s.append([
      { msg: rtEcho(RTM.ADD, '10.0.0.0', '127.0.0.1', '255.0.0.0') },
      { msg: rtEcho(RTM.DELETE, '10.0.0.0', '127.0.0.1', '255.0.0.0') },
      { msg: ifinfo('net0', 2, 0x1000843), rtsq: RTSQ.UNDER_IPMP, family: AF_INET },
    ]);
    await until(() => rows.length >= 2);
    // Every delivered message becomes a row; the filter decides which are shown.
    expect(rows.map((r) => (r.kind === 'message' ? r.typeName : 'lost'))).toEqual(['RTM_ADD', 'RTM_DELETE']);
    expect(rows.map((r) => c.shows(r))).toEqual([true, false]);
    expect(c.setFilter('type=BOGUS')).toMatch(/BOGUS: unknown message type/);
    expect(c.setFilter('delete')).toBeUndefined();
    expect(rows.map((r) => c.shows(r))).toEqual([false, true]);
    expect(c.setFilter('')).toBeUndefined();
    expect(c.toggleAware()).toBeUndefined();
    expect(c.aware()).toBe(true);
    s.append([
      { msg: rtEcho(RTM.ADD, 'fd00::', '::1', 'ffff::'), family: AF_INET6 },
      { msg: ifinfo('net0', 2, 0x1000843), rtsq: RTSQ.UNDER_IPMP, family: AF_INET },
      { msg: ifinfo('net1', 3, 0x1000843), rtsq: RTSQ.NORMAL, family: AF_INET },
    ]);
    await until(() => rows.length >= 4);
    expect(rows.slice(2).map((r) => (r.kind === 'message' ? r.summary.split(' | ')[0] : 'lost'))).toEqual([
      'RTM_ADD fd00:: ::1 ffff::',
      'RTM_IFINFO net0:2.8.20.4c.3a.10',
    ]);
    expect(c.setFilter('af=inet')).toBeUndefined();
    expect(rows.map((r) => c.shows(r))).toEqual([true, true, false, true]);
    expect(c.groups()).toEqual({ groups: [] });
    c.stop();
    recorder.close();
    const recorded = [...readRecording(rec).records].map((r) => (r.event.kind === 'message' ? r.event.m.seq : 0));
    // Recorded: what the filter showed when it arrived (ADD; then, with no filter, ADD and IFINFO).
    expect(recorded).toEqual([rows[0], rows[2], rows[3]].map((r) => (r.kind === 'message' ? r.seq : -1)));
    expect(fs.existsSync(rec)).toBe(true);
  });
});
