// The whole test suite: build the tools (transcript tests run the real bin/ programs), check
// the structure (scripts/check-structure.mjs: import cycles, the doors into core), run vitest,
// and end with the plain "N passed, N failed" line CI reads. A structure violation counts as
// one failed test; vitest still runs, so its results are there too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

const build = run(process.execPath, ['scripts/build.mjs']);
if (build.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const structure = run(process.execPath, ['scripts/check-structure.mjs']);

const dir = mkdtempSync(path.join(tmpdir(), 'ipmplab-test-'));
const report = path.join(dir, 'vitest.json');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const res = run(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], { NO_COLOR: '1' });

let passed = 0;
let failed = res.status === 0 ? 0 : 1;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  // A file that fails to load runs no test at all: count it once so the line never says 0 failed.
  failed = r.numFailedTests || (res.status !== 0 ? 1 : 0);
}
rmSync(dir, { recursive: true, force: true });
if (structure.status !== 0) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(res.status === 0 && structure.status === 0 ? 0 : 1);
