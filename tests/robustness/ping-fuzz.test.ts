// ping's argv fuzzed: generated argument vectors, run in-process against copies of a lab of two
// hosts on the manual clock. Whatever the words: no stack trace or internal error, an exit status
// ping documents (0, 1), every line visible (no raw control character), and a refused command
// (nothing sent: usage, bad numbers, unknown host) leaves the state file as it was.
// Run with ROBUSTNESS_SEED=<n> to repeat a run (ROBUSTNESS_SEED=random for a fresh seed).
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import { pingMain } from '../../packages/ping/src/main';
import { interleavedIO, rawControls, Rng, seedFromEnv, showArgv, tempStateFiles } from '@ipmplab/test-support';
import { copyState } from './lib/state';
import { outputProblems } from './lib/run';
import { twoHostLab } from './lib/two-hosts';

const SEED = seedFromEnv();
const VECTORS = 300;
const temps = tempStateFiles('ipmplab-ping-fuzz');
afterAll(() => temps.cleanup());

const WORDS = ['-s', '-n', '-v', '-d', '-b', '-I', '-i', '-A', '-t', '-P', '-c', '-F', '-U', '-g', '-a', '-z', '-sn', '-I1', '--',
  'b', '192.168.10.7', '192.168.10.99', '10.9.9.9', '::1', '2001:db8::9', 'nosuch', 'net0', 'net9', 'inet', 'inet6', 'inet7',
  '\u001b[2Jevil', '0', '1', '2', '3', '56', '8', '4', '65508', '70000', '0x10', '-1', 'x', '', '\u0007', '\u001b[2J', 'b\nc'];

/** Vectors that exposed a bug, run before the generated ones whatever the seed. */
const REGRESSIONS: string[][] = [
  // The header echoes the host as typed: a name from the hosts file with an escape in it.
  ['-s', '\u001b[2Jevil', '56', '1'],
];

function prepared(): string {
  const file = twoHostLab(temps.file());
  return file;
}

describe(`ping argv fuzz (seed ${SEED})`, () => {
  it(`${VECTORS} vectors in-process: documented statuses, visible output, refusals change nothing`, async () => {
    const base = prepared();
    const rng = new Rng(SEED);
    const problems: string[] = [];
    for (let n = 0; n < REGRESSIONS.length + VECTORS && problems.length < 12; n++) {
      const argv = REGRESSIONS[n] ?? Array.from({ length: rng.range(0, 6) }, () => rng.pick(WORDS));
      const file = temps.file();
      copyState(base, file);
      const before = fs.readFileSync(file);
      const io = interleavedIO({ NO_COLOR: '1' });
      // A statistics run without a count goes on until interrupted: the signal ends it after its first chunk.
      const stop = new AbortController();
      stop.abort();
      const code = await pingMain([...argv, '--state', file], io, { signal: stop.signal });
      const out = io.out.join('');
      const err = io.err.join('');
      const where = `#${n} ${showArgv(argv)}`;
      if (![0, 1].includes(code)) problems.push(`${where}: exit ${code}`);
      for (const p of outputProblems(err)) problems.push(`${where}: ${p}`);
      if (rawControls(out + err, '\t\n').length) problems.push(`${where}: raw control characters`);
      const refused = code === 1 && out === '' && !err.includes('sendto');
      if (refused && !fs.readFileSync(file).equals(before)) problems.push(`${where}: refused (${err.trim()}) but the state changed`);
    }
    expect(problems).toEqual([]);
  });
});
