// Routing and IPMP under concurrency: real processes changing the same kernel at once.
//  - 8 processes add routes in parallel (each a batch of `route add` lines, one transaction per
//    line, so their transactions interleave): none is lost, the journal is gapless and holds
//    exactly one echo per add;
//  - 4 processes build one IPMP group at once (implicit creation racing, joins, data
//    addresses): the group ends with every member and address, consistent.
import { describe, it, expect, afterEach } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnTool, tempStateFiles } from '@ipmplab/test-support';
import { dumpFile, journalProblems, stateProblems } from './lib/state';
import { openState, readJournal, decodeMessage, rtmName, transact, ipmpSnapshot } from '@ipmplab/core/testing';

const states = tempStateFiles('ipmplab-conc');
afterEach(states.cleanup);
const lab = states.file;

const WRITERS = 8;
const PER_WRITER = 60;

describe('concurrent routing', () => {
  it(`${WRITERS} processes x ${PER_WRITER} route adds: none lost, journal gapless`, async () => {
    const file = lab();
    expect((await spawnTool('ifconfig', file, ['net0', 'plumb', '192.168.0.10/16', 'up'])).status).toBe(0);
    const batches = Array.from({ length: WRITERS }, (_, p) => {
      const f = path.join(path.dirname(file), `w${p}.txt`);
      fs.writeFileSync(f, Array.from({ length: PER_WRITER }, (_, i) => `route add 10.${p + 1}.${i}.0/24 192.168.0.1`).join('\n') + '\n');
      return f;
    });
    const results = await Promise.all(batches.map((f) => spawnTool('ipmplab', file, ['batch', f], {})));
    for (const r of results) expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });

    const db = openState(file);
    try {
      const routes = transact(db, (k) => [...k.routes.all('inet')].filter((r) => r.type === 'offlink').map((r) => `${r.dst}/${r.prefixlen}`));
      expect(new Set(routes).size).toBe(WRITERS * PER_WRITER);
      const journal = readJournal(db, 1, 0, 1_000_000).entries;
      expect(journal.map((e) => e.seq)).toEqual(journal.map((_, i) => i + 1));
      const adds = journal.map((e) => decodeMessage(e.bytes)).filter((m) => m.header === 'rt' && rtmName(m.type) === 'RTM_ADD' && m.pid !== 0);
      expect(adds).toHaveLength(WRITERS * PER_WRITER);
      expect(adds.every((m) => m.header === 'rt' && m.errno === 0)).toBe(true);
    } finally {
      db.close();
    }
    const d = dumpFile(file);
    expect([...journalProblems(d), ...stateProblems(d)]).toEqual([]);
  });
});

describe('concurrent IPMP group operations', () => {
  it('4 processes building one group at once end with every member and data address', async () => {
    const file = lab();
    expect((await spawnTool('ifconfig', file, ['-a'])).status).toBe(0);
    const members = ['net0', 'net1', 'net2', 'net3'];
    const results = await Promise.all(members.map((n, i) => {
      // Each joins "acctg" (the first to get there creates it, implicitly, as ipmp0) and adds
      // one data address through its own interface (it migrates to the IPMP interface).
      const f = path.join(path.dirname(file), `${n}.txt`);
      fs.writeFileSync(f, [`ifconfig ${n} plumb group acctg up`, `ifconfig ${n} addif 10.9.0.${i + 1}/24 up`].join('\n') + '\n');
      return spawnTool('ipmplab', file, ['batch', f], {});
    }));
    for (const r of results) expect(r.status).toBe(0);

    const db = openState(file);
    try {
      const snap = transact(db, (k) => ipmpSnapshot(k))!;
      expect(snap.groups.map((g) => [g.name, g.ifname, g.state])).toEqual([['acctg', 'ipmp0', 'ok']]);
      expect([...snap.groups[0].active].sort()).toEqual(members);
      const addrs = snap.addresses.filter((a) => a.addr.startsWith('10.9.0.')).map((a) => a.addr).sort();
      expect(addrs).toEqual(['10.9.0.1', '10.9.0.2', '10.9.0.3', '10.9.0.4']);
      // Every data address is bound to an active member, and the four are spread one each.
      const inbound = snap.addresses.filter((a) => a.addr.startsWith('10.9.0.')).map((a) => a.inbound).sort();
      expect(inbound).toEqual(members);
    } finally {
      db.close();
    }
    const d = dumpFile(file);
    expect([...journalProblems(d), ...stateProblems(d)]).toEqual([]);
  });
});
