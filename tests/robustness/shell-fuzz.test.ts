// The lab's shell fed generated lines: quoting, pipes, lists, redirections, unknown and host
// commands, control characters. Whatever the line: no internal error or stack trace, a status a
// shell gives (0-2 and the tools' own, 127 not found), every line of output visible, and no
// program of the machine runs unless it is one of the filters a pipe may feed (a `touch` that
// ran would leave its file).
// Run with ROBUSTNESS_SEED=<n> to repeat a run (ROBUSTNESS_SEED=random for a fresh seed).
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { shellMain } from '../../packages/ipmplab/src/shell/main';
import { labMain } from '../../packages/ipmplab/src/main';
import { BIN, interleavedIO, rawControls, Rng, seedFromEnv, showArgv, tempStateFiles } from '@ipmplab/test-support';
import { outputProblems } from './lib/run';
import { twoHostLab } from './lib/two-hosts';

const SEED = seedFromEnv();
const LINES = 5000;
const temps = tempStateFiles('ipmplab-shell-fuzz');
afterAll(() => temps.cleanup());

describe(`shell line fuzz (seed ${SEED})`, () => {
  it(`${LINES} lines in one shell: no crash, visible output, no host program`, async () => {
    const file = twoHostLab(temps.file());
    const pwned = path.join(temps.dir(), 'pwned');
    const WORDS = ['ifconfig', '-a', 'net0', 'netstat', '-rn', 'arp', '-an', 'ping', '-s', '192.168.10.7', '1', 'route', 'get', 'default',
      'ipmpstat', '-g', 'ipadm', 'show-addr', 'dladm', 'show-link', 'ipmplab', 'status', 'clock', 'echo', '$?', '"$?"', "'a b'", '"x y"',
      '|', '||', '&&', ';', '>', '2>&1', '&', '(', ')', '<', '#', 'grep', 'net', 'head', '-1', 'wc', '-l', 'touch', pwned, 'rm', '-rf',
      'sh', '-c', 'bash', 'snoop', 'pkill', 'exit', 'cd', '/nonexistent', 'FOO=1', '\u001b[2J', '\u0007', 'b\nc', '$(id)', '`id`', '\\',
      '"', "'", 'nosuch', '--host', 'b', '--state', '', '*', '?'];
    const rng = new Rng(SEED);
    const lines: string[] = [];
    for (let n = 0; n < LINES; n++) lines.push(Array.from({ length: rng.range(0, 7) }, () => rng.pick(WORDS)).join(' '));
    // exit ends a script: run in pieces, each a script of its own, so every line is tried.
    const problems: string[] = [];
    const cwd = process.cwd();
    let ran = 0;
    // Redirections and --state write files where the shell stands: each script starts in a
    // directory of its own (and `cd` alone goes to a HOME there), never the checkout.
    const home = temps.dir();
    for (let start = 0; start < LINES && problems.length < 12; start += 250) {
      const chunk = lines.slice(start, start + 250).filter((l) => !/\bexit\b/.test(l) || start % 500 === 0);
      const script = path.join(temps.dir(), 'script');
      fs.writeFileSync(script, [`cd ${home}`, ...chunk].join('\n'));
      const io = interleavedIO({ NO_COLOR: '1', IPMPLAB_STATE: file, HOME: home });
      const code = await shellMain(['shell', '-f', script], io, labMain, { binDir: BIN });
      const out = io.out.join('');
      const err = io.err.join('');
      ran += (out + err).split('\n').length;
      const where = `lines ${start}-${start + 249} (first: ${showArgv([chunk[0] ?? ''])})`;
      if (code < 0 || code > 255) problems.push(`${where}: exit ${code}`);
      for (const p of outputProblems(err)) problems.push(`${where}: ${p}`);
      if (rawControls(out + err, '\t\n').length) problems.push(`${where}: raw control characters`);
    }
    try {
      process.chdir(cwd); // `cd` may have moved this process
    } catch {
      // a worker thread cannot change directory: neither could the shell's cd
    }
    expect(problems).toEqual([]);
    expect(fs.existsSync(pwned)).toBe(false);
    // The lines did run: thousands of lines of output and complaints came back.
    expect(ran).toBeGreaterThan(LINES);
  });
});
