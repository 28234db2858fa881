// The copy-on-write table answers every read exactly as the SQLite table would after the same
// writes, and never writes to the table underneath.
import { describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { SCHEMA_SQL } from '../../store/schema';
import { SqliteRouteTable } from '../../store/sqlite-routes';
import { OverlayRouteTable } from './overlay';
import type { Route, RouteTable, RouteType } from './table';
import type { Family } from '../model';
import { Rng } from '@ipmplab/test-support';

function sqliteTable(): { db: Database.Database; t: SqliteRouteTable } {
  const db = new Database(':memory:');
  db.exec(SCHEMA_SQL);
  return { db, t: new SqliteRouteTable(db, 1) };
}

const DSTS: [Family, string, number][] = [
  ['inet', '10.0.0.0', 8], ['inet', '10.1.0.0', 16], ['inet', '10.1.2.0', 24], ['inet', '10.1.2.3', 32], ['inet', '0.0.0.0', 0],
  ['inet', '192.168.1.255', 32], ['inet6', '2001:db8::', 32], ['inet6', '2001:db8::1', 128], ['inet6', '::', 0],
];
/** Each family's gateways (the kernel keeps a route's gateway in its own family). */
const GATEWAYS: Record<Family, string[]> = { inet: ['10.0.0.1', '10.0.0.2', '192.168.1.1'], inet6: ['fe80::1', 'fe80::2'] };
const OWNERS = ['', 'net0:0/inet', 'net1:0/inet', 'net0:0/inet6'];
const TYPES: RouteType[] = ['offlink', 'offlink', 'interface', 'broadcast', 'local'];
const PROBES: [Family, string][] = [['inet', '10.1.2.3'], ['inet', '10.1.9.9'], ['inet', '10.200.0.1'], ['inet', '192.168.1.255'], ['inet', '8.8.8.8'],
  ['inet6', '2001:db8::1'], ['inet6', '2001:db8::2'], ['inet6', '2002::1']];

function randomRoute(rng: Rng): Route {
  const [family, dst, prefixlen] = rng.pick(DSTS);
  const r: Route = {
    family, dst, prefixlen, gateway: rng.pick(GATEWAYS[family]), ifname: rng.pick(['', 'net0', 'net1']), type: rng.pick(TYPES),
    flags: 1 | rng.int(8) * 2, ref: 0, use: rng.int(3), owner: rng.pick(OWNERS),
  };
  if (rng.chance(0.2)) r.setsrc = family === 'inet' ? '10.0.0.9' : '2001:db8::9';
  if (rng.chance(0.2)) r.metrics = { mtu: 1400 + rng.int(3) };
  if (rng.chance(0.2)) r.inits = rng.int(2);
  return r;
}

/** A whole dump read in pages of three. */
function paged(t: RouteTable, family: Family): Route[] {
  const out: Route[] = [];
  let page = t.dumpPage(family, undefined, 3);
  for (;;) {
    out.push(...page.routes);
    if (!page.next) return out;
    page = t.dumpPage(family, page.next, 3);
  }
}

/** Every read the kernel makes, as plain data. */
function reads(t: RouteTable, ids: number[]): unknown {
  const accept = (r: Route, plen: number) => r.type === 'offlink' || plen > 16;
  return {
    all: [...t.all()], inet: [...t.all('inet')], dump4: [...t.dump('inet')], dump6: [...t.dump('inet6')],
    pages4: paged(t, 'inet'), pages6: paged(t, 'inet6'),
    count: [t.count(), t.count('inet'), t.count('inet6')],
    find: DSTS.map(([family, dst, prefixlen]) => t.find({ family, dst, prefixlen })),
    byDst: DSTS.map(([family, dst]) => t.findByDst(family, dst)),
    byId: ids.map((id) => t.byId(id) ?? null),
    lookup: PROBES.map(([f, a]) => t.lookup(f, a) ?? null),
    longest: PROBES.map(([f, a]) => t.longestMatch(f, a, accept) ?? null),
    gateways: [t.gateways('inet'), t.gateways('inet6'), [...t.gatewayCounts('inet')], [...t.gatewayCounts('inet6')]],
    owned: OWNERS.map((o) => t.owned(o)),
    maxId: t.maxIdBelow(Infinity),
  };
}

describe('OverlayRouteTable', () => {
  it('reads like the table it stands for after any sequence of writes, and leaves the base alone', () => {
    let checks = 0;
    for (let seed = 1; seed <= 25; seed++) {
      const rng = new Rng(seed);
      const base = sqliteTable();
      const direct = sqliteTable();
      for (let i = 0; i < 12; i++) {
        const r = randomRoute(rng);
        base.t.insert(r);
        direct.t.insert(r);
      }
      const before = [...base.t.all()];
      const overlay = new OverlayRouteTable(base.t);
      const ids = () => [...new Set([...[...direct.t.all()].map((r) => r.id!), 1, 2, 13, 14, 15, 16])];
      for (let step = 0; step < 30; step++) {
        const live = [...direct.t.all()];
        const op = rng.int(5);
        if (op === 0 || live.length === 0) {
          const r = randomRoute(rng);
          expect(overlay.insert(r)).toBe(direct.t.insert(r));
        } else if (op === 1) {
          const id = rng.pick(live).id!;
          overlay.remove(id);
          direct.t.remove(id);
        } else if (op === 2 || op === 3) {
          const r = { ...rng.pick(live) };
          r.gateway = rng.pick(GATEWAYS[r.family]);
          r.flags ^= 4;
          r.ref = rng.int(3);
          r.owner = rng.pick(OWNERS);
          r.metrics = rng.chance(0.5) ? { mtu: 1280 } : undefined;
          overlay.update(r);
          direct.t.update(r);
        } else {
          const owner = rng.pick(OWNERS);
          expect(overlay.removeOwned(owner).map((r) => r.id).sort()).toEqual(direct.t.removeOwned(owner).map((r) => r.id).sort());
        }
        const seen = reads(direct.t, ids());
        expect(reads(overlay, ids()), `seed ${seed} step ${step}`).toEqual(seen);
        expect((seen as { pages4: Route[] }).pages4).toEqual([...direct.t.dump('inet')]);
        checks++;
      }
      expect([...base.t.all()]).toEqual(before);
    }
    expect(checks).toBe(25 * 30);
  });

  it('reads straight through while untouched', () => {
    const base = sqliteTable();
    base.t.insert({ family: 'inet', dst: '10.0.0.0', prefixlen: 8, gateway: '10.0.0.1', ifname: '', type: 'offlink', flags: 3, ref: 0, use: 0, owner: '' });
    const overlay = new OverlayRouteTable(base.t);
    expect(overlay.touched).toBe(false);
    expect([...overlay.dump('inet')]).toEqual([...base.t.dump('inet')]);
    overlay.remove(1);
    expect(overlay.touched).toBe(true);
    expect([...overlay.dump('inet')]).toEqual([]);
    expect(base.t.count()).toBe(1);
  });
});
