// A snapshot as a file of its own, to hand a lab to a colleague (`ipmplab snapshot export` and
// `import`). Text, one JSON value a line: a header, then one row a line as the snapshot's tables
// hold it (`["routes", host, family, dst, ...]`, a BLOB in base64). The header names the format
// and its version, so a newer file is refused rather than misread, and carries the SHA-256 and
// the count of the row lines, so a damaged or cut file is refused whole. Every row is checked
// against its table's column types, and every kernel document against the model, before
// anything is written.
import { createRequire } from 'node:module';
import type { Db } from './db';
import { stmt } from './statements';
import { decodeState } from './codec';
import { kernelDocumentProblem } from './kernel-schema';
import { SNAPSHOT_TABLES as TABLES } from './snapshots';
import type { SnapshotColumn as Column, SnapshotRow } from './snapshots';
import { validHostName, validSegmentName } from '../net/names';

export const SNAPSHOT_FORMAT = 'ipmplab-snapshot';
export const SNAPSHOT_FILE_VERSION = 1;

export interface SnapshotHeader {
  format: string;
  version: number;
  name: string;
  taken: number;
  wall: string;
  note: string;
  hosts: string[];
  rows: number;
  sha256: string;
}

/** What a file holds, checked: its header and its rows per table (values in column order). */
export interface SnapshotData {
  header: SnapshotHeader;
  rows: [table: string, values: unknown[]][];
}

/** Why a file was refused: `newer` (a later format), else `damaged` with what is wrong. */
export type SnapshotFileProblem = { kind: 'newer'; version: number } | { kind: 'damaged'; why: string };

export class SnapshotFileError extends Error {
  constructor(readonly problem: SnapshotFileProblem) {
    super(problem.kind === 'newer' ? `format version ${problem.version}` : problem.why);
  }
}

const damaged = (why: string): never => {
  throw new SnapshotFileError({ kind: 'damaged', why });
};

/** node:crypto is loaded only by the commands that write or read a snapshot file, not by every lab command. */
const sha256 = (text: string): string => {
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(text).digest('hex');
};

/** The file's text for one snapshot. */
export function snapshotFileText(db: Db, s: SnapshotRow): string {
  const lines: string[] = [];
  for (const [table, cols] of Object.entries(TABLES)) {
    const names = cols.map(([n]) => n).join(', ');
    for (const r of stmt(db, `SELECT ${names} FROM snap_${table} WHERE snap = ?`).raw().all(s.id) as unknown[][]) {
      lines.push(JSON.stringify([table, ...r.map((v, i) => (cols[i][1] === 'blob' ? Buffer.from(v as Uint8Array).toString('base64') : v))]));
    }
  }
  const body = lines.map((l) => `${l}\n`).join('');
  const header: SnapshotHeader = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_FILE_VERSION, name: s.name, taken: s.taken, wall: s.wall, note: s.note,
    hosts: s.hosts, rows: lines.length, sha256: sha256(body) };
  return `${JSON.stringify(header)}\n${body}`;
}

function checkValue(v: unknown, type: Column, where: string): unknown {
  const ok = type === 'int' ? Number.isSafeInteger(v) : type === 'real' ? typeof v === 'number' && Number.isFinite(v)
    : type === 'text?' ? v === null || typeof v === 'string' : typeof v === 'string';
  if (!ok) damaged(`${where}: expected ${type === 'blob' ? 'base64' : type.replace('?', ' or null')}`);
  if (type === 'blob') {
    const b = Buffer.from(v as string, 'base64');
    if (b.toString('base64') !== v) damaged(`${where}: expected base64`);
    return b;
  }
  return v;
}

function checkHeader(h: unknown): SnapshotHeader {
  if (typeof h !== 'object' || h === null || (h as SnapshotHeader).format !== SNAPSHOT_FORMAT) damaged('not an ipmplab snapshot file');
  const x = h as SnapshotHeader;
  if (!Number.isSafeInteger(x.version) || x.version < 1) damaged('the header has no format version');
  if (x.version > SNAPSHOT_FILE_VERSION) throw new SnapshotFileError({ kind: 'newer', version: x.version });
  const fields: [keyof SnapshotHeader, string][] = [['name', 'string'], ['taken', 'number'], ['wall', 'string'], ['note', 'string'], ['rows', 'number'], ['sha256', 'string']];
  for (const [f, t] of fields) if (typeof x[f] !== t) damaged(`the header's ${f} is missing`);
  if (!Array.isArray(x.hosts) || !x.hosts.every((n) => typeof n === 'string')) damaged("the header's hosts are missing");
  return x;
}

/** Reads and checks a snapshot file's text whole; throws SnapshotFileError. */
export function readSnapshotFile(text: string): SnapshotData {
  const nl = text.indexOf('\n');
  if (nl < 0) damaged(text.trim() === '' ? 'the file is empty' : 'no header line');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(0, nl));
  } catch {
    damaged('not an ipmplab snapshot file');
  }
  const header = checkHeader(parsed);
  const body = text.slice(nl + 1);
  const lines = body === '' ? [] : body.replace(/\n$/, '').split('\n');
  if (lines.length !== header.rows || !body.endsWith('\n') && body !== '') damaged(`${lines.length} rows where the header says ${header.rows} (cut short?)`);
  if (sha256(body) !== header.sha256) damaged('the rows do not match the header\'s checksum');
  const rows: SnapshotData['rows'] = [];
  lines.forEach((line, i) => {
    const where = `row ${i + 1}`;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      damaged(`${where}: not JSON`);
    }
    if (!Array.isArray(v) || typeof v[0] !== 'string' || !(v[0] in TABLES)) damaged(`${where}: not a row of a known table`);
    const [table, ...values] = v as [string, ...unknown[]];
    const cols = TABLES[table];
    if (values.length !== cols.length) damaged(`${where}: ${table} rows have ${cols.length} values`);
    rows.push([table, values.map((x, j) => checkValue(x, cols[j][1], `${where} (${table}.${cols[j][0]})`))]);
  });
  checkLab(rows);
  return { header, rows };
}

/** The rows make a lab: a default host among its hosts, a kernel document of the model for each. */
function checkLab(rows: SnapshotData['rows']): void {
  const hosts = new Set(rows.filter(([t]) => t === 'hosts').map(([, v]) => v[0] as number));
  if (hosts.size === 0) damaged('the snapshot holds no host');
  for (const [t, v] of rows) {
    if (t === 'hosts' && !validHostName(v[1] as string)) damaged('a host has a name the lab does not give');
    if (t === 'segments' && !validSegmentName(v[1] as string)) damaged('a segment has a name the lab does not give');
  }
  const meta = new Map(rows.filter(([t]) => t === 'meta').map(([, v]) => [v[0], v[1]]));
  if (!hosts.has(Number(meta.get('default-host')))) damaged('the snapshot has no default host');
  for (const [t, v] of rows) {
    if (t === 'hosts' || t === 'meta' || t === 'segments') continue;
    if (!hosts.has(v[0] as number)) damaged(`a ${t} row of host ${String(v[0])}, which the snapshot does not hold`);
    if (t !== 'kernel') continue;
    let problem: string | undefined;
    try {
      problem = kernelDocumentProblem(decodeState(v[1] as string));
    } catch {
      problem = 'does not decode';
    }
    if (problem) damaged(`the kernel state of host ${String(v[0])} ${problem}`);
  }
}

/** Writes checked rows as a new snapshot under `name`; its id. */
export function insertSnapshotData(db: Db, data: SnapshotData, name: string): number {
  const h = data.header;
  // The hosts' names as the rows give them (the header's list is for reading, not trusted).
  const hosts = data.rows.filter(([t]) => t === 'hosts').map(([, v]) => v).sort((a, b) => (a[0] as number) - (b[0] as number)).map((v) => v[1]);
  const id = Number(stmt(db, 'INSERT INTO snapshots (name, taken, wall, note, hosts) VALUES (?, ?, ?, ?, ?)')
    .run(name, h.taken, h.wall, h.note, hosts.join(',')).lastInsertRowid);
  for (const [table, values] of data.rows) {
    const cols = TABLES[table].map(([n]) => n);
    try {
      stmt(db, `INSERT INTO snap_${table} (snap, ${cols.join(', ')}) VALUES (?${', ?'.repeat(cols.length)})`).run(id, ...values);
    } catch (e) {
      if ((e as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) damaged(`two ${table} rows with one key`);
      throw e;
    }
  }
  return id;
}
