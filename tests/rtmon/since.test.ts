// `rtmon --since N` past the end of the journal says so in one line and exits 1 at once: the
// sequence numbers only grow as messages come, so nothing would ever be shown.
import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { lastSeq, openState } from '@ipmplab/core/testing';
import { BIN, toolEnv, must, tempState } from '@ipmplab/test-support';

const tmp = tempState();
afterAll(() => tmp.cleanup());

/** rtmon with a deadline: a run that waits for ever fails the test instead of hanging it. */
function rtmon(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(path.join(BIN, 'rtmon'), args, { env: toolEnv(tmp.file), encoding: 'utf8', timeout: 20_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('rtmon --since', () => {
  it('past the end of the journal: one line, exit 1, nothing on stdout', () => {
    must(tmp.file, 'ipmplab', ['init']);
    must(tmp.file, 'ifconfig', ['net0', 'plumb', '10.0.0.1/24', 'up']);
    const db = openState(tmp.file);
    const last = lastSeq(db, 1);
    db.close();
    expect(last).toBeGreaterThan(0);
    expect(rtmon(['--plain', '--since', String(last + 1000)])).toEqual({
      status: 1, stdout: '', stderr: `rtmon: --since ${last + 1000}: the journal ends at sequence number ${last}\n`,
    });
    expect(rtmon(['--json', '--since', String(last + 1)]).status).toBe(1);
  });

  it('within the journal: it replays from there (--count ends it)', () => {
    const r = rtmon(['--plain', '--since', '0', '--count', '1']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^got message of size \d+\n/);
  });
});
