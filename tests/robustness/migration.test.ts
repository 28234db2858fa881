// A state file written by the release before labs had hosts (schema 1, one host) opens as a lab
// of one host: tests/fixtures/state-v1 holds such a file as SQL (written by that release: an
// IPMP group, test addresses, an ipadm object, a persistent route, 31 routing messages) and what
// its tools printed from it. After the upgrade the same tools print the same bytes, the journal
// keeps its sequence numbers, and the host is host0, the default.
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openState, StateFileError, SCHEMA_VERSION, readJournal, listHosts } from '@ipmplab/core/testing';
import { runTool, spawnTool, tempStateFiles } from '@ipmplab/test-support';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'state-v1');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURE, name), 'utf8');
const temps = tempStateFiles('ipmplab-migration');
afterAll(() => temps.cleanup());

/** A schema-1 file made from the fixture's SQL, 0600 as ipmplab makes its files. */
function v1File(): string {
  const file = temps.file();
  const db = new Database(file);
  db.exec(fixture('state-v1.sql'));
  db.close();
  fs.chmodSync(file, 0o600);
  return file;
}

type JournalRow = { seq: number; at: number; rtsq: number; family: number; origin: number; msg: Buffer };

function rawJournal(file: string, sql: string): JournalRow[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as JournalRow[];
  } finally {
    db.close();
  }
}

const TOOLS: [string, string[], string][] = [
  ['ifconfig', ['-a'], 'ifconfig.out'],
  ['netstat', ['-rn'], 'netstat.out'],
  ['ipadm', ['show-addr'], 'ipadm.out'],
  ['ipmpstat', ['-an'], 'ipmpstat.out'],
];

describe('a state file of schema 1', () => {
  it('is upgraded by the first tool that opens it; the tools print what they printed before', () => {
    const file = v1File();
    const before = rawJournal(file, 'SELECT seq, at, rtsq, family, origin, msg FROM journal ORDER BY seq');
    expect(before).toHaveLength(31);
    for (const [tool, args, out] of TOOLS) {
      const r = runTool(file, tool, args);
      expect({ tool, status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ tool, status: 0, stderr: '', stdout: fixture(out) });
    }
    const db = openState(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(listHosts(db)).toEqual([{ id: 1, name: 'host0', power: true }]);
      // The same messages under the same sequence numbers, now host0's.
      const after = readJournal(db, 1, 0, 1000).entries.map((e) => ({ seq: e.seq, at: e.at, rtsq: e.rtsq, family: e.family, origin: e.origin, msg: Buffer.from(e.bytes) }));
      expect(after).toEqual(before);
      // The disk had been written (a persistent route): it keeps its files, not the stock ones.
      expect(db.prepare('SELECT disk FROM hosts WHERE id = 1').get()).toEqual({ disk: 1 });
      expect(db.prepare("SELECT content FROM files WHERE host = 1 AND path = '/etc/inet/static_routes'").get()).toEqual({ content: expect.stringContaining('10.9.0.0/16') });
    } finally {
      db.close();
    }
    // A routing message after the upgrade follows the last one.
    expect(runTool(file, 'route', ['add', '10.99.0.0/16', '192.168.10.1']).status).toBe(0);
    expect(rawJournal(file, 'SELECT seq FROM journal WHERE host = 1 ORDER BY seq DESC LIMIT 1')[0].seq).toBe(32);
  });

  it('is upgraded once when several processes open it at the same moment', async () => {
    const file = v1File();
    const runs = await Promise.all(Array.from({ length: 6 }, () => spawnTool('ifconfig', file, ['-a'])));
    for (const r of runs) expect({ status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ status: 0, stderr: '', stdout: fixture('ifconfig.out') });
    expect(rawJournal(file, 'SELECT count(*) AS seq FROM journal')[0].seq).toBe(31);
    expect(runTool(file, 'ipmplab', ['host', 'ls']).stdout).toBe('HOST    POWER  RELEASE  LINKS\nhost0*  on     illumos  net0 net1 net2 net3\n');
  });

  it('is refused, unchanged, by a read-only open, which cannot upgrade it', () => {
    const file = v1File();
    const bytes = fs.readFileSync(file);
    let err: unknown;
    try {
      openState(file, { readonly: true }).close();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StateFileError);
    expect((err as StateFileError).reason).toBe('older');
    expect((err as Error).message).toBe(`${file} was written by an older ipmplab (state schema 1); open it once for writing to upgrade it`);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('missing one of its tables is refused as damaged and left as it was', () => {
    const file = v1File();
    const db = new Database(file);
    db.exec('DROP TABLE route_gateways');
    db.close();
    const bytes = fs.readFileSync(file);
    const r = runTool(file, 'ifconfig', ['-a']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`ifconfig: ${file} is damaged (tables missing); it was left untouched\n`);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(new Database(file, { readonly: true }).pragma('user_version', { simple: true })).toBe(1);
  });
});

// Schema 2 (a lab of hosts, before snapshots): tests/fixtures/state-v2, two hosts on one
// segment, an IPMP group with test addresses, a persistent route, ping's traffic.
const FIXTURE2 = path.join(__dirname, '..', 'fixtures', 'state-v2');
const fixture2 = (name: string) => fs.readFileSync(path.join(FIXTURE2, name), 'utf8');

function v2File(): string {
  const file = temps.file();
  const db = new Database(file);
  db.exec(fixture2('state-v2.sql'));
  db.close();
  fs.chmodSync(file, 0o600);
  return file;
}

describe('a state file of schema 2', () => {
  it('is upgraded by the first tool that opens it: the same output on both hosts, the journals and cables kept, no snapshots', () => {
    const file = v2File();
    const journal = 'SELECT host, seq, at, rtsq, family, origin, msg FROM journal ORDER BY host, seq';
    const before = rawJournal(file, journal);
    expect(before.length).toBeGreaterThan(20);
    for (const [tool, args, out] of [...TOOLS.filter(([t]) => t !== 'ipadm'), ['arp', ['-an'], 'arp.out'] as [string, string[], string]]) {
      const r = runTool(file, tool, args);
      expect({ tool, status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ tool, status: 0, stderr: '', stdout: fixture2(out) });
    }
    const b = runTool(file, 'ifconfig', ['-a', '--host', 'b']);
    expect(b.stdout).toBe(fixture2('ifconfig-b.out'));
    expect(new Database(file, { readonly: true }).pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(rawJournal(file, journal)).toEqual(before);
    expect(runTool(file, 'ipmplab', ['segment', 'ls']).stdout).toBe('SEGMENT  STATE  LOSS  PLUGGED\nsw0      up     0%    a:net0 a:net1 b:net0\n');
    expect(runTool(file, 'ipmplab', ['snapshot', 'ls']).stdout).toBe('no snapshots\n');
    // The upgraded lab takes snapshots.
    expect(runTool(file, 'ipmplab', ['snapshot', 'save', 'upgraded']).status).toBe(0);
    expect(runTool(file, 'ipmplab', ['snapshot', 'diff', 'upgraded']).stdout).toMatch(/^no differences between snapshot upgraded/);
  });

  it('is refused, unchanged, by a read-only open', () => {
    const file = v2File();
    const bytes = fs.readFileSync(file);
    expect(() => openState(file, { readonly: true }).close()).toThrow(`${file} was written by an older ipmplab (state schema 2); open it once for writing to upgrade it`);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
