// Processes acting on different hosts of one lab at once: 4 real processes, each running a batch
// of ifconfig, route and ipadm lines on its own host (--host), one transaction a line, so their
// transactions interleave on the one state file. Every host must end exactly as a serial replay
// of the same batches leaves it (kernel, routes, disk, journal bytes), and each host's journal
// must be gapless from 1.
// Run with ROBUSTNESS_SEED=<n> to repeat a run (ROBUSTNESS_SEED=random for a fresh seed).
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { openState, listHosts, decodeState, decodeMessage } from '@ipmplab/core/testing';
import { must, spawnTool, tempStateFiles, Rng, seedFromEnv } from '@ipmplab/test-support';
import { copyState, integrityProblems, plain } from './lib/state';
import type { Json } from './lib/state';
import { outputProblems } from './lib/run';

const SEED = seedFromEnv();
const HOSTS = ['host0', 'h1', 'h2', 'h3'];
const LINES = 40;
const temps = tempStateFiles('ipmplab-hosts');
afterAll(() => temps.cleanup());

/** One host's batch: plumbing, addresses, routes and ipadm objects on its own links. */
function batchOf(rng: Rng, host: number): string {
  const lines: string[] = [];
  const net = (i: number) => `10.${host}.${i}`;
  lines.push(`ifconfig net0 plumb ${net(0)}.1/24 up --host ${HOSTS[host]}`);
  lines.push(`ipadm create-ip net1 --host ${HOSTS[host]}`);
  lines.push(`ipadm create-addr -T static -a ${net(1)}.1/24 net1/v4 --host ${HOSTS[host]}`);
  for (let i = 0; lines.length < LINES; i++) {
    const pick = rng.int(4);
    if (pick === 0) lines.push(`route add 172.${16 + host}.${i}.0/24 ${net(0)}.${2 + rng.int(200)} --host ${HOSTS[host]}`);
    else if (pick === 1) lines.push(`route add -host 192.0.2.${i % 250} ${net(1)}.${2 + rng.int(200)} --host ${HOSTS[host]}`);
    else if (pick === 2) lines.push(`ifconfig net0 addif ${net(0)}.${100 + i}/24 up --host ${HOSTS[host]}`);
    else lines.push(`ifconfig net0 mtu ${1400 + rng.int(100)} --host ${HOSTS[host]}`);
  }
  return `${lines.join('\n')}\n`;
}

interface HostDump {
  kernel: Json;
  routes: Json[];
  files: Json[];
  journal: { seq: number; at: number; hex: string }[];
}

/** A route's echo carries its writer's pid (rtm_pid, bytes 16-19), which differs between the runs. */
function withoutPid(msg: Buffer): Buffer {
  if (decodeMessage(new Uint8Array(msg)).header !== 'rt') return msg;
  const copy = Buffer.from(msg);
  copy.fill(0, 16, 20);
  return copy;
}

/** Every host's rows, by name. */
function dumpLab(file: string): Record<string, HostDump> {
  const db = openState(file, { create: false });
  try {
    const out: Record<string, HostDump> = {};
    for (const h of listHosts(db)) {
      const row = db.prepare('SELECT state FROM kernel WHERE host = ?').get(h.id) as { state: string };
      out[h.name] = {
        kernel: plain(decodeState(row.state)),
        routes: plain(db.prepare('SELECT family, dst_text, plen, gateway, ifname, type, flags, ref, use, owner, extra FROM routes WHERE host = ? ORDER BY id').all(h.id)) as Json[],
        files: plain(db.prepare('SELECT path, content, mode FROM files WHERE host = ? ORDER BY path').all(h.id)) as Json[],
        journal: (db.prepare('SELECT seq, at, msg FROM journal WHERE host = ? ORDER BY seq').all(h.id) as { seq: number; at: number; msg: Buffer }[])
          .map((r) => ({ seq: r.seq, at: r.at, hex: withoutPid(r.msg).toString('hex') })),
      };
    }
    return out;
  } finally {
    db.close();
  }
}

describe(`processes on different hosts of one lab (seed ${SEED})`, () => {
  it(`${HOSTS.length} processes x ${LINES} lines, each on its own host: each host as a serial replay leaves it, journals gapless`, async () => {
    const initial = temps.file();
    must(initial, 'ipmplab', ['clock', 'manual', '2030-01-01T00:00:00Z']);
    for (const h of HOSTS.slice(1)) must(initial, 'ipmplab', ['host', 'add', h]);
    const rng = new Rng(SEED);
    const dir = path.dirname(initial);
    const batches = HOSTS.map((_, i) => {
      const p = path.join(dir, `batch-${i}.txt`);
      fs.writeFileSync(p, batchOf(rng, i));
      return p;
    });

    const serial = temps.file();
    copyState(initial, serial);
    const concurrent = temps.file();
    copyState(initial, concurrent);

    for (const b of batches) {
      const r = await spawnTool('ipmplab', serial, ['batch', '--keep-going', b]);
      expect(outputProblems(r.stderr)).toEqual([]);
    }
    const runs = await Promise.all(batches.map((b) => spawnTool('ipmplab', concurrent, ['batch', '--keep-going', b])));
    for (const r of runs) expect(outputProblems(r.stderr)).toEqual([]);

    const want = dumpLab(serial);
    const got = dumpLab(concurrent);
    expect(Object.keys(got)).toEqual(HOSTS);
    for (const h of HOSTS) {
      expect(got[h].journal.map((e) => e.seq), `${h}'s journal`).toEqual(got[h].journal.map((_, i) => i + 1));
      expect(got[h].journal.length, `${h} sent messages`).toBeGreaterThan(LINES / 2);
      expect(got[h], h).toEqual(want[h]);
    }
    expect(integrityProblems(concurrent)).toEqual([]);
  });
});
