import { describe, it, expect, afterEach } from 'vitest';
import path from 'node:path';
import { tempStateFiles } from '@ipmplab/test-support';
import { openState } from './open';
import { SqliteRouteTable } from './sqlite-routes';
import type { Route } from '../kernel/route/table';
import type { Db } from './db';

const temp = tempStateFiles('ipmplab-route-reads');
afterEach(temp.cleanup);

const route = (dst: string, prefixlen: number, gateway: string, extra: Partial<Route> = {}): Route => ({
  family: 'inet', dst, prefixlen, gateway, ifname: '', type: 'offlink', flags: 0x803, ref: 1, use: 0, owner: '', ...extra,
});

const any = () => true;

/** What a table that has read nothing yet answers: SQLite itself. */
function fresh(db: Db, probe: (t: SqliteRouteTable) => unknown): unknown {
  return probe(new SqliteRouteTable(db, 1));
}

describe('the reads a transaction caches', () => {
  it('answer as SQLite does after every insert, update and removal made through the table', () => {
    const db = openState(path.join(temp.dir(), 'state.db'));
    db.exec('BEGIN IMMEDIATE');
    const t = new SqliteRouteTable(db, 1);
    const probes: ((t: SqliteRouteTable) => unknown)[] = [
      (x) => x.longestMatch('inet', '10.1.2.3', any),
      (x) => x.longestMatch('inet', '10.1.9.9', any),
      (x) => x.longestMatch('inet', '10.1.2.3', (r) => r.gateway === '192.168.0.2'),
      (x) => x.find({ family: 'inet', dst: '10.1.2.0', prefixlen: 24 }),
      (x) => x.find({ family: 'inet', dst: '10.1.2.3', prefixlen: 32 }),
      (x) => x.lookup('inet', '10.200.0.1'),
    ];
    const same = () => {
      for (const p of probes) expect(p(t)).toEqual(fresh(db, p));
    };
    same();
    const wide = t.insert(route('10.0.0.0', 8, '192.168.0.1'));
    same();
    const mid = t.insert(route('10.1.2.0', 24, '192.168.0.1'));
    const second = t.insert(route('10.1.2.0', 24, '192.168.0.2'));
    same();
    const host = t.insert(route('10.1.2.3', 32, '192.168.0.1'));
    same();
    t.update({ ...t.byId(mid)!, gateway: '192.168.0.9', ref: 3 });
    same();
    t.remove(host);
    same();
    // The largest id went: the next one is taken again, as max(id) + 1 gives it.
    const again = t.insert(route('10.1.2.3', 32, '192.168.0.3'));
    expect(again).toBe(host);
    same();
    t.remove(second);
    t.remove(again);
    same();
    t.insert(route('10.1.2.3', 32, '192.168.0.4', { owner: 'net0' }));
    t.insert(route('10.1.2.0', 24, '192.168.0.5', { owner: 'net0' }));
    same();
    expect(t.removeOwned('net0').map((r) => r.gateway)).toEqual(['192.168.0.5', '192.168.0.4']);
    same();
    t.remove(wide);
    same();
    expect(t.insert(route('10.9.0.0', 16, '192.168.0.1'))).toBe(mid + 1);
    same();
    db.exec('ROLLBACK');
    db.close();
  });
});
