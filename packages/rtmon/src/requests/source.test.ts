// The live socket over a real state file: order, exactly once, the kernel's delivery rules
// (RTSQ masks against RT_AWARE, SO_PROTOTYPE), losses, --since, --dump and the kernel clock.
import { describe, it, expect, afterEach } from 'vitest';
import { RTM, RTSQ, AF_INET, AF_INET6, IFF, ioctl, transact, delivers, openRtSocket, RTAW_UNDER_IPMP, readJournal } from '@ipmplab/core/testing';
import { openSession, memoryIO } from '@ipmplab/userland';
import type { Session } from '@ipmplab/userland';
import { LiveSource, takeDump } from './source';
import { RtmonFailure } from '../messages';
import type { SourceEvent } from '../types';
import { until } from '@ipmplab/test-support';
import { TempState, rtEcho, ifinfo, addrMsg, addrRoute } from '../test-kit';
import type { Entry } from '../test-kit';

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

const seqs = (ev: SourceEvent[]) => ev.map((e) => (e.kind === 'lost' ? `lost ${e.count}` : e.kind === 'lab' ? `lab ${e.text}` : e.m.seq));
const live = (session: Session, o: Partial<ConstructorParameters<typeof LiveSource>[1]> = {}) =>
  new LiveSource(session, { aware: false, dump: false, pollMs: 2, ...o });

/** Messages about an interface under IPMP, as the kernel sends them, and some for everyone. */
const MIXED: Entry[] = [
  { msg: rtEcho(RTM.ADD, '10.0.0.0', '127.0.0.1', '255.0.0.0'), rtsq: RTSQ.ALL },
  { msg: ifinfo('net0', 2, 0x1000843), rtsq: RTSQ.UNDER_IPMP, family: AF_INET },
  { msg: addrMsg(RTM.DELADDR, 'net1', 3, '10.1.0.1', '255.255.0.0'), rtsq: RTSQ.NORMAL },
  { msg: addrRoute(RTM.DELETE, '10.1.0.1', '255.255.0.0', 3), rtsq: RTSQ.NORMAL },
  { msg: ifinfo('net1', 3, 0x1000842), rtsq: RTSQ.NORMAL, family: AF_INET },
  { msg: addrMsg(RTM.NEWADDR, 'net0', 2, '10.0.0.9', '255.255.255.0'), rtsq: RTSQ.UNDER_IPMP },
  { msg: rtEcho(RTM.DELETE, 'fd00::', '::1', 'ffff::'), rtsq: RTSQ.ALL },
];

describe('the live routing socket', () => {
  it('sees what is committed after it opened, in order, exactly once', async () => {
    const { s, session } = setup();
    s.append([{ msg: rtEcho(RTM.ADD, '10.9.0.0', '127.0.0.1', '255.255.0.0') }]); // before: not seen
    const before = s.lastSeq();
    const got = collect(live(session));
    await new Promise((r) => setTimeout(r, 20));
    for (let i = 0; i < 50; i++) s.append([{ msg: rtEcho(RTM.ADD, `10.${i}.0.0`, '127.0.0.1', '255.255.0.0') }, { msg: rtEcho(RTM.DELETE, `10.${i}.0.0`, '127.0.0.1', '255.255.0.0') }]);
    await until(() => got.length >= 100);
    await new Promise((r) => setTimeout(r, 20));
    expect(seqs(got)).toEqual(Array.from({ length: 100 }, (_, i) => before + 1 + i));
  });

  it('delivers by RT_AWARE exactly as rts_queue_input does, and u toggles it live', async () => {
    const { s, session } = setup();
    const src = live(session);
    const got = collect(src);
    await new Promise((r) => setTimeout(r, 20));
    const base = s.lastSeq();
    s.append(MIXED);
    await until(() => got.length >= 5);
    // RTAW_DEFAULT: RTSQ_ALL and RTSQ_NORMAL messages, not the underlying interface's.
    expect(seqs(got)).toEqual([1, 3, 4, 5, 7].map((i) => base + i));
    // The same answer as the kernel's own delivery test.
    const unaware = openRtSocket(1);
    expect(MIXED.map((e, i) => (delivers(unaware, { rtsq: e.rtsq!, family: 0, origin: 0 }) ? base + 1 + i : 0)).filter(Boolean)).toEqual(seqs(got));
    src.setAware(true);
    const base2 = s.lastSeq();
    s.append(MIXED);
    await until(() => got.length >= 9);
    expect(seqs(got.slice(5))).toEqual([1, 2, 6, 7].map((i) => base2 + i));
    const aware = openRtSocket(1, { aware: RTAW_UNDER_IPMP });
    expect(MIXED.map((e, i) => (delivers(aware, { rtsq: e.rtsq!, family: 0, origin: 0 }) ? base2 + 1 + i : 0)).filter(Boolean)).toEqual(seqs(got.slice(5)));
    src.setAware(false);
    const base3 = s.lastSeq();
    s.append(MIXED);
    await until(() => got.length >= 14);
    expect(seqs(got.slice(9))).toEqual([1, 3, 4, 5, 7].map((i) => base3 + i));
  });

  it('filters by family as SO_PROTOTYPE does (-f), changeable live', async () => {
    const { s, session } = setup();
    const src = live(session, { family: 'inet6' });
    const got = collect(src);
    await new Promise((r) => setTimeout(r, 20));
    const base = s.lastSeq();
    s.append([
      { msg: rtEcho(RTM.ADD, '10.0.0.0', '127.0.0.1', '255.0.0.0'), family: AF_INET },
      { msg: rtEcho(RTM.ADD, 'fd00::', '::1', 'ffff::'), family: AF_INET6 },
      { msg: ifinfo('net0', 2, 0x1000843), family: 0 },
    ]);
    await until(() => got.length >= 2);
    expect(seqs(got)).toEqual([base + 2, base + 3]);
    src.setFamily('inet');
    s.append([
      { msg: rtEcho(RTM.ADD, '10.0.0.0', '127.0.0.1', '255.0.0.0'), family: AF_INET },
      { msg: rtEcho(RTM.ADD, 'fd00::', '::1', 'ffff::'), family: AF_INET6 },
    ]);
    await until(() => got.length >= 3);
    await new Promise((r) => setTimeout(r, 20));
    expect(seqs(got)).toEqual([base + 2, base + 3, base + 4]);
  });

  it('reports a gap once when it fell behind the bounded journal, and goes on', async () => {
    const { s, session } = setup();
    const got = collect(live(session));
    await new Promise((r) => setTimeout(r, 20));
    const base = s.lastSeq();
    s.append(Array.from({ length: 100 }, (_, i) => ({ msg: rtEcho(RTM.ADD, `10.${i}.0.0`, '127.0.0.1', '255.255.0.0') })), 10);
    await until(() => got.length >= 11);
    s.append([{ msg: rtEcho(RTM.DELETE, '10.0.0.0', '127.0.0.1', '255.255.0.0') }]);
    await until(() => got.length >= 12);
    expect(seqs(got)).toEqual(['lost 90', ...Array.from({ length: 10 }, (_, i) => base + 91 + i), base + 101]);
  });

  it('replays the journal from --since', async () => {
    const { s, session } = setup();
    const base = s.lastSeq();
    s.append(Array.from({ length: 5 }, (_, i) => ({ msg: rtEcho(RTM.ADD, `10.${i}.0.0`, '127.0.0.1', '255.255.0.0') })));
    const got = collect(live(session, { since: base + 2 }));
    await until(() => got.length >= 3);
    s.append([{ msg: rtEcho(RTM.DELETE, '10.0.0.0', '127.0.0.1', '255.255.0.0') }]);
    await until(() => got.length >= 4);
    expect(seqs(got)).toEqual([base + 3, base + 4, base + 5, base + 6]);
  });

  it('refuses a --since past the end of the journal instead of waiting for it in silence', () => {
    const { s, session } = setup();
    s.append([{ msg: rtEcho(RTM.ADD, '10.0.0.0', '127.0.0.1', '255.0.0.0') }]);
    const last = s.lastSeq();
    expect(() => live(session, { since: last + 1 })).toThrow(new RtmonFailure(`--since ${last + 1}: the journal ends at sequence number ${last}`));
    expect(() => live(session, { since: last })).not.toThrow();
  });

  it('dumps the table and the interface list atomically, then goes live right after', async () => {
    const { s, session } = setup();
    transact(s.db, (k) => {
      ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
      ioctl(k, 'SIOCSLIFNETMASK', { name: 'net0', af: 'inet', addr: '255.255.255.0' });
      ioctl(k, 'SIOCSLIFADDR', { name: 'net0', af: 'inet', addr: '192.168.1.10' });
      ioctl(k, 'SIOCSLIFFLAGS', { name: 'net0', af: 'inet', flags: ioctl(k, 'SIOCGLIFFLAGS', { name: 'net0', af: 'inet' }).flags | IFF.UP });
      k.state.clock = { mode: 'manual', now: k.now };
    });
    const d = takeDump(session, { aware: false });
    const types = d.messages.map((m) => m.msg.type);
    const firstIf = types.indexOf(RTM.IFINFO);
    expect(firstIf).toBeGreaterThan(0); // the routes come first, and there are some
    expect(types.slice(0, firstIf).every((t) => t === RTM.GET)).toBe(true);
    expect(types.slice(firstIf)).toEqual([RTM.IFINFO, RTM.NEWADDR, RTM.IFINFO, RTM.NEWADDR, RTM.IFINFO, RTM.NEWADDR]);
    expect(d.after).toBe(s.lastSeq());
    expect(d.messages.every((m) => m.seq === null && m.dump)).toBe(true);
    const v4 = takeDump(session, { aware: false, family: 'inet' });
    expect(v4.messages.filter((m) => m.msg.type === RTM.IFINFO)).toHaveLength(2);

    const got = collect(live(session, { dump: true }));
    await until(() => got.length >= d.messages.length);
    s.append([{ msg: rtEcho(RTM.ADD, '10.0.0.0', '127.0.0.1', '255.0.0.0') }]);
    await until(() => got.length >= d.messages.length + 1);
    expect(seqs(got)).toEqual([...d.messages.map(() => null), s.lastSeq()]);
  });

  it('fires due kernel timers itself, so DAD completes with nothing else running', async () => {
    const { s, session } = setup();
    const got = collect(live(session));
    await new Promise((r) => setTimeout(r, 20));
    transact(s.db, (k) => {
      ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
      ioctl(k, 'SIOCSLIFNETMASK', { name: 'net0', af: 'inet', addr: '255.255.255.0' });
      ioctl(k, 'SIOCSLIFADDR', { name: 'net0', af: 'inet', addr: '192.168.1.10' });
      ioctl(k, 'SIOCSLIFFLAGS', { name: 'net0', af: 'inet', flags: ioctl(k, 'SIOCGLIFFLAGS', { name: 'net0', af: 'inet' }).flags | IFF.UP });
    });
    const t0 = Date.now();
    await until(() => got.some((e) => e.kind === 'message' && e.m.msg.type === RTM.NEWADDR), 5000, 'DAD completion');
    const waited = Date.now() - t0;
    expect(waited).toBeGreaterThan(400); // IPv4 DAD takes 550 ms
    expect(got.map((e) => (e.kind === 'message' ? e.m.msg.type : 0))).toEqual([RTM.CHGADDR, RTM.IFINFO, RTM.DELETE, RTM.DELADDR, RTM.IFINFO, RTM.NEWADDR, RTM.ADD]);
    expect(readJournal(s.db, 1, 0).entries.length).toBeGreaterThanOrEqual(7);
  });
});
