import { describe, it, expect, afterEach } from 'vitest';
import fs from 'node:fs';
import { tempStateFiles } from '@ipmplab/test-support';
import path from 'node:path';
import { openState, READER_CACHE, WRITER_CACHE } from './open';
import { labTransact, transact, view } from './transaction';
import { appendJournal, readJournal, lastSeq, trimJournal } from './journal';
import { StateFileError } from './errors';
import { ioctl } from '../kernel/ioctl';
import { decodeMessage, RTM, IFF } from '../wire';
import { decodeState, encodeState } from './codec';
import type { Emitted } from '../kernel/kernel';

const temp = tempStateFiles('ipmplab-store');
const tmp = temp.dir;
afterEach(temp.cleanup);

describe('state file', () => {
  it('is created 0600 in a 0700 directory and boots a fresh host on first use', () => {
    const file = path.join(tmp(), 'deep', 'state.db');
    const db = openState(file);
    const names = transact(db, (k) => ioctl(k, 'SIOCGLIFCONF', { af: 'unspec', flags: 0 }).entries.map((e) => e.name));
    db.close();
    expect(names).toEqual(['lo0', 'lo0']);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
  });

  it("gives a connection that only reads SQLite's small page cache, and a writer the large one", () => {
    const file = path.join(tmp(), 'state.db');
    const db = openState(file);
    try {
      view(db, () => undefined);
      expect(db.pragma('cache_size', { simple: true })).toBe(READER_CACHE);
      transact(db, () => undefined);
      expect(db.pragma('cache_size', { simple: true })).toBe(WRITER_CACHE);
      expect(READER_CACHE).toBe(-2048);
      expect(WRITER_CACHE).toBe(-65536);
    } finally {
      db.close();
    }
  });

  it("keeps a command's statement journals in memory, and those of the lab's own operations in a file", () => {
    const db = openState(path.join(tmp(), 'state.db'));
    // PRAGMA temp_store: 0 default (a file), 2 memory; SQLite reads it as a transaction begins.
    const tempStore = () => db.pragma('temp_store', { simple: true });
    try {
      expect(transact(db, tempStore)).toBe(2);
      expect(labTransact(db, tempStore)).toBe(0);
      expect(transact(db, tempStore)).toBe(2);
      expect(labTransact(db, tempStore, { commands: true })).toBe(2);
    } finally {
      db.close();
    }
  });

  it('refuses a file that is not a state file, and leaves it alone', () => {
    const file = path.join(tmp(), 'notes.txt');
    fs.writeFileSync(file, 'hello, this is not a database at all, just some text that is long enough');
    const before = fs.readFileSync(file);
    expect(() => openState(file)).toThrow(StateFileError);
    expect(fs.readFileSync(file)).toEqual(before);
  });

  it('rolls a failed transaction back entirely', () => {
    const file = path.join(tmp(), 'state.db');
    const db = openState(file);
    transact(db, () => undefined);
    expect(() => transact(db, (k) => {
      ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
      throw new Error('boom');
    })).toThrow('boom');
    const plumbed = transact(db, (k) => Object.keys(k.state.phyints));
    db.close();
    expect(plumbed).toEqual(['lo0']);
  });

  it('commits the messages a command caused with gapless sequence numbers', () => {
    const db = openState(path.join(tmp(), 'state.db'));
    transact(db, (k) => ioctl(k, 'PLUMB', { name: 'net0', af: 'inet6' }));
    transact(db, (k) => ioctl(k, 'PLUMB', { name: 'net1', af: 'inet6' }));
    const r = readJournal(db, 1, 0);
    db.close();
    expect(r.lost).toBe(0);
    expect(r.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(r.entries.map((e) => decodeMessage(e.bytes).type)).toEqual([RTM.CHGADDR, RTM.CHGADDR]);
  });

  /** One routing message, as a command would leave it for the journal. */
  const msg: Emitted = {
    msg: { header: 'ifa', type: RTM.CHGADDR, index: 1, flags: 0, metric: 0, sockaddrs: { IFA: { family: 'inet', addr: '10.0.0.1' } } },
    rtsq: 3, family: 2, at: 0, origin: 0,
  };

  it('drops the oldest messages beyond its capacity and tells a reader how many it lost', () => {
    const db = openState(path.join(tmp(), 'state.db'));
    transact(db, () => undefined);
    db.exec('BEGIN');
    appendJournal(db, 1, Array.from({ length: 25 }, () => msg), 10);
    db.exec('COMMIT');
    expect(lastSeq(db, 1)).toBe(25);
    const r = readJournal(db, 1, 3);
    db.close();
    expect(r.lost).toBe(12);
    expect(r.entries.map((e) => e.seq)).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
  });

  it('drops nothing while the host has sent no more messages than the capacity, and the first one past it after', () => {
    const db = openState(path.join(tmp(), 'state.db'));
    transact(db, () => undefined);
    const seqs = () => readJournal(db, 1, 0).entries.map((e) => e.seq);
    db.exec('BEGIN');
    appendJournal(db, 1, Array.from({ length: 4 }, () => msg), 5);
    appendJournal(db, 1, [msg], 5);
    expect(seqs()).toEqual([1, 2, 3, 4, 5]);
    appendJournal(db, 1, [msg], 5);
    expect(seqs()).toEqual([2, 3, 4, 5, 6]);
    // The trim of a transaction that spilled all its messages earlier finds the last number itself.
    trimJournal(db, 1, 3);
    expect(seqs()).toEqual([4, 5, 6]);
    db.exec('COMMIT');
    db.close();
  });

  it('keeps 64-bit flag words exact through the codec', () => {
    const db = openState(path.join(tmp(), 'state.db'));
    const state = transact(db, (k) => k.state);
    db.close();
    const back = decodeState(encodeState(state));
    expect(back.phyints.lo0.flags | back.phyints.lo0.ills.inet!.flags | back.phyints.lo0.ills.inet!.ipifs[0].flags).toBe(0x2001000849n);
  });

  it('a view never writes: timers that are due fire on its snapshot only, and the next command fires them', () => {
    const db = openState(path.join(tmp(), 'state.db'));
    const t0 = 1_800_000_000_000;
    const at = (ms: number) => ({ realNow: () => ms });
    expect(view(db, (k) => Object.keys(k.state.phyints).includes('lo0'), at(t0))).toBe(true); // a new file is seen booted
    expect(lastSeq(db, 1)).toBe(0);
    transact(db, (k) => {
      ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
      ioctl(k, 'SIOCSLIFADDR', { name: 'net0', af: 'inet', addr: '10.0.0.1' });
      const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name: 'net0', af: 'inet' });
      ioctl(k, 'SIOCSLIFFLAGS', { name: 'net0', af: 'inet', flags: flags | IFF.UP });
    }, at(t0));
    const seq = lastSeq(db, 1);
    // DAD still running: the view sees the timer.
    expect(view(db, (k) => k.state.timers.length, at(t0 + 10))).toBeGreaterThan(0);
    // DAD due: the view sees it done (and the messages it sends), but commits nothing.
    expect(view(db, (k) => [k.state.timers.length, k.emitted.length > 0], at(t0 + 10_000))).toEqual([0, true]);
    expect(lastSeq(db, 1)).toBe(seq);
    expect(view(db, (k) => k.state.timers.length, at(t0 + 10))).toBeGreaterThan(0); // the file still has it
    // The next command fires it for real.
    transact(db, () => undefined, at(t0 + 10_000));
    expect(lastSeq(db, 1)).toBeGreaterThan(seq);
    db.close();
  });
});
