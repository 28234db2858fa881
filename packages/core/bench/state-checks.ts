// Measurements for `pnpm bench` (scripts/bench.mjs builds and runs this; figures are printed,
// never asserted): what the checks on the state file cost a command.
//
//   per-open check   openState with and without the check every open makes (integrity.ts), at
//                    a small lab, just under FULL_CHECK_PAGES (the whole file is checked) and
//                    above it (only the tables every command reads are);
//   document check   the kernel document's schema (kernel-schema.ts) on a lab of some size,
//                    against decoding it, which every load does anyway.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ioctl, IFF, openState, transact, appendJournal, FULL_CHECK_PAGES, kernelDocumentProblem, decodeState } from '@ipmplab/core/testing';
import type { Db, Emitted } from '@ipmplab/core/testing';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median µs of `fn` over `runs` runs (after a few to warm up). */
function micros(fn: () => void, runs: number): number {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  return median(times);
}

/** Journal rows (about 150 bytes each) until the file has at least `pages` pages. */
function growTo(db: Db, pages: number): void {
  const row = { at: 0, rtsq: 0, family: 2, origin: 0, bytes: new Uint8Array(120), msg: undefined } as unknown as Emitted;
  while ((db.pragma('page_count', { simple: true }) as number) < pages) {
    db.transaction(() => appendJournal(db, 1, new Array(200).fill(row), 1e9))();
  }
}

export function runStateCheckBench(): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipmplab-check-bench-'));
  const file = path.join(dir, 'state.db');
  const lines: string[] = [];
  try {
    const db = openState(file);
    transact(db, (k) => {
      ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
      for (let n = 1; n <= 40; n++) {
        const { name: lif } = ioctl(k, 'SIOCLIFADDIF', { name: 'net0', af: 'inet', addr: `10.7.${n}.1` });
        const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name: lif, af: 'inet' });
        ioctl(k, 'SIOCSLIFFLAGS', { name: lif, af: 'inet', flags: flags | IFF.UP });
      }
    });
    const text = (db.prepare('SELECT state FROM kernel').get() as { state: string }).state;
    const doc = decodeState(text);
    const decode = micros(() => decodeState(text), 2000);
    const schema = micros(() => kernelDocumentProblem(doc), 2000);
    lines.push(`   kernel document (${text.length.toLocaleString('en')} bytes, 41 addresses): decode ${decode.toFixed(1)} µs, schema check ${schema.toFixed(1)} µs a load`);

    lines.push(`   ${'file'.padEnd(34)}${'pages'.padStart(7)}  open, checked µs  open, unchecked µs  check µs`);
    const sizes: [string, number][] = [['small lab (41 addresses)', 0], ['just under the whole-file limit', FULL_CHECK_PAGES - 8], ['above it (tables checked)', 4 * FULL_CHECK_PAGES], ['big (tables checked)', 16_000]];
    for (const [name, pages] of sizes) {
      growTo(db, pages);
      db.pragma('wal_checkpoint(TRUNCATE)');
      const count = db.pragma('page_count', { simple: true }) as number;
      const checked = micros(() => openState(file, { create: false }).close(), 200);
      const unchecked = micros(() => openState(file, { create: false, verify: false }).close(), 200);
      lines.push(`   ${name.padEnd(34)}${String(count).padStart(7)}  ${checked.toFixed(0).padStart(16)}  ${unchecked.toFixed(0).padStart(18)}  ${(checked - unchecked).toFixed(0).padStart(8)}`);
    }
    db.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
