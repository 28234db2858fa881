import { describe, it, expect, afterEach } from 'vitest';
import path from 'node:path';
import { tempStateFiles } from '@ipmplab/test-support';
import { openState } from './open';
import { routeTableProblems, SqliteRouteTable } from './sqlite-routes';
import { routeRowProblem } from './route-row-check';
import type { Route } from '../kernel/route/table';

const temp = tempStateFiles('ipmplab-route-rows');
afterEach(temp.cleanup);

const offlink: Route = { family: 'inet', dst: '10.1.0.0', prefixlen: 16, gateway: '192.168.0.1', ifname: '', type: 'offlink', flags: 0x803, ref: 1, use: 0, owner: '' };

describe('a route row the kernel never writes', () => {
  it('is told apart from every route the kernel writes', () => {
    const good: Route[] = [
      offlink,
      { ...offlink, setsrc: '192.168.0.10', metrics: { mtu: 1400, rtt: 20, hopcount: 3 }, inits: 0x41, locks: 1 },
      { family: 'inet6', dst: '2001:db8::', prefixlen: 32, gateway: 'fe80::1', ifname: 'ipmp0', type: 'offlink', flags: 0x803, ref: 1, use: 7, owner: '' },
      { family: 'inet', dst: '0.0.0.0', prefixlen: 0, gateway: '', ifname: 'net0', type: 'broadcast', flags: 0xffffffff, ref: 0, use: 0, owner: 'net0:1/inet' },
      { family: 'inet6', dst: '::1', prefixlen: 128, gateway: '::1', ifname: 'lo0', type: 'loopback', flags: 5, ref: 2, use: 0, owner: 'lo0/inet6' },
    ];
    for (const r of good) expect(routeRowProblem(r), JSON.stringify(r)).toBeUndefined();
    const bad: [Partial<Route>, string][] = [
      [{ dst: '10.1.0.0\n' }, 'destination'], [{ dst: '010.1.0.0' }, 'destination'], [{ dst: 'fe80::1' }, 'destination'],
      [{ prefixlen: 33 }, 'prefix length'], [{ prefixlen: -1 }, 'prefix length'], [{ prefixlen: 1.5 }, 'prefix length'],
      [{ gateway: 'fe80::1' }, 'gateway'], [{ gateway: 'router' }, 'gateway'],
      [{ ifname: 'net0:1' }, 'interface'], [{ ifname: 'net\u001b0' }, 'interface'], [{ ifname: 'x'.repeat(40) + '0' }, 'interface'],
      [{ type: 'Offlink' as Route['type'] }, 'type'], [{ flags: 2 ** 32 }, 'flags'], [{ flags: '3' as unknown as number }, 'flags'],
      [{ ref: -1 }, 'counters'], [{ use: Number.NaN }, 'counters'], [{ owner: 5 as unknown as string }, 'owner'],
      [{ setsrc: '::1' }, 'source address'], [{ metrics: { mtu: -1 } }, 'metrics'],
      [{ metrics: { pksent: 1 } as Route['metrics'] }, 'metrics'], [{ metrics: [] as Route['metrics'] }, 'metrics'], [{ inits: 0.5 }, 'metrics'],
    ];
    for (const [change, what] of bad) expect(routeRowProblem({ ...offlink, ...change }), JSON.stringify(change)).toBe(what);
    // The last good gateway and type are remembered by family: an IPv4 gateway just found good
    // is still no gateway of an IPv6 route, nor an IPv6 one of an IPv4 route.
    const v6: Route = { ...offlink, family: 'inet6', dst: '2001:db8::', prefixlen: 32, gateway: 'fe80::1' };
    expect(routeRowProblem(offlink)).toBeUndefined();
    expect(routeRowProblem({ ...v6, gateway: offlink.gateway })).toBe('gateway');
    expect(routeRowProblem(v6)).toBeUndefined();
    expect(routeRowProblem({ ...offlink, gateway: v6.gateway })).toBe('gateway');
  });

  it('is refused as damage by every read of the kernel, and ipmplab check lists it', () => {
    const db = openState(path.join(temp.dir(), 'state.db'));
    db.exec('BEGIN IMMEDIATE');
    const t = new SqliteRouteTable(db, 1);
    const id = t.insert({ ...offlink, setsrc: '192.168.0.10', metrics: { mtu: 1400 }, inits: 1 });
    t.insert({ ...offlink, dst: '10.2.0.0' });
    expect(t.byId(id)).toMatchObject({ setsrc: '192.168.0.10', metrics: { mtu: 1400 }, inits: 1 });
    expect(routeTableProblems(db)).toEqual([]);
    db.exec('COMMIT');
    const damages: [string, unknown, string][] = [
      ['extra', '{', 'extra attributes'], ['extra', '[1]', 'extra attributes'], ['extra', '{"colour":1}', 'extra attributes'],
      ['extra', '{"setsrc":5}', 'source address'], ['extra', 7, 'extra attributes'],
      ['gateway', '1.2.3.4\n5', 'gateway'], ['family', 5, 'family'],
    ];
    for (const [column, value, what] of damages) {
      db.exec('BEGIN IMMEDIATE');
      // As a hand edit makes it: the table's types allow each of these.
      db.prepare(`UPDATE routes SET ${column} = ? WHERE host = 1 AND id = ?`).run(value, id);
      const fresh = new SqliteRouteTable(db, 1);
      const says = expect.objectContaining({ reason: 'corrupt', message: expect.stringContaining(`(route ${id} of the route table has a malformed ${what})`) });
      expect(() => fresh.byId(id), `${column}: byId`).toThrow(says);
      expect(() => [...fresh.all()], `${column}: all`).toThrow(says);
      if (column !== 'family') {
        expect(() => fresh.find(offlink), `${column}: find`).toThrow(says);
        expect(() => fresh.lookup('inet', '10.1.2.3'), `${column}: lookup`).toThrow(says);
        expect(() => fresh.findByDst('inet', '10.1.0.0'), `${column}: findByDst`).toThrow(says);
      }
      expect(fresh.lookup('inet', '10.2.0.9')?.dst, `${column}: another route reads`).toBe('10.2.0.0');
      // The route first; then the counts: the trigger counted the malformed gateway, and a route
      // moved to another family is still counted under its own.
      const found = routeTableProblems(db);
      expect(found[0], column).toEqual({ host: 1, why: `route ${id} of the route table has a malformed ${what}` });
      const counts = { gateway: ['gateway counts are malformed'], family: ['prefix-length counts disagree with its routes', 'gateway counts disagree with its routes'] }[column] ?? [];
      expect(found.slice(1), column).toEqual(counts.map((c) => ({ host: 1, why: `the route table's ${c}` })));
      db.exec('ROLLBACK');
    }
    db.close();
  });

  it('the counts a longest-prefix match and in.mpathd read are refused when malformed, and ipmplab check finds them wrong', () => {
    const file = path.join(temp.dir(), 'state.db');
    const db = openState(file);
    db.exec('BEGIN IMMEDIATE');
    const t = new SqliteRouteTable(db, 1);
    t.insert(offlink);
    t.insert({ ...offlink, dst: '10.2.0.0', gateway: '192.168.0.2' });
    db.exec('COMMIT');
    expect(routeTableProblems(db)).toEqual([]);
    const damages: [string, string, RegExp][] = [
      ["UPDATE route_gateways SET gateway = 'ju' || char(27) || 'nk' WHERE gateway = '192.168.0.2'", 'gateway counts are malformed', /gateway/],
      ["UPDATE route_gateways SET n = 'x'", 'gateway counts are malformed', /gateway/],
      ['UPDATE route_plens SET plen = 99 WHERE plen = 16', 'prefix-length counts are malformed', /plen/],
      ["UPDATE route_plens SET n = 'many'", 'prefix-length counts are malformed', /plen/],
      ['UPDATE route_gateways SET n = n + 1', 'gateway counts disagree with its routes', /none/],
      ['DELETE FROM route_plens', 'prefix-length counts disagree with its routes', /none/],
    ];
    for (const [sql, says, reads] of damages) {
      db.exec('BEGIN IMMEDIATE');
      db.exec(sql);
      const fresh = new SqliteRouteTable(db, 1);
      const refused = expect.objectContaining({ reason: 'corrupt', message: expect.stringContaining(`(the route table's ${says})`) });
      if (reads.test('gateway')) expect(() => fresh.gateways('inet'), sql).toThrow(refused);
      if (reads.test('plen')) expect(() => fresh.lookup('inet', '10.1.2.3'), sql).toThrow(refused);
      expect(routeTableProblems(db), sql).toEqual([{ host: 1, why: `the route table's ${says}` }]);
      db.exec('ROLLBACK');
    }
    db.close();
  });
});
