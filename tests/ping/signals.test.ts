// ping on the real clock, as a process: it sleeps between probes, and SIGINT ends a statistics
// run with finish()'s statistics and the run's status (ping.c installs finish() as the SIGINT
// handler only in statistics mode); the default mode has no handler and dies of it (130).
// The test waits for what ping prints, never for a time.
import { describe, it, expect, afterAll } from 'vitest';
import { must, startTool, tempState, until } from '@ipmplab/test-support';

const tmp = tempState();
afterAll(() => tmp.cleanup());

function lab(): void {
  must(tmp.file, 'ipmplab', ['clock', 'manual', '2030-01-01T00:00:00Z']);
  must(tmp.file, 'ipmplab', ['host', 'add', 'b']);
  must(tmp.file, 'ipmplab', ['segment', 'add', 'lan']);
  must(tmp.file, 'ipmplab', ['plug', 'host0:net0', 'lan']);
  must(tmp.file, 'ipmplab', ['plug', 'b:net0', 'lan']);
  must(tmp.file, 'ifconfig', ['net0', 'plumb', '192.168.10.5/24', 'up']);
  must(tmp.file, 'ifconfig', ['net0', 'plumb', '192.168.10.7/24', 'up', '--host', 'b']);
  must(tmp.file, 'ipmplab', ['clock', 'advance', '5s']);
  must(tmp.file, 'ipmplab', ['clock', 'real']);
}

function collect(p: ReturnType<typeof startTool>) {
  let out = '';
  p.stdout!.on('data', (d) => (out += String(d)));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => p.on('exit', (code, signal) => resolve({ code, signal })));
  return { text: () => out, exit };
}

describe('ping on the real clock', () => {
  it('SIGINT ends a statistics run with the statistics, exit 0 after replies', async () => {
    lab();
    const p = startTool(tmp.file, 'ping', ['-s', '-n', '192.168.10.7']);
    const c = collect(p);
    await until(() => c.text().includes('icmp_seq=0.'), 60_000, 'the first reply');
    p.kill('SIGINT');
    expect(await c.exit).toEqual({ code: 0, signal: null });
    const lines = c.text().split('\n');
    expect(lines[0]).toBe('PING 192.168.10.7 (192.168.10.7): 56 data bytes');
    expect(lines[1]).toBe('64 bytes from 192.168.10.7: icmp_seq=0. time=0.200 ms');
    const stats = lines.indexOf('----192.168.10.7 PING Statistics----');
    expect(stats).toBeGreaterThan(1);
    const m = /^(\d+) packets transmitted, (\d+) packets received, 0% packet loss$/.exec(lines[stats + 1]);
    expect(m && m[1] === m[2]).toBe(true);
    expect(lines[stats + 2]).toMatch(/^round-trip \(ms\) {2}min\/avg\/max\/stddev = 0\.200\/0\.200\/0\.200\//);
  });

  it('SIGINT ends the default mode without a word: status 130 (or the signal itself before ping is up)', async () => {
    const p = startTool(tmp.file, 'ping', ['192.168.10.99']);
    const c = collect(p);
    await new Promise((resolve) => p.once('spawn', resolve));
    p.kill('SIGINT');
    const end = await c.exit;
    expect(end.code === 130 || end.signal === 'SIGINT').toBe(true);
    expect(c.text()).toBe('');
  });
});
