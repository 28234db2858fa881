import { describe, it, expect, afterEach } from 'vitest';
import path from 'node:path';
import { tempStateFiles } from '@ipmplab/test-support';
import { openState } from './open';
import { transact } from './transaction';
import { ioctl } from '../kernel/ioctl';

const temp = tempStateFiles('ipmplab-state-reuse');
afterEach(temp.cleanup);

const mtu = (db: ReturnType<typeof openState>) => transact(db, (k) => ioctl(k, 'SIOCGLIFMTU', { name: 'lo0', af: 'inet' }).mtu);
const setMtu = (db: ReturnType<typeof openState>, mtu: number) => transact(db, (k) => ioctl(k, 'SIOCSLIFMTU', { name: 'lo0', af: 'inet', mtu }));

describe('the kernel document kept between transactions', () => {
  it('is the same object while the file holds what it was committed as', () => {
    const db = openState(path.join(temp.dir(), 'state.db'));
    const a = transact(db, (k) => k.state);
    const b = transact(db, (k) => k.state);
    const c = transact(db, (k) => k.state);
    db.close();
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('is decoded again when another connection committed a change', () => {
    const file = path.join(temp.dir(), 'state.db');
    const db = openState(file);
    const other = openState(file);
    expect(mtu(db)).toBe(8232);
    setMtu(other, 8000);
    expect(mtu(db)).toBe(8000);
    other.close();
    db.close();
  });

  it('is decoded again when it was changed in memory after its commit', () => {
    const db = openState(path.join(temp.dir(), 'state.db'));
    const state = transact(db, (k) => k.state);
    state.phyints.lo0.ills.inet!.mtu = 1234;
    expect(mtu(db)).toBe(8232);
    db.close();
  });

  it('is checked against the model when its commit wrote a new document', () => {
    const db = openState(path.join(temp.dir(), 'state.db'));
    mtu(db);
    transact(db, (k) => {
      (k.state as unknown as { clock: unknown }).clock = 'broken';
      k.dirty = true;
    });
    expect(() => mtu(db)).toThrow(/malformed/);
    db.close();
  });

  it('is not kept from a transaction that rolled back', () => {
    const db = openState(path.join(temp.dir(), 'state.db'));
    mtu(db);
    expect(() => transact(db, (k) => {
      ioctl(k, 'SIOCSLIFMTU', { name: 'lo0', af: 'inet', mtu: 1500 });
      throw new Error('undone');
    })).toThrow('undone');
    expect(mtu(db)).toBe(8232);
    db.close();
  });
});
