// A snapshot restored while rtmon watches: the kernel sent no routing message (its state was
// replaced from outside), so rtmon prints none; it says the lab event in one line at its place
// among the messages (stderr in plain mode, as a gap is), records it, and goes on with the
// host's journal numbering. illumos' route monitor prints nothing for it.
import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, toolEnv, must, tempState } from '@ipmplab/test-support';

const tmp = tempState();
afterAll(() => tmp.cleanup());

const sh = (line: string) => spawnSync('/bin/sh', ['-c', line], { env: toolEnv(tmp.file), encoding: 'utf8', timeout: 20_000 });

/** The first sockaddr of each message (route monitor prints them on a line of their own, after a space). */
const dsts = (out: string) => out.split('\n').filter((l) => l.startsWith(' ')).map((l) => l.trim().split(' ')[0]);

describe('rtmon across a snapshot restore', () => {
  it('shows the restore as one lab line between the messages before and after it', () => {
    must(tmp.file, 'ipmplab', ['clock', 'manual', '2030-01-01T00:00:00Z']);
    must(tmp.file, 'ifconfig', ['net0', 'plumb', '10.0.0.1/24', 'up']);
    must(tmp.file, 'ipmplab', ['clock', 'advance', '2s']); // DAD completes: the interface route is added
    must(tmp.file, 'ipmplab', ['snapshot', 'save', 'before']);
    must(tmp.file, 'route', ['add', '10.50.0.0/16', '10.0.0.2']);
    must(tmp.file, 'ipmplab', ['snapshot', 'restore', 'before']);
    must(tmp.file, 'route', ['add', '10.60.0.0/16', '10.0.0.2']);
    // Merged as a terminal shows them: stdout is flushed before the line on stderr.
    const r = sh(`${path.join(BIN, 'rtmon')} --plain -n --since 0 --type RTM_ADD --count 3 2>&1`);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const at = lines.indexOf('rtmon: lab: snapshot before restored');
    expect(at).toBeGreaterThan(0);
    expect(dsts(lines.slice(0, at).join('\n'))).toEqual(['10.0.0.1', '10.50.0.0']);
    expect(dsts(lines.slice(at + 1).join('\n'))).toEqual(['10.60.0.0']);
    // Nothing about it on stdout: a route monitor transcript stays one.
    const plain = spawnSync(path.join(BIN, 'rtmon'), ['--plain', '-n', '--since', '0', '--type', 'RTM_ADD', '--count', '3'], { env: toolEnv(tmp.file), encoding: 'utf8', timeout: 20_000 });
    expect(plain.stdout).not.toContain('snapshot');
    expect(plain.stderr).toBe('rtmon: lab: snapshot before restored\n');
  });

  it('records the lab event and replays it', () => {
    const rec = path.join(tmp.dir, 'rec.jsonl');
    const r = spawnSync(path.join(BIN, 'rtmon'), ['--plain', '-n', '--since', '0', '--type', 'RTM_ADD', '--count', '3', '--record', rec],
      { env: toolEnv(tmp.file), encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(0);
    const recorded = fs.readFileSync(rec, 'utf8').split('\n').filter((l) => l.includes('"lab"'));
    expect(recorded).toHaveLength(1);
    expect(JSON.parse(recorded[0])).toMatchObject({ lab: 'snapshot before restored', at: '2030-01-01T00:00:02.000Z' });
    const replay = spawnSync(path.join(BIN, 'rtmon'), ['--plain', '-n', '--replay', rec, '--fast'], { env: toolEnv(tmp.file), encoding: 'utf8', timeout: 20_000 });
    expect(replay.status).toBe(0);
    expect(replay.stderr).toBe('rtmon: lab: snapshot before restored\n');
    expect(dsts(replay.stdout)).toEqual(['10.0.0.1', '10.50.0.0', '10.60.0.0']);
  });
});
