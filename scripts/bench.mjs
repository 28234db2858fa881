// `pnpm bench`: start-up of the tools against bare `node -e 0`, measured in the same run.
// Uses hyperfine when installed (Debian package), otherwise a plain spawn loop. Figures are
// printed, never asserted: benchmarks are not tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = mkdtempSync(path.join(tmpdir(), 'ipmplab-bench-'));
const env = { ...process.env, IPMPLAB_STATE: path.join(dir, 'state.db'), NO_COLOR: '1' };
delete env.NODE_EXTRA_CA_CERTS; // adds ~40 ms to every node start here; measure the tools, not it

const bin = (tool) => path.join(root, 'bin', tool);
const sh = (cmd, args) => spawnSync(cmd, args, { env, encoding: 'utf8' });

// A small realistic configuration to print.
for (const args of [['net0', 'plumb', '192.168.10.5/24', 'up'], ['net1', 'plumb', '10.0.0.1/8', 'up'], ['net0', 'addif', '192.168.10.6/24', 'up']]) {
  sh(bin('ifconfig'), args);
}

const cases = [
  { name: 'node -e 0', cmd: [process.execPath, '-e', '0'] },
  { name: 'ifconfig -a', cmd: [bin('ifconfig'), '-a'] },
  { name: 'netstat -rn', cmd: [bin('netstat'), '-rn'] },
  { name: 'ifconfig net0 mtu 1400 (write)', cmd: [bin('ifconfig'), 'net0', 'mtu', '1400'] },
];

function hyperfine(runs) {
  const out = path.join(dir, 'hf.json');
  const args = ['-N', '--warmup', '5', '--runs', String(runs), '--export-json', out, '--style', 'basic'];
  for (const c of cases) args.push('-n', c.name, c.cmd.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' '));
  const r = spawnSync('hyperfine', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) return undefined;
  return JSON.parse(readFileSync(out, 'utf8')).results.map((x) => ({ name: x.command, median: x.median * 1000, min: x.min * 1000 }));
}

function loop(runs) {
  return cases.map((c) => {
    const times = [];
    for (let i = 0; i < runs + 3; i++) {
      const t = process.hrtime.bigint();
      spawnSync(c.cmd[0], c.cmd.slice(1), { env, stdio: 'ignore' });
      if (i >= 3) times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    times.sort((a, b) => a - b);
    return { name: c.name, median: times[Math.floor(times.length / 2)], min: times[0] };
  });
}

const runs = Number(process.env.BENCH_RUNS ?? 30);
const hasHyperfine = spawnSync('hyperfine', ['--version']).status === 0;
const results = (hasHyperfine && hyperfine(runs)) || loop(runs);
const base = results[0].median;
console.log(`\nStart-up (${hasHyperfine ? 'hyperfine' : 'spawn loop'}, ${runs} runs, NODE_EXTRA_CA_CERTS unset)`);
console.log('command                          median ms   min ms   ratio to node -e 0 (goal <= 1.5x)');
for (const r of results) {
  console.log(`${r.name.padEnd(32)} ${r.median.toFixed(1).padStart(9)} ${r.min.toFixed(1).padStart(8)}   ${(r.median / base).toFixed(2)}x`);
}
rmSync(dir, { recursive: true, force: true });
