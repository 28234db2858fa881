// Looking at a state file from the outside: a canonical dump (kernel document, routes, journal),
// the structural invariants every committed state must satisfy, the journal's own invariants,
// and a fingerprint of the file's bytes for "left untouched" checks.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  openState, integrityCheck, transact, decodeState, decodeMessage, rtmName, lastSeq, LAB_EVENT_FAMILY,
} from '@ipmplab/core/testing';
import type { Db, KernelState } from '@ipmplab/core/testing';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A routes row: every column but the rowid (blobs as hex), so columns added later are compared too. */
export interface RouteRow {
  dst_text: string;
  plen: number;
  owner: string;
  [column: string]: Json;
}

export interface JournalRow {
  seq: number;
  at: number;
  rtsq: number;
  family: number;
  origin: number;
  hex: string;
}

export interface Dump {
  /** The kernel document as plain JSON (bigints as 0x strings), or null before the first boot. */
  kernel: Json | null;
  routes: RouteRow[];
  journal: JournalRow[];
  lastSeq: number;
  /** Every other table of the file (host files, meta without its creation time), row by row. */
  other: Record<string, Json[]>;
}

/** bigints become "0x..." strings, so the dump is plain JSON and compares with toEqual. */
export function plain(value: unknown): Json {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `0x${v.toString(16)}` : v))) as Json;
}

const cell = (v: unknown): Json => (Buffer.isBuffer(v) ? `x'${v.toString('hex')}'` : (v as Json));
const row = (r: Record<string, unknown>, skip: string[] = []): { [k: string]: Json } =>
  Object.fromEntries(Object.entries(r).filter(([k]) => !skip.includes(k)).map(([k, v]) => [k, cell(v)]));

export function dumpDb(db: Db): Dump {
  const kernelRow = db.prepare('SELECT state FROM kernel WHERE host = 1').get() as { state: string } | undefined;
  const kernel = kernelRow ? plain(decodeState(kernelRow.state)) : null;
  const routes = (db.prepare('SELECT * FROM routes ORDER BY host, id').all() as Record<string, unknown>[])
    .map((r) => row(r, ['id']) as RouteRow);
  const journal = (db.prepare('SELECT seq, at, rtsq, family, origin, msg FROM journal ORDER BY host, seq').all() as
    { seq: number; at: number; rtsq: number; family: number; origin: number; msg: Buffer }[])
    .map((r) => ({ seq: r.seq, at: r.at, rtsq: r.rtsq, family: r.family, origin: r.origin, hex: r.msg.toString('hex') }));
  const other: Record<string, Json[]> = {};
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[])
    .map((t) => t.name)
    .filter((t) => !['kernel', 'routes', 'journal'].includes(t));
  for (const t of tables) {
    const rows = (db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all() as Record<string, unknown>[]).map((r) => row(r));
    other[t] = t === 'meta' ? rows.filter((r) => r.key !== 'created') : rows;
  }
  return { kernel, routes, journal, lastSeq: lastSeq(db, 1), other };
}

/** Opens an existing state file the way the tools do (never creates one), dumps it, closes it. */
export function dumpFile(file: string): Dump {
  const db = openState(file, { create: false });
  try {
    return dumpDb(db);
  } finally {
    db.close();
  }
}

const stripUnit = (name: string) => name.replace(/:\d+(?=\/|$)/, '');
const byJson = (a: unknown, b: unknown) => {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

export interface CanonicalOptions {
  /**
   * Forget logical unit numbers (net0:3 -> net0): they depend on the order in which concurrent
   * commands ran. Logical interfaces are then compared as a multiset of their contents.
   */
  ignoreUnits?: boolean;
  /** Compare the journal as a multiset (order depends on interleaving) instead of a sequence. */
  journalAsMultiset?: boolean;
  /**
   * Name interfaces instead of numbering them: the kernel hands out interface indexes in
   * plumbing order across the whole host (ip_if.c ip_assign_ifindex; lastIndex here), so
   * commands that create interfaces concurrently give them other numbers than a serial run
   * does. Each phyint's index and every index in a routing message (the header's, a
   * sockaddr_dl's, an IPv6 scope id) are replaced by the interface's name; messages are then
   * compared decoded.
   */
  indexesAsNames?: boolean;
  /**
   * Compare the routes and the timer queue as multisets: routes to the same destination (each
   * interface's 255.255.255.255 broadcast route) and timers due at the same moment (DAD started
   * under a frozen clock) keep the order in which concurrent commands made them.
   */
  routesAndTimersAsMultisets?: boolean;
  /** Host files (ipmgmtd's, one nvlist line per record) compared as linesByInterface() gives them. */
  filesByInterface?: string[];
}

/**
 * An ipmgmtd file (/etc/ipadm/ipadm.conf, the address-object map) as its comment lines and,
 * per interface (`_ifname=`), that interface's lines in file order. ipmgmtd appends a new
 * record at the end of the file, so when commands on different interfaces interleave, the
 * interfaces' lines interleave in another order; each interface's own lines keep theirs.
 */
export function linesByInterface(text: string): { [group: string]: string[] } {
  const groups: { [group: string]: string[] } = {};
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const group = line.startsWith('#') ? '#' : /(?:^|;)_ifname=([^;]*);/.exec(line)?.[1] ?? '';
    (groups[group] ??= []).push(line);
  }
  return groups;
}

/** A form of the dump in which only what may legitimately differ has been normalised. */
export function canonical(d: Dump, opts: CanonicalOptions = {}): Json {
  const kernel = d.kernel === null ? null : structuredClone(d.kernel) as { [k: string]: Json };
  if (kernel && opts.ignoreUnits) {
    const phyints = kernel.phyints as { [name: string]: { ills: { [fam: string]: { ipifs: { [k: string]: Json }[] } } } };
    for (const p of Object.values(phyints)) {
      for (const ill of Object.values(p.ills)) {
        ill.ipifs = ill.ipifs.map(({ id, ...rest }) => ({ unit0: id === 0, ...rest })).sort(byJson);
      }
    }
    kernel.timers = (kernel.timers as { [k: string]: Json }[]).map(({ id, ...rest }) => ({ unit0: id === 0, ...rest })).sort(byJson);
  }
  if (kernel && opts.routesAndTimersAsMultisets) kernel.timers = [...(kernel.timers as Json[])].sort(byJson);
  let routes = d.routes.map((r) => (opts.ignoreUnits ? { ...r, owner: stripUnit(r.owner) } : r));
  if (opts.ignoreUnits || opts.routesAndTimersAsMultisets) routes = [...routes].sort(byJson);
  let messages: { [k: string]: Json }[] = d.journal.map(({ seq, ...rest }) => rest as unknown as { [k: string]: Json });
  if (kernel && opts.indexesAsNames) {
    const names = indexNames(d);
    for (const p of Object.values(kernel.phyints as { [name: string]: { [k: string]: Json } })) delete p.index;
    messages = messages.map(({ hex, ...rest }) => ({ ...rest, message: messageWithNames(hex as string, names) }));
  }
  let other = opts.ignoreUnits ? withoutAobjmap(d.other) : d.other;
  if (opts.filesByInterface) {
    const grouped = opts.filesByInterface;
    other = { ...other, files: (other.files ?? []).map((row) => {
      const r = row as { [k: string]: Json };
      return grouped.includes(r.path as string) ? { ...r, content: linesByInterface(r.content as string) } : r;
    }) };
  }
  return {
    kernel,
    other,
    routes: routes as unknown as Json,
    journal: (opts.journalAsMultiset ? [...messages].sort(byJson) : messages) as unknown as Json,
    lastSeq: d.lastSeq,
  };
}

/**
 * Which interface held each index: the kernel's phyints now, and every sockaddr_dl in the
 * journal (an index is never handed out twice: the counter would have to wrap first).
 */
function indexNames(d: Dump): Map<number, string> {
  const names = new Map<number, string>();
  for (const e of d.journal) {
    const m = decodeMessage(Uint8Array.from(Buffer.from(e.hex, 'hex')));
    for (const sa of Object.values(m.sockaddrs)) if (sa?.family === 'link' && sa.name !== '') names.set(sa.index, sa.name);
  }
  const phyints = (d.kernel as { phyints: { [name: string]: { index: number } } }).phyints;
  for (const [name, p] of Object.entries(phyints)) names.set(p.index, name);
  return names;
}

/** A journal message decoded, its interface indexes replaced by names (`#N` if none is known). */
function messageWithNames(hex: string, names: Map<number, string>): Json {
  const name = (index: number) => (index === 0 ? 0 : names.get(index) ?? `#${index}`);
  const m = decodeMessage(Uint8Array.from(Buffer.from(hex, 'hex')));
  const sockaddrs = Object.fromEntries(Object.entries(m.sockaddrs).map(([rta, sa]) => {
    if (sa?.family === 'link') return [rta, { ...sa, index: name(sa.index), hwaddr: Buffer.from(sa.hwaddr).toString('hex') }];
    if (sa?.family === 'inet6' && sa.scopeId) return [rta, { ...sa, scopeId: name(sa.scopeId) }];
    return [rta, sa];
  }));
  return plain({ ...m, index: name(m.index), sockaddrs });
}

/**
 * ipmgmtd's address-object map is left out of an interleaving-insensitive comparison. It names
 * ifconfig's addresses `IF/_a`, `IF/_b`... in the order they were made, records their units, and
 * keeps its lines in commit order; and an entry whose logical interface `ifconfig removeif`
 * removed stays until the unit is reused (a known gap: ifconfig does not yet delete its address
 * objects), so even the number of entries depends on which process made which unit first.
 */
function withoutAobjmap(other: Record<string, Json[]>): Record<string, Json[]> {
  const out: Record<string, Json[]> = {};
  for (const [table, rows] of Object.entries(other)) {
    out[table] = rows.filter((row) => (row as { [k: string]: Json }).path !== AOBJMAP);
  }
  return out;
}

const AOBJMAP = '/etc/svc/volatile/ipadm/aobjmap.conf';

/** The journal's own invariants: gapless 1..N, lastSeq = N, every message decodes to a known type. */
export function journalProblems(d: Dump): string[] {
  const problems: string[] = [];
  d.journal.forEach((e, i) => {
    if (e.seq !== i + 1) problems.push(`journal[${i}] has seq ${e.seq}, expected ${i + 1}`);
  });
  if (d.lastSeq !== d.journal.length) problems.push(`lastSeq ${d.lastSeq} but ${d.journal.length} entries`);
  for (const e of d.journal) {
    // A lab event (a snapshot restored) is a row of its own family, no routing message.
    if (e.family === LAB_EVENT_FAMILY) continue;
    try {
      const m = decodeMessage(Uint8Array.from(Buffer.from(e.hex, 'hex')));
      if (rtmName(m.type) === undefined) problems.push(`seq ${e.seq}: unknown message type ${m.type}`);
    } catch (err) {
      problems.push(`seq ${e.seq}: does not decode (${(err as Error).message})`);
    }
  }
  return problems.slice(0, 20);
}

type Ill = { family: string; ipifs: { id: number; flags: string; addr: string; ready: boolean }[] };
type Phyint = { name: string; index: number; ills: { [fam: string]: Ill } };

const IFF_UP = 0x1n;

/**
 * What every committed state must satisfy whatever commands ran: unit 0 present, logical ids
 * unique, sorted and in 0..255, interface indexes unique, every kernel route owned by a logical
 * interface that exists and is UP, and timers naming existing logical interfaces.
 */
export function stateProblems(d: Dump): string[] {
  const problems: string[] = [];
  if (d.kernel === null) return problems;
  const k = d.kernel as unknown as { phyints: { [n: string]: Phyint }; timers: { name: string; family: string; id: number }[] };
  const lifs = new Map<string, { up: boolean }>();
  const indexes = new Map<number, string>();
  for (const [name, p] of Object.entries(k.phyints)) {
    if (p.name !== name) problems.push(`phyint key ${name} holds ${p.name}`);
    if (indexes.has(p.index)) problems.push(`index ${p.index} used by ${indexes.get(p.index)} and ${name}`);
    indexes.set(p.index, name);
    if (Object.keys(p.ills).length === 0) problems.push(`${name}: phyint without ills`);
    for (const [fam, ill] of Object.entries(p.ills)) {
      const ids = ill.ipifs.map((i) => i.id);
      if (!ids.includes(0)) problems.push(`${name}/${fam}: no unit 0`);
      for (let i = 1; i < ids.length; i++) if (ids[i] <= ids[i - 1]) problems.push(`${name}/${fam}: ids not strictly ascending: ${ids.join(',')}`);
      for (const ipif of ill.ipifs) {
        if (!Number.isInteger(ipif.id) || ipif.id < 0 || ipif.id > 255) problems.push(`${name}/${fam}: id ${ipif.id} out of range`);
        const lname = ipif.id === 0 ? name : `${name}:${ipif.id}`;
        lifs.set(`${lname}/${fam}`, { up: (BigInt(ipif.flags) & IFF_UP) !== 0n });
      }
    }
  }
  for (const r of d.routes) {
    if (r.owner === '') continue;
    const lif = lifs.get(r.owner);
    if (!lif) problems.push(`route ${r.dst_text}/${r.plen} owned by missing ${r.owner}`);
    else if (!lif.up) problems.push(`route ${r.dst_text}/${r.plen} owned by ${r.owner}, which is down`);
  }
  for (const t of k.timers) {
    const lname = t.id === 0 ? t.name : `${t.name}:${t.id}`;
    if (!lifs.has(`${lname}/${t.family}`)) problems.push(`timer for missing ${lname}/${t.family}`);
  }
  return problems.slice(0, 20);
}

/** integrityCheck through the tools' own open. */
export function integrityProblems(file: string): string[] {
  const db = openState(file, { create: false });
  try {
    return integrityCheck(db);
  } finally {
    db.close();
  }
}

/**
 * Freezes the kernel clock (manual mode) after letting `advanceMs` pass, so that pending DAD
 * timers fire first; afterwards no command changes the state by the mere passing of time.
 */
export function freezeClock(file: string, advanceMs = 5_000, at?: number): void {
  const db = openState(file, { create: false });
  try {
    transact(db, (k) => {
      k.advance(k.now + advanceMs);
      k.state.clock = { mode: 'manual', now: at ?? k.now };
      k.now = k.state.clock.now;
      k.dirty = true;
    });
  } finally {
    db.close();
  }
}

/** The kernel document, decoded. */
export function kernelOf(file: string): KernelState | undefined {
  const db = openState(file, { create: false });
  try {
    const row = db.prepare('SELECT state FROM kernel WHERE host = 1').get() as { state: string } | undefined;
    return row ? decodeState(row.state) : undefined;
  } finally {
    db.close();
  }
}

/** Copies a closed state file (the WAL must have been checkpointed: no -wal beside it). */
export function copyState(src: string, dst: string): void {
  if (fs.existsSync(`${src}-wal`) && fs.statSync(`${src}-wal`).size > 0) throw new Error(`${src} has a live WAL; close every connection first`);
  fs.copyFileSync(src, dst);
  fs.chmodSync(dst, 0o600);
}

export interface Fingerprint {
  sha256: string;
  size: number;
  mtimeMs: number;
  mode: number;
  uid: number;
  /** The directory's entries, so left-over -wal/-shm/-journal files show up. */
  siblings: string[];
  isDir: boolean;
}

export function fingerprint(p: string): Fingerprint {
  const st = fs.statSync(p);
  const isDir = st.isDirectory();
  const content = isDir ? fs.readdirSync(p).sort().join('\n') : st.isFile() ? fs.readFileSync(p) : ''; // never read a FIFO
  const sha256 = crypto.createHash('sha256').update(content).digest('hex');
  return {
    sha256, size: st.size, mtimeMs: st.mtimeMs, mode: st.mode, uid: st.uid, isDir,
    siblings: fs.readdirSync(path.dirname(p)).sort(),
  };
}

/** A connection of our own, for lock probes: BEGIN IMMEDIATE with the given wait. */
export function tryWriteLock(file: string, waitMs: number): 'free' | 'busy' {
  const db = new Database(file, { fileMustExist: true, timeout: waitMs });
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return 'free';
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_BUSY') return 'busy';
    throw e;
  } finally {
    db.close();
  }
}

/** What lstat says of one path (links are not followed), with its bytes' hash or link target. */
export interface PathPrint {
  path: string;
  exists: boolean;
  dev?: number;
  ino?: number;
  mode?: number;
  uid?: number;
  size?: number;
  mtimeMs?: number;
  /** sha256 of a regular file, the target of a link, the sorted entries of a directory. */
  content?: string;
}

function pathPrint(p: string): PathPrint {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(p);
  } catch {
    return { path: p, exists: false };
  }
  const content = st.isSymbolicLink() ? fs.readlinkSync(p)
    : st.isDirectory() ? fs.readdirSync(p).sort().join('\n')
      : st.isFile() ? crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex') : '';
  return { path: p, exists: true, dev: st.dev, ino: st.ino, mode: st.mode, uid: st.uid, size: st.size, mtimeMs: st.mtimeMs, content };
}

/**
 * "Nothing touched": the state file, its companions (-wal, -shm, -journal), its directory (entries
 * and mtime) and any other paths given, each as lstat sees it: device, inode, mode, owner, size,
 * mtime and content.
 */
export function footprint(file: string, others: string[] = []): PathPrint[] {
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`, path.dirname(file), ...others].map(pathPrint);
}

/** The pages in use (page number, owner table or index), from SQLite's dbstat table. */
export function pagesInUse(file: string): { pageno: number; name: string }[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT pageno, name FROM dbstat ORDER BY pageno').all() as { pageno: number; name: string }[];
  } finally {
    db.close();
  }
}

/** Overwrites whole pages (numbered from 1) of a closed file with the bytes `fill` gives. */
export function overwritePages(file: string, pages: number[], fill: (i: number) => number, pageSize = 4096): void {
  const fd = fs.openSync(file, 'r+');
  try {
    for (const page of pages) fs.writeSync(fd, Buffer.from(Array.from({ length: pageSize }, (_, i) => fill(i))), 0, pageSize, (page - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}
