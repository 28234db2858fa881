// A batch without --atomic killed in the middle (SIGKILL): its lines are committed in groups and
// their output let out after each group's commit, so whatever it printed is in the file, what is
// in the file is a prefix of its lines, and the file opens and passes the integrity check. The
// exact points come from the preloaded hook (paused at the first group's COMMIT, before and
// after it); the other kills land wherever the output has reached, and are only reported.
import { describe, it, expect, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, tempState, toolEnv, spawnTool, withDb } from '@ipmplab/test-support';
import { integrityProblems, journalProblems, dumpFile } from './lib/state';

const HOOK = path.join(__dirname, 'lib', 'crash-hook.cjs');
const LINES = 600;
const tmp = tempState();
afterAll(() => tmp.cleanup());

const dest = (i: number) => `10.${(i >> 8) & 255}.${i & 255}.0`;
const batchFile = path.join(tmp.dir, 'routes.batch');
fs.writeFileSync(batchFile, Array.from({ length: LINES }, (_, i) => `route add ${dest(i)}/24 192.168.0.1\n`).join(''));

/** The child gone and its pipes drained (what it wrote before the kill is read to the end). */
const closed = (child: ChildProcess) => new Promise<void>((resolve) => child.once('close', () => resolve()));

/** A fresh lab with net0 up, ready for the batch. */
async function freshLab(name: string): Promise<string> {
  const file = path.join(tmp.dir, `${name}.db`);
  const r = await spawnTool('ifconfig', file, ['net0', 'plumb', '192.168.0.10/16', 'up']);
  expect(r.status).toBe(0);
  return file;
}

/** The batch's routes in the file, by line number. */
function committedLines(file: string): number[] {
  const rows = withDb(file, (db) => db.prepare("SELECT dst_text FROM routes WHERE dst_text LIKE '10.%' AND plen = 24").all() as { dst_text: string }[]);
  const byDest = new Map(Array.from({ length: LINES }, (_, i) => [dest(i), i]));
  return rows.map((r) => byDest.get(r.dst_text)!).sort((a, b) => a - b);
}

/** The lines the batch said it added ("add net 10.0.1.0: gateway 192.168.0.1"). */
function printedLines(stdout: string): number[] {
  const byDest = new Map(Array.from({ length: LINES }, (_, i) => [dest(i), i]));
  return stdout.split('\n').filter((l) => l.startsWith('add net ')).map((l) => byDest.get(l.split(' ')[2].replace(/\/24:$|:$/, ''))!);
}

function expectSound(file: string, printed: number[], what: string): number[] {
  expect(integrityProblems(file), what).toEqual([]);
  expect(journalProblems(dumpFile(file)), what).toEqual([]);
  const committed = committedLines(file);
  // A prefix of the lines, holding every line that was printed.
  expect(committed, what).toEqual(Array.from({ length: committed.length }, (_, i) => i));
  expect(printed, what).toEqual(Array.from({ length: printed.length }, (_, i) => i));
  expect(printed.length, what).toBeLessThanOrEqual(committed.length);
  return committed;
}

describe('a batch without --atomic killed in the middle', () => {
  it('prints nothing of a group before it commits, and loses no line it printed', async () => {
    for (const point of ['before-commit', 'after-commit']) {
      const file = await freshLab(point);
      const env = toolEnv(file, { NODE_OPTIONS: `--require ${HOOK}`, CRASH_HOOK_AT: point });
      const child = spawn(path.join(BIN, 'ipmplab'), ['--state', file, 'batch', batchFile], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      const done = closed(child);
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
      await new Promise<void>((resolve, reject) => {
        child.stderr!.on('data', (b: Buffer) => {
          stderr += b.toString();
          if (stderr.includes(`CRASH-HOOK-PAUSED ${point}`)) resolve();
        });
        void done.then(() => reject(new Error(`exited before ${point}: ${stderr}`)));
      });
      // Paused at the first group's commit, before or after it: nothing printed yet.
      expect(stdout, point).toBe('');
      child.kill('SIGKILL');
      await done;
      const committed = expectSound(file, printedLines(stdout), point);
      if (point === 'before-commit') expect(committed, point).toEqual([]);
      else expect(committed.length, point).toBeGreaterThan(0);
      // The next command runs at once.
      expect((await spawnTool('route', file, ['-n', 'get', '192.168.0.1'])).status).toBe(0);
    }
  });

  it('loses no line it printed, wherever the kill lands', async () => {
    const seen: string[] = [];
    for (const after of [1, 100, 300, 500]) {
      const file = await freshLab(`after-${after}`);
      const child = spawn(path.join(BIN, 'ipmplab'), ['--state', file, 'batch', batchFile], { env: toolEnv(file), stdio: ['ignore', 'pipe', 'ignore'] });
      const done = closed(child);
      let stdout = '';
      await new Promise<void>((resolve) => {
        child.stdout!.on('data', (b: Buffer) => {
          stdout += b.toString();
          if (printedLines(stdout).length >= after) {
            child.kill('SIGKILL');
            resolve();
          }
        });
        void done.then(() => resolve());
      });
      await done;
      // What the pipe still held when the kill came was printed too.
      const printed = printedLines(stdout);
      const committed = expectSound(file, printed, `kill after ${after} lines printed`);
      seen.push(`${printed.length}/${committed.length}`);
    }
    // Where the kills landed depends on the machine: reported, never asserted.
    console.log(`[batch-crash] printed/committed at the kills: ${seen.join(' ')}`);
  });
});
