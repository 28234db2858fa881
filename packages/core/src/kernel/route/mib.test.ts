// The MIB's forwarding table read a page at a time: the same walk as reading it whole, even when
// the caller deletes each route it is handed (route flush does).
import { describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { SCHEMA_SQL } from '../../store/schema';
import { SqliteRouteTable } from '../../store/sqlite-routes';
import { bootedKernel } from '@ipmplab/test-support';
import { hostKernel } from '../../host/host';
import { mibRoutes, mibRoutesPaged } from './mib';

describe('mibRoutesPaged', () => {
  it('walks the table in pages in the order of a whole read, while the walker deletes what it was handed', () => {
    const db = new Database(':memory:');
    db.exec(SCHEMA_SQL);
    const routes = new SqliteRouteTable(db, 1);
    const booted = bootedKernel();
    const k = hostKernel(booted.state, routes, booted.now);
    for (let i = 0; i < 2500; i++) {
      routes.insert({ family: 'inet', dst: `10.${i >> 8}.${i & 255}.0`, prefixlen: 24 + (i % 3), gateway: '192.168.0.1', ifname: '', type: i % 7 ? 'offlink' : 'interface', flags: 3, ref: 0, use: 0, owner: '' });
    }
    const whole = [...mibRoutes(k, 'inet')];
    const walked = [];
    for (const r of mibRoutesPaged(k, 'inet', 1000)) {
      walked.push(r);
      if (r.type === 'offlink') routes.remove(routes.find({ family: r.family, dst: r.dst, prefixlen: r.prefixlen })[0].id!);
    }
    expect(walked).toEqual(whole);
    expect(walked).toHaveLength(2500);
    expect([...mibRoutes(k, 'inet')]).toEqual(whole.filter((r) => r.type !== 'offlink'));
  });
});
