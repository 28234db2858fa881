// `ipmplab snapshot save|ls|restore|rm|export|import`: the whole lab kept in the state file and
// given back in one transaction (core lab/snapshot.ts), or carried in a file of its own. A
// restore sends no routing message: each host's journal gets a lab event instead, which rtmon
// shows and illumos' route monitor would not. `diff` is in snapshot-diff.ts.
import fs from 'node:fs';
import path from 'node:path';
import { saveSnapshot, restoreSnapshot, removeSnapshot, snapshots, exportSnapshot, importSnapshot, SnapshotError, SnapshotFileError,
  SNAPSHOT_FILE_VERSION } from '@ipmplab/core/lab';
import type { SnapshotRefusal } from '@ipmplab/core/lab';
import type { LabContext } from '../context';
import { iso } from '../context';
import { LabFailure } from '../messages';
import { done } from '../outcome';
import type { Outcome } from '../outcome';
import { snapshotLines } from '../printer/snapshot';
import { fileErrorText, readStdin, vis } from '@ipmplab/userland';

function failure(r: SnapshotRefusal): LabFailure {
  switch (r.code) {
    case 'snapshot-exists': return new LabFailure('snapshotExists', { name: r.name });
    case 'no-snapshot': return new LabFailure('noSnapshot', { name: r.name });
    case 'too-many-snapshots': return new LabFailure('tooManySnapshots', { name: r.name, max: r.max });
    case 'bad-snapshot-name': return new LabFailure('badSnapshotName', { name: r.name });
  }
}

/** Runs a snapshot change as one lab transaction; a refusal rolls it back and is worded. */
function change<T>(ctx: LabContext, fn: (db: LabContext['session']['db']) => T): T {
  try {
    return ctx.session.runLab((lab) => fn(lab.db));
  } catch (e) {
    if (e instanceof SnapshotError) throw failure(e.refusal);
    throw e;
  }
}

export function snapshotSave(ctx: LabContext, name: string, note: string, realNow: () => number = Date.now): Outcome {
  const s = change(ctx, (db) => saveSnapshot(db, name, note, realNow()));
  return done([`ipmplab: snapshot ${name} saved (hosts ${s.hosts.join(' ')}; lab time ${iso(s.taken)})`],
    { snapshot: name, taken: iso(s.taken), wall: s.wall, hosts: s.hosts, note: s.note });
}

export function snapshotList(ctx: LabContext): Outcome {
  const list = ctx.session.viewLab(snapshots);
  return done(snapshotLines(list), { snapshots: list.map((s) => ({ name: s.name, taken: iso(s.taken), wall: s.wall, hosts: s.hosts, note: s.note })) });
}

export function snapshotRestore(ctx: LabContext, name: string, realNow: () => number = Date.now): Outcome {
  const r = change(ctx, (db) => restoreSnapshot(db, name, realNow()));
  const when = r.rebasedBy > 0 ? 'on the real clock, its timers keeping their delays' : `lab time ${iso(r.snapshot.taken)}`;
  return done([`ipmplab: snapshot ${name} restored (hosts ${r.snapshot.hosts.join(' ')}; ${when})`],
    { snapshot: name, hosts: r.snapshot.hosts, taken: iso(r.snapshot.taken), rebasedBy: r.rebasedBy });
}

export function snapshotRemove(ctx: LabContext, name: string): Outcome {
  change(ctx, (db) => removeSnapshot(db, name));
  return done([`ipmplab: snapshot ${name} removed`], { snapshot: name, removed: true });
}

/** Writes the file beside its final name, then renames it into place: never half a file. */
function writeWhole(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, text, { flag: 'wx', mode: 0o600 });
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** `-` is standard output: the file's text is the command's output. */
export function snapshotExport(ctx: LabContext, name: string, file: string): Outcome {
  let text: string;
  try {
    text = ctx.session.viewLab((db) => exportSnapshot(db, name));
  } catch (e) {
    if (e instanceof SnapshotError) throw failure(e.refusal);
    throw e;
  }
  if (file === '-') return { code: 0, lines: [text.replace(/\n$/, '')], json: { snapshot: name, text } };
  try {
    writeWhole(file, text);
  } catch (e) {
    throw new LabFailure('snapshotFileUnreadable', { action: 'export', file, reason: fileErrorText(e) });
  }
  return done([`ipmplab: snapshot ${name} written to ${vis(file)}`], { snapshot: name, file, bytes: Buffer.byteLength(text) });
}

/** `-` is standard input. */
export function snapshotImport(ctx: LabContext, file: string, name: string | undefined): Outcome {
  let text: string;
  try {
    text = file === '-' ? readStdin(ctx.io) : fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new LabFailure('snapshotFileUnreadable', { action: 'import', file, reason: fileErrorText(e) });
  }
  try {
    const s = change(ctx, (db) => importSnapshot(db, text, name));
    return done([`ipmplab: snapshot ${s.name} imported from ${file === '-' ? 'standard input' : vis(file)} (hosts ${s.hosts.join(' ')}; lab time ${iso(s.taken)})`],
      { snapshot: s.name, file, hosts: s.hosts, taken: iso(s.taken), note: s.note });
  } catch (e) {
    if (!(e instanceof SnapshotFileError)) throw e;
    const p = e.problem;
    throw p.kind === 'newer'
      ? new LabFailure('snapshotFileNewer', { file, version: p.version, ours: SNAPSHOT_FILE_VERSION })
      : new LabFailure('snapshotFileDamaged', { file, why: p.why });
  }
}
