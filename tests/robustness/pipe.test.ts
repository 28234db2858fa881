// A tool's output through a pipe, as an administrator pipes it: a reader that pauses makes the
// tool wait (nothing is lost or piled up), and a reader that goes away (`| head`) ends the tool
// quietly with the status a shell shows for SIGPIPE, never an EPIPE stack trace.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BIN, startTool, tempState, toolEnv } from '@ipmplab/test-support';

const ROUTES = 3000; // about 200 KB of `netstat -rn`: more than a pipe holds
const tmp = tempState();
afterAll(() => tmp.cleanup());

beforeAll(() => {
  const lines = Array.from({ length: ROUTES }, (_, i) => `route -n add 10.${(i >> 8) & 255}.${i & 255}.0/24 127.0.0.1`);
  const r = spawnSync(path.join(BIN, 'ipmplab'), ['batch', '--atomic', '-'], { env: toolEnv(tmp.file), input: `${lines.join('\n')}\n`, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`setup: ipmplab batch: ${r.stderr}`);
});

const exitOf = (p: ReturnType<typeof startTool>) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => p.on('exit', (code, signal) => resolve({ code, signal })));

describe('tool output through a pipe', () => {
  it('waits for a reader that pauses and then delivers every line', () => {
    // A shell pipe (a small kernel buffer): netstat blocks until the reader wakes up.
    const r = spawnSync('bash', ['-c', "set -o pipefail; netstat -rn | { sleep 0.5; grep -c '^10\\.'; }"], { env: toolEnv(tmp.file), encoding: 'utf8' });
    expect({ status: r.status, out: r.stdout, err: r.stderr }).toEqual({ status: 0, out: `${ROUTES}\n`, err: '' });
  });

  it('ends `| head -1` with status 141 and nothing on stderr', () => {
    const r = spawnSync('bash', ['-c', 'set -o pipefail; netstat -rn | head -1'], { env: toolEnv(tmp.file), encoding: 'utf8' });
    expect({ status: r.status, out: r.stdout, err: r.stderr }).toEqual({ status: 141, out: '\n', err: '' });
  });

  it('ends with status 141 and nothing on stderr when the reader goes away', async () => {
    const p = startTool(tmp.file, 'netstat', ['-rn']);
    const exit = exitOf(p);
    let err = '';
    p.stderr!.on('data', (d) => (err += d));
    const first = await new Promise<string>((resolve) => p.stdout!.once('data', (d) => resolve(String(d))));
    p.stdout!.destroy();
    expect(first).toContain('Routing Table: IPv4');
    expect(await exit).toEqual({ code: 141, signal: null });
    expect(err).toBe('');
  });
});
