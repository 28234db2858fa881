// rtmon opens one host's routing socket: `--host NAME` (or $IPMPLAB_HOST) reads that host's
// journal, with its own sequence numbers, and never another host's messages. (The order of the
// two messages depends on when DAD completes on the real clock; the test compares them as a set.)
import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BIN, toolEnv, must, tempState } from '@ipmplab/test-support';

const tmp = tempState();
afterAll(() => tmp.cleanup());

/** rtmon with a deadline: a run that waits for ever fails the test instead of hanging it. */
function rtmon(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(path.join(BIN, 'rtmon'), args, { env: toolEnv(tmp.file, env), encoding: 'utf8', timeout: 20_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The first sockaddr of each message (route monitor prints them on a line of their own, after a space). */
const dsts = (out: string) => out.split('\n').filter((l) => l.startsWith(' ')).map((l) => l.trim().split(' ')[0]);

describe('rtmon on one host of a lab', () => {
  it("replays the host's own journal from 1, none of another host's messages", () => {
    must(tmp.file, 'ipmplab', ['host', 'add', 'b']);
    must(tmp.file, 'ifconfig', ['net0', 'plumb', '10.0.0.1/24', 'up']);
    must(tmp.file, 'ifconfig', ['net0', 'plumb', '10.1.0.1/24', 'up', '--host', 'b']);
    must(tmp.file, 'route', ['add', '10.50.0.0/16', '10.0.0.2']);
    must(tmp.file, 'route', ['add', '10.60.0.0/16', '10.1.0.2', '--host', 'b']);
    const b = rtmon(['--plain', '-n', '--since', '0', '--count', '2', '--type', 'RTM_ADD'], { IPMPLAB_HOST: 'b' });
    expect(b.status).toBe(0);
    expect(dsts(b.stdout).sort()).toEqual(['10.1.0.1', '10.60.0.0']);
    const a = rtmon(['--plain', '-n', '--since', '0', '--count', '2', '--type', 'RTM_ADD']);
    expect(a.status).toBe(0);
    expect(dsts(a.stdout).sort()).toEqual(['10.0.0.1', '10.50.0.0']);
  });

  it('refuses a host that is not in the lab, in one line', () => {
    expect(rtmon(['--plain', '--host', 'nosuch'])).toEqual({
      status: 1, stdout: '', stderr: 'rtmon: the lab has no host named nosuch (ipmplab host ls lists them)\n',
    });
  });
});
