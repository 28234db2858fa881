// The live socket wakes when a writer commits (core store/notify.ts, userland commit-watch.ts).
// Polling is turned off here, so the wake-up is the only way a message can arrive: if it did not
// work, the message would never come and the test would fail at its deadline. With a link where
// the notification file should be, the reader falls back to polling and still sees everything.
import fs from 'node:fs';
import { describe, it, expect, afterEach } from 'vitest';
import { RTM, transact, labTransact, rtsWrite, openRtSocket, encodeMessage, saveSnapshot, restoreSnapshot } from '@ipmplab/core/testing';
import { openSession, memoryIO } from '@ipmplab/userland';
import type { Session } from '@ipmplab/userland';
import { LiveSource } from './source';
import type { SourceEvent } from '../types';
import { until } from '@ipmplab/test-support';
import { TempState, rtEcho } from '../test-kit';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.reverse()) c();
  cleanups = [];
});

function setup(): { s: TempState; session: Session } {
  const s = new TempState();
  const session = openSession(s.file, memoryIO());
  cleanups.push(() => s.cleanup(), () => session.close());
  return { s, session };
}

function collect(src: LiveSource): SourceEvent[] {
  const got: SourceEvent[] = [];
  src.start((e) => got.push(...e), (err) => {
    if (err) throw err;
  });
  cleanups.push(() => src.stop());
  return got;
}

/** The first read the source schedules on start has run (immediates run in the order queued). */
const firstReadDone = () => new Promise((r) => setImmediate(r));

/** One command that adds a route through the routing socket, as route(8) does. */
function routeAdd(s: TempState, i: number): void {
  const sock = openRtSocket(process.pid);
  const r = transact(s.db, (k) => rtsWrite(k, sock, encodeMessage(rtEcho(RTM.ADD, `10.${i}.0.0`, '127.0.0.1', '255.255.0.0', 0, i + 1))));
  expect(r.errno).toBe(0);
}

const dsts = (ev: SourceEvent[]) =>
  ev.map((e) => {
    const dst = e.kind === 'message' ? e.m.msg.sockaddrs.DST : undefined;
    return dst && 'addr' in dst ? dst.addr : e.kind;
  });

describe('the live socket woken by commits', () => {
  it('with polling off, each commit is delivered by the wake-up alone, in order', async () => {
    const { s, session } = setup();
    const got = collect(new LiveSource(session, { aware: false, dump: false, pollMs: 5, poll: false }));
    await firstReadDone();
    expect(got).toEqual([]);
    for (let i = 0; i < 3; i++) {
      routeAdd(s, i);
      await until(() => got.length > i, 20_000, `the wake-up for commit ${i}`);
    }
    expect(dsts(got)).toEqual(['10.0.0.0', '10.1.0.0', '10.2.0.0']);
  });

  it('with polling off, a snapshot restored is delivered as a lab event by the wake-up alone', async () => {
    const { s, session } = setup();
    routeAdd(s, 1);
    labTransact(s.db, (l) => saveSnapshot(l.db, 'before', '', Date.now()));
    const got = collect(new LiveSource(session, { aware: false, dump: false, pollMs: 5, poll: false }));
    await firstReadDone();
    labTransact(s.db, (l) => restoreSnapshot(l.db, 'before', Date.now()));
    await until(() => got.length >= 1, 20_000, 'the wake-up for the restore');
    expect(got).toEqual([{ kind: 'lab', text: 'snapshot before restored', at: expect.any(Number) }]);
  });

  it('with a link where the notification file belongs, polling still delivers and the link is not followed', async () => {
    const { s, session } = setup();
    const target = `${s.dir}/elsewhere`;
    fs.symlinkSync(target, `${s.file}-notify`);
    const got = collect(new LiveSource(session, { aware: false, dump: false, pollMs: 2 }));
    await firstReadDone();
    routeAdd(s, 7);
    await until(() => got.length >= 1, 20_000, 'the poll');
    expect(dsts(got)).toEqual(['10.7.0.0']);
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.lstatSync(`${s.file}-notify`).isSymbolicLink()).toBe(true);
  });
});
