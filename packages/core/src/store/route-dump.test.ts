import { describe, it, expect, afterEach } from 'vitest';
import path from 'node:path';
import { tempStateFiles } from '@ipmplab/test-support';
import { openState } from './open';
import { SqliteRouteTable } from './sqlite-routes';
import { dumpRoutes, unpack } from './route-dump';
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
    t.insert(route('inet6', `2001:db8:${(i + 1).toString(16)}::`, 48, 'fe80::1', { ifname: 'net0' }));
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

  it('refuses a page holding a route the kernel never writes, naming the route, whatever the page size', () => {
    // Separators inside fields, numbers that are not integers, texts no kernel writes: the page
    // does not unpack, is read again row by row, and the damaged route is named.
    const damages: [string, string, unknown][] = [
      ['ifname', 'interface', 'net\t0'], ['ifname', 'interface', 'net\n1'], ['ifname', 'interface', 'net0:1'],
      ['flags', 'flags', 'many'], ['flags', 'flags', 1.5], ['flags', 'flags', -1], ['type', 'type', '1\t2'], ['type', 'type', 'weird'],
      ['gateway', 'gateway', '1.2.3.4\n5'], ['gateway', 'gateway', '192.168.000.1'], ['dst_text', 'destination', 'junk'],
      ['plen', 'prefix length', 33], ['ref', 'counters', 'x'], ['use', 'counters', -2], ['id', 'id', 'x'],
    ];
    for (const [column, what, value] of damages) {
      const db = filled();
      const ids = db.prepare('SELECT id FROM routes WHERE host = 1 AND family = 4 ORDER BY dst, plen, id').pluck().all() as number[];
      db.prepare(`UPDATE routes SET ${column} = ? WHERE host = 1 AND id = ?`).run(value, ids[10]);
      const says = expect.objectContaining({
        reason: 'corrupt', message: expect.stringContaining(`(${column === 'id' ? 'a route' : `route ${ids[10]}`} of the route table has a malformed ${what})`),
      });
      for (const page of [1, 4, 1024]) expect(() => dumped(db, 'inet', page), `${column} = ${String(value)}, pages of ${page}`).toThrow(says);
      expect(() => [...new SqliteRouteTable(db, 1).all('inet')], `${column} = ${String(value)}: the kernel's read`).toThrow(says);
      expect(dumped(db, 'inet6')).toEqual(rowByRow(db, 'inet6')); // the other family is whole
      db.exec('ROLLBACK');
      db.close();
    }
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

  it('unpacks a page only when its lines are exactly its rows, each of exactly nine fields', () => {
    const line = (dst: string, id: number) => `${dst}\t32\t192.168.0.1\tnet0\tofflink\t2051\t1\t0\t${id}`;
    const two = `${line('10.0.0.1', 4)}\n${line('10.0.0.2', 9)}`;
    const page = unpack('inet', two, 2);
    expect(page).toEqual({
      lastId: 9,
      routes: ['10.0.0.1', '10.0.0.2'].map((dst) => ({ family: 'inet', dst, prefixlen: 32, gateway: '192.168.0.1', ifname: 'net0', type: 'offlink', flags: 2051, ref: 1, use: 0, owner: '' })),
    });
    // A gateway, interface or type is taken from the row before only when its text is the same:
    // the same length with other characters is read anew.
    const varied = [line('10.0.0.1', 1), line('10.0.0.2', 2), line('10.0.0.3', 3).replace('192.168.0.1\tnet0\tofflink', '192.168.0.2\tnet1\tifroute')].join('\n');
    expect(unpack('inet', varied, 3)!.routes.map((r) => [r.gateway, r.ifname, r.type])).toEqual([
      ['192.168.0.1', 'net0', 'offlink'], ['192.168.0.1', 'net0', 'offlink'], ['192.168.0.2', 'net1', 'ifroute'],
    ]);
    for (const [text, count, why] of [
      [two, 1, 'a line more than the rows'], [two, 3, 'a line fewer'], [`${two}\n`, 2, 'an empty last line'],
      [`${line('10.0.0.1', 4)}\t5\n${line('10.0.0.2', 9)}`, 2, 'a tenth field'], [two.replace('\tnet0', 'net0'), 2, 'eight fields'],
      [two.replace('\t1\t0\t9', '\t1\t0\t9x'), 2, 'an id that is not a number'], [two.replace('\t2051\t', '\t20 51\t'), 2, 'flags that are not a number'],
      [two.replace('10.0.0.2', '10.0.0.02'), 2, 'a destination the kernel never writes'],
    ] as const) expect(unpack('inet', text, count), why).toBeUndefined();
  });
});
