// Eight writer processes at once (ifconfig and route, on their own interfaces, routes and lo0
// logical interfaces), and one rtmon: it must print every message the socket is owed exactly
// once, in journal order. Compared byte for byte with the journal read afterwards.
import { describe, it, expect, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { Rtmon, expectedText } from './lib';
import { tempState, must, sleep, toolEnv, ROOT } from '@ipmplab/test-support';
import { openState as openDb, lastSeq } from '@ipmplab/core/testing';

const WRITERS = 8;
const ROUNDS = 5;
const t = tempState();
afterAll(() => t.cleanup());

/** Writer p's commands: routes 10.<p>.<i>.0/24, lo0 logical interfaces, and (p < 4) its own netN. */
function script(p: number): string {
  const cmds: string[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    cmds.push(`route -n add 10.${p + 1}.${i}.0/24 127.0.0.1`);
    cmds.push(`ifconfig lo0 addif 127.${p + 1}.${i}.1/32 up`);
    if (p < 4 && i === 0) cmds.push(`ifconfig net${p} plumb 192.168.${p}.10/24 up`);
    if (p < 4 && i === 2) cmds.push(`ifconfig net${p} down`);
    if (p < 4 && i === 4) cmds.push(`ifconfig net${p} unplumb`);
    cmds.push(`route -n delete 10.${p + 1}.${i}.0/24 127.0.0.1`);
    cmds.push(`ifconfig lo0 removeif 127.${p + 1}.${i}.1`);
  }
  return `set -e\n${cmds.join('\n')}\n`;
}

function runWriter(p: number): Promise<number> {
  return new Promise((resolve) => {
    const c = spawn('/bin/sh', ['-c', script(p)], { env: toolEnv(t.file), cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    c.stderr!.on('data', (d) => (err += d));
    c.on('exit', (code) => {
      if (code !== 0) console.error(`writer ${p}: ${err}`);
      resolve(code ?? -1);
    });
  });
}

describe('rtmon with 8 concurrent writers', () => {
  it('prints every message once, in sequence order', async () => {
    must(t.file, 'ifconfig', ['-a']);
    const r = new Rtmon(t.file, ['--plain', '-n']);
    try {
      await r.ready();
      const db = openDb(t.file);
      const after = lastSeq(db, 1);
      const codes = await Promise.all(Array.from({ length: WRITERS }, (_, p) => runWriter(p)));
      expect(codes).toEqual(Array(WRITERS).fill(0));
      await sleep(800); // DAD timers still due fire in rtmon itself
      const exp = expectedText(db, { after, numeric: true });
      await r.waitFor((x) => x.count() >= exp.count, 20_000);
      await sleep(200);
      const now = expectedText(db, { after, numeric: true }); // rtmon's own timer firings included
      expect(now.count).toBeGreaterThan(WRITERS * ROUNDS * 6);
      expect(r.count()).toBe(now.count);
      expect(r.out).toBe(now.text);
      db.close();
      expect(await r.stop()).toEqual({ code: 0, signal: null });
      expect(r.err).toBe('');
    } finally {
      if (r.proc.exitCode === null) r.proc.kill('SIGKILL');
    }
  });
});
