// A transaction that sends a great many routing messages hands them to the journal as it goes
// (Kernel.spill): it never holds more than a few thousand in memory, and the journal ends up
// exactly as if they had all been appended at the commit.
import { describe, it, expect, afterEach } from 'vitest';
import { openState } from './open';
import { tempStateFiles } from '@ipmplab/test-support';
import { transact } from './transaction';
import { readJournal, lastSeq } from './journal';
import { ioctl } from '../kernel/ioctl';
import { rtsWrite } from '../kernel/rtsock/write';
import { openRtSocket } from '../kernel/rtsock/socket';
import { encodeMessage, RTM, RTF, ZERO_METRICS, IFF } from '../wire';
import type { Kernel } from '../kernel/kernel';
import { SPILL_AT } from '../kernel/kernel';

const temp = tempStateFiles('ipmplab-spill');
const stateFile = temp.file;
afterEach(temp.cleanup);

const ROUTES = 10_000;

function addMessage(i: number): Uint8Array {
  return encodeMessage({
    header: 'rt', type: RTM.ADD, index: 0, flags: RTF.UP | RTF.GATEWAY | RTF.HOST | RTF.STATIC, pid: 0, seq: i, errno: 0, use: 0, inits: 0,
    metrics: { ...ZERO_METRICS },
    sockaddrs: { DST: { family: 'inet', addr: `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}` }, GATEWAY: { family: 'inet', addr: '192.168.0.1' } },
  });
}

/** Adds ROUTES routes through the routing socket in one transaction; the most messages held at once. */
function addMany(file: string, spill: boolean): number {
  const db = openState(file);
  transact(db, (k) => {
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    ioctl(k, 'SIOCSLIFNETMASK', { name: 'net0', af: 'inet', addr: '255.255.0.0' });
    ioctl(k, 'SIOCSLIFADDR', { name: 'net0', af: 'inet', addr: '192.168.0.10' });
    ioctl(k, 'SIOCSLIFFLAGS', { name: 'net0', af: 'inet', flags: ioctl(k, 'SIOCGLIFFLAGS', { name: 'net0', af: 'inet' }).flags | IFF.UP });
    k.state.clock = { mode: 'manual', now: 1_900_000_000_000 };
  }, { realNow: () => 1_900_000_000_000 });
  const peak = transact(db, (k: Kernel) => {
    if (!spill) k.spill = undefined;
    const sock = openRtSocket(4242);
    let most = 0;
    for (let i = 0; i < ROUTES; i++) {
      expect(rtsWrite(k, sock, addMessage(i)).errno).toBe(0);
      most = Math.max(most, k.emitted.length);
    }
    expect(k.sent).toBe(ROUTES);
    return most;
  });
  db.close();
  return peak;
}

function journal(file: string): unknown[] {
  const db = openState(file);
  try {
    return readJournal(db, 1, 0, 1_000_000).entries.map((e) => [e.seq, e.at, e.rtsq, e.family, e.origin, Buffer.from(e.bytes).toString('hex')]);
  } finally {
    db.close();
  }
}

describe('a transaction with a great many messages', () => {
  it('hands them to the journal as it goes; the journal is the same as appending them at the end', () => {
    const spilled = stateFile();
    const held = stateFile();
    expect(addMany(spilled, true)).toBeLessThanOrEqual(SPILL_AT);
    expect(addMany(held, false)).toBe(ROUTES);
    const got = journal(spilled);
    expect(got.length).toBeGreaterThan(ROUTES);
    expect(got).toEqual(journal(held));
    const db = openState(spilled);
    expect(lastSeq(db, 1)).toBe(got.length);
    db.close();
  });
});
