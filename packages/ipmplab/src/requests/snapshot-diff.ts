// `ipmplab snapshot diff A [B]`: what differs between a snapshot and the lab now (or another
// snapshot), per host, in the words the administrator's tools print. A snapshot is not read
// from its rows: it is restored into a state file of its own, in a temporary directory, and the
// tools run on it as on the lab (ifconfig -a, netstat -rn, ipmpstat -g and -i, the host's /etc
// files, host ls and segment ls), so what is compared is exactly what those commands show. Route
// counters (Ref, Use) move with traffic and are left out of the comparison.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffArrays } from 'diff';
import { exportSnapshot, importSnapshot, restoreSnapshot, snapshot, SnapshotError } from '@ipmplab/core/lab';
import { listHosts } from '@ipmplab/core/store';
import { memoryIO, openSession } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import type { LabContext } from '../context';
import { iso } from '../context';
import { LabFailure } from '../messages';
import { done } from '../outcome';
import type { Outcome } from '../outcome';
import { TOOLS } from './tools';
import type { ToolMain } from './tools';

/** A powered-off host's sections: its tools are refused, it has no views. */
const OFF: Section[] = [];

/** One state as the tools show it: the lab's lines, and per host (by name) its sections. */
interface Shown {
  title: string;
  lab: Section[];
  hosts: Map<string, Section[]>;
}

/** A view: its name and its units (a line, or an ifconfig block of lines). */
interface Section {
  name: string;
  units: string[];
}

/** Runs a tool in this process on `file`; its standard output (or its complaint). */
function run(main: ToolMain, argv: string[], file: string, env: NodeJS.ProcessEnv): string {
  const io = memoryIO(env);
  const code = main([...argv, '--state', file], io);
  return code === 0 ? io.out.join('') : io.err.join('');
}

const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

/** ifconfig -a as blocks: a header line ("net0: flags=...") with the lines indented under it. */
function blocks(text: string): string[] {
  const out: string[] = [];
  for (const l of lines(text)) {
    if (/^\s/.test(l) && out.length) out[out.length - 1] += `\n${l}`;
    else out.push(l);
  }
  return out;
}

/** netstat -rn's rows without the Ref and Use counters (Destination Gateway Flags Interface). */
function routeRows(text: string): string[] {
  return lines(text).filter((l) => !/^(Routing Table|\s*Destination|-{5})/.test(l)).map((l) => {
    const f = l.trim().split(/\s+/);
    return [f[0].padEnd(20), (f[1] ?? '').padEnd(20), (f[2] ?? '').padEnd(5), f[5] ?? ''].join(' ').trimEnd();
  });
}

/**
 * The clock as compared: a manual clock's time (it stands still), a real clock's mode only (its
 * time is the wall clock's, different at every look).
 */
function clockUnit(text: string): string {
  const line = text.trim().replace(/^ipmplab: /, '');
  return /^clock is real/.test(line) ? 'clock is real' : line;
}

function hostSections(file: string, host: string, lab: ToolMain, env: NodeJS.ProcessEnv): Section[] {
  const on = ['--host', host];
  const files = lines(run(lab, [...on, 'file', 'ls'], file, env)).map((l) => l.split(/\s+/).pop()!).filter((p) => p.startsWith('/'));
  return [
    { name: 'ifconfig -a', units: blocks(run(TOOLS.ifconfig(), [...on, '-a'], file, env)) },
    { name: 'netstat -rn', units: routeRows(run(TOOLS.netstat(), [...on, '-rn'], file, env)) },
    { name: 'ipmpstat -g', units: lines(run(TOOLS.ipmpstat(), [...on, '-g'], file, env)) },
    { name: 'ipmpstat -i', units: lines(run(TOOLS.ipmpstat(), [...on, '-i'], file, env)) },
    ...files.map((p) => ({ name: p, units: run(lab, [...on, 'file', 'cat', p], file, env).replace(/\n$/, '').split('\n') })),
  ];
}

function shown(file: string, title: string, lab: ToolMain, env: NodeJS.ProcessEnv): Shown {
  const session = openSession(file, memoryIO(env));
  let hosts: { name: string; power: boolean }[];
  try {
    hosts = session.viewLab(listHosts);
  } finally {
    session.close();
  }
  const s: Shown = {
    title,
    lab: [
      { name: 'hosts', units: lines(run(lab, ['host', 'ls'], file, env)) },
      { name: 'segments', units: lines(run(lab, ['segment', 'ls'], file, env)) },
      { name: 'clock', units: [clockUnit(run(lab, ['clock'], file, env))] },
    ],
    hosts: new Map(),
  };
  for (const h of hosts) s.hosts.set(h.name, h.power ? hostSections(file, h.name, lab, env) : OFF);
  return s;
}

/** The differing units of one section, each line marked '-' (only in a) or '+' (only in b). */
function sectionDiff(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (const part of diffArrays(a, b)) {
    if (!part.added && !part.removed) continue;
    for (const unit of part.value) for (const l of unit.split('\n')) out.push(`${part.added ? '+' : '-'} ${l}`);
  }
  return out;
}

/** The whole comparison, as lines; empty when nothing differs. */
export function compare(a: Shown, b: Shown): string[] {
  const out: string[] = [];
  const sections = (x: Section[] | undefined) => new Map((x ?? []).map((s) => [s.name, s.units]));
  const emit = (where: string, sa: Section[] | undefined, sb: Section[] | undefined) => {
    const ma = sections(sa);
    const mb = sections(sb);
    for (const name of new Set([...ma.keys(), ...mb.keys()])) {
      const d = sectionDiff(ma.get(name) ?? [], mb.get(name) ?? []);
      if (d.length) out.push(`${where}${name}`, ...d);
    }
  };
  emit('lab: ', a.lab, b.lab);
  for (const host of new Set([...a.hosts.keys(), ...b.hosts.keys()])) {
    const ha = a.hosts.get(host);
    const hb = b.hosts.get(host);
    if (!ha || !hb) {
      out.push(`host ${host}: only in ${ha ? a.title : b.title}`);
      continue;
    }
    // A host that is off shows nothing; `lab: hosts` above says its power changed.
    if (ha === OFF || hb === OFF) continue;
    emit(`host ${host}: `, ha, hb);
  }
  return out.length ? [`--- ${a.title}`, `+++ ${b.title}`, ...out] : [];
}

/** A snapshot restored into a state file of its own in `dir`; the file's path. */
function materialise(ctx: LabContext, name: string, dir: string): string {
  const text = ctx.session.viewLab((db) => exportSnapshot(db, name));
  const file = path.join(dir, `${name}.db`);
  const session = openSession(file, memoryIO(ctx.io.env));
  try {
    session.runLab((lab) => {
      importSnapshot(lab.db, text, name);
      restoreSnapshot(lab.db, name, Date.now());
    });
  } finally {
    session.close();
  }
  return file;
}

export function snapshotDiff(ctx: LabContext, name: string, other: string | undefined, lab: ToolMain): Outcome {
  const env: ToolIO['env'] = { ...ctx.io.env, IPMPLAB_HOST: undefined };
  let titles: string[];
  try {
    titles = ctx.session.viewLab((db) => [name, ...(other === undefined ? [] : [other])].map((n) => `snapshot ${n} (lab time ${iso(snapshot(db, n).taken)})`));
  } catch (e) {
    if (e instanceof SnapshotError && e.refusal.code === 'no-snapshot') throw new LabFailure('noSnapshot', { name: e.refusal.name });
    throw e;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipmplab-diff-'));
  try {
    const a = shown(materialise(ctx, name, dir), titles[0], lab, env);
    const b = other === undefined ? shown(ctx.session.path, 'the lab now', lab, env) : shown(materialise(ctx, other, dir), titles[1], lab, env);
    const diff = compare(a, b);
    const lines = diff.length ? diff : [`no differences between ${a.title} and ${b.title}`];
    return done(lines, { a: a.title, b: b.title, same: diff.length === 0, lines: diff });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
