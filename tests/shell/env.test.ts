// `eval "$(ipmplab env)"` in a real sh: the lab's tools come first on PATH, the state file (a
// path with a quote in it) and the host are set, and every illumos program the lab lacks is a
// function that answers with what the lab offers (status 127) instead of running the machine's.
import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BIN, tempState, toolEnv } from '@ipmplab/test-support';

const t = tempState();
afterAll(() => t.cleanup());

describe('ipmplab env', () => {
  it('sets PATH, the state and the host, and shadows the programs the lab lacks', () => {
    const state = path.join(t.dir, "it's.db");
    const script = [
      `eval "$("${path.join(BIN, 'ipmplab')}" env --state "$1" --host b)"`,
      'echo "path=${PATH%%:*}"', 'echo "state=$IPMPLAB_STATE"', 'echo "host=$IPMPLAB_HOST"',
      'for f in snoop tcpdump dtrace truss pkill pgrep svcadm svcs routeadm ndd man reboot init shutdown dmesg traceroute; do',
      '  case "$(type "$f" 2>&1)" in *function*) ;; *) echo "not shadowed: $f";; esac',
      'done',
      'reboot; echo "reboot=$?"',
    ].join('\n');
    const r = spawnSync('/bin/bash', ['-c', script, 'sh', state], { env: toolEnv(t.file), encoding: 'utf8' });
    expect(r.stdout).toBe(`path=${BIN}\nstate=${state}\nhost=b\nreboot=127\n`);
    expect(r.stderr).toBe('reboot: not in the lab: use ipmplab reboot\n');
  });
});
