// arp's argv fuzzed: generated argument vectors, run in-process against copies of a lab of two
// hosts that have talked to each other. Whatever the words: no stack trace or internal error, an
// exit status arp documents (0, 1), every line visible (no raw control character), and a refused
// command leaves the state file as it was (an -f file may apply some lines and refuse others).
// Run with ROBUSTNESS_SEED=<n> to repeat a run (ROBUSTNESS_SEED=random for a fresh seed).
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import { arpMain } from '../../packages/arp/src/main';
import { interleavedIO, must, rawControls, Rng, seedFromEnv, showArgv, tempStateFiles } from '@ipmplab/test-support';
import { copyState } from './lib/state';
import { outputProblems } from './lib/run';
import { twoHostLab } from './lib/two-hosts';

const SEED = seedFromEnv();
const VECTORS = 300;
const temps = tempStateFiles('ipmplab-arp-fuzz');
afterAll(() => temps.cleanup());

const WORDS = ['-a', '-n', '-an', '-d', '-s', '-f', '-x', '-', '--', 'b', 'nosuch', '192.168.10.7', '192.168.10.5', '192.168.10.99',
  '10.9.9.9', '255.255.255.255', '0', '10.1', '0:14:4f:a:b:c', '0:14:4f:a:b', '1:2:3:4:5:6:7', 'zz:1', '', 'temp', 'pub', 'trail',
  'permanent', 'perm', 'bogus', 'tests/fixtures/arp-entries', '/nonexistent', '\u001b[2Jevil', '\u0007', 'b\nc'];

function prepared(): string {
  const file = twoHostLab(temps.file());
  must(file, 'ping', ['192.168.10.7']);
  return file;
}

describe(`arp argv fuzz (seed ${SEED})`, () => {
  it(`${VECTORS} vectors in-process: documented statuses, visible output, refusals change nothing`, () => {
    const base = prepared();
    const rng = new Rng(SEED);
    const problems: string[] = [];
    for (let n = 0; n < VECTORS && problems.length < 12; n++) {
      const argv = Array.from({ length: rng.range(0, 5) }, () => rng.pick(WORDS));
      const file = temps.file();
      copyState(base, file);
      const before = fs.readFileSync(file);
      const io = interleavedIO({ NO_COLOR: '1' });
      const code = arpMain([...argv, '--state', file], io);
      const out = io.out.join('');
      const err = io.err.join('');
      const where = `#${n} ${showArgv(argv)}`;
      if (![0, 1].includes(code)) problems.push(`${where}: exit ${code}`);
      for (const p of outputProblems(err)) problems.push(`${where}: ${p}`);
      if (rawControls(out + err, '\t\n').length) problems.push(`${where}: raw control characters`);
      const partial = argv.includes('-f');
      if (code === 1 && !partial && !fs.readFileSync(file).equals(before)) problems.push(`${where}: refused but the state changed`);
    }
    expect(problems).toEqual([]);
  });
});
