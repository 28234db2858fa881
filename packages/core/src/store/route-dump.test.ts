import { describe, it, expect, afterEach } from 'vitest';
import path from 'node:path';
import { tempStateFiles } from '@ipmplab/test-support';
import { openState } from './open';
import { SqliteRouteTable } from './sqlite-routes';
import { dumpRoutes } from './route-dump';
import type { Family } from '../kernel/model';
import type { Route } from '../kernel/route/table';
import type { Db } from './db';

const temp = tempStateFiles('ipmplab-route-dump');
afterEach(temp.cleanup);

const route = (family: Family, dst: string, prefixlen: number, gateway: string, extra: Partial<Route> = {}): Route => ({
  family, dst, prefixlen, gateway, ifname: '', type: 'offlink', flags: 0x803, ref: 1, use: 0, owner: '', ...extra,
});

/** The dump read row by row, straight from SQLite, in the table's order. */
function rowByRow(db: Db, family: Family): Route[] {
  const rows = db.prepare(`SELECT dst_text, plen, gateway, ifname, type, flags, ref, use FROM routes
    WHERE host = 1 AND family = ? ORDER BY dst, plen, id`).raw(true).all(family === 'inet' ? 4 : 6) as unknown[][];
  return rows.map(([dst, prefixlen, gateway, ifname, type, flags, ref, use]) => ({
    family, dst, prefixlen, gateway, ifname, type, flags, ref, use, owner: '',
  }) as Route);
}

/** A table filled in an order unlike its own: descending, interleaved, with multipath entries. */
function filled(): Db {
  const db = openState(path.join(temp.dir(), 'state.db'));
  db.exec('BEGIN IMMEDIATE');
  const t = new SqliteRouteTable(db, 1);
  for (let i = 40; i >= 0; i--) {
    t.insert(route('inet', `10.${i % 3}.${i}.0`, 24, '192.168.0.1', { use: i }));
    if (i % 5 === 0) t.insert(route('inet', `10.${i % 3}.${i}.0`, 24, '192.168.0.2', { ref: 2 }));
    if (i % 7 === 0) t.insert(route('inet', `10.${i % 3}.${i}.0`, 16, '192.168.0.3'));
    t.insert(route('inet6', `2001:db8:${i.toString(16)}::`, 48, 'fe80::1', { ifname: 'net0' }));
  }
  t.insert(route('inet', '0.0.0.0', 0, '192.168.0.1'));
  return db;
}

const dumped = (db: Db, family: Family, page?: number) => [...dumpRoutes(db, 1, family, page)];

describe('the MIB dump read a page at a time', () => {
  it('gives every route once, in table order, whatever the page size', () => {
    const db = filled();
    for (const family of ['inet', 'inet6'] as const) {
      const expected = rowByRow(db, family);
      expect(expected.length).toBeGreaterThan(40);
      for (const page of [1, 2, 3, 7, 41, 1024]) expect(dumped(db, family, page)).toEqual(expected);
      expect([...new SqliteRouteTable(db, 1).dump(family)]).toEqual(expected);
    }
    db.exec('ROLLBACK');
    db.close();
  });

  it('reads a page that does not unpack row by row: separators in fields, numbers that are not integers', () => {
    const db = filled();
    const ids = db.prepare("SELECT id FROM routes WHERE host = 1 AND family = 4 ORDER BY dst, plen, id").pluck().all() as number[];
    const set = db.prepare('UPDATE routes SET ifname = ?, flags = ? WHERE host = 1 AND id = ?');
    set.run('net\t0', 0x803, ids[3]);
    set.run('net\n1', 0x803, ids[10]);
    set.run('net2', 'many', ids[20]);
    set.run('net3', 1.5, ids[30]);
    // A tab followed by digits: every number still reads as one, only the field count tells.
    db.prepare("UPDATE routes SET type = '1\t2' WHERE host = 1 AND id = ?").run(ids[35]);
    const expected = rowByRow(db, 'inet');
    expect(expected[3].ifname).toBe('net\t0');
    expect(expected[20].flags).toBe('many');
    expect(expected[30].flags).toBe(1.5);
    expect(expected[35].type).toBe('1\t2');
    for (const page of [1, 4, 16, 1024]) expect(dumped(db, 'inet', page)).toEqual(expected);
    db.exec('ROLLBACK');
    db.close();
  });

  it('refuses the file when the id index sends a page back before the last one', () => {
    const db = filled();
    const ids = db.prepare('SELECT id FROM routes WHERE host = 1 AND family = 4 ORDER BY dst, plen, id').pluck().all() as number[];
    // Two routes with one id (only a damaged file has them): the key of the fourth route, the
    // last of the second page of two, is looked up as the first route's, before the page.
    db.exec('DROP INDEX routes_by_id');
    db.prepare('UPDATE routes SET id = ? WHERE host = 1 AND id = ?').run(ids[0], ids[3]);
    expect(() => dumped(db, 'inet', 2)).toThrow(expect.objectContaining({ reason: 'corrupt', message: expect.stringContaining('the route index is inconsistent') }));
    db.exec('ROLLBACK');
    db.close();
  });

  it('of an empty family gives nothing', () => {
    const db = openState(path.join(temp.dir(), 'state.db'));
    expect(dumped(db, 'inet')).toEqual([]);
    expect(dumped(db, 'inet6', 1)).toEqual([]);
    db.close();
  });
});
