// What a tool loads of node's own modules on its common path. A bare `node` start loads about
// ninety; node:tty brings net and the stream modules with it (a tenth of a bare start), and
// node:os is a load of its own. The tools ask for them only when they need them (is stdout a
// terminal, and how tall? no $HOME?), so a report, a change and a refusal start without them.
// Checked as module lists, not times: the property holds on any machine. Standard output is
// /dev/null, a character device, so the question "is it a terminal?" cannot be answered
// without node:tty: only a command that asks loads it. node:module is not loaded either: it
// brings the ES module loader with it, and the bundles take only createRequire from it, for the
// modules they load when first used (build.mjs, lazyNodeModule).
import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, must, tempState, toolEnv } from '@ipmplab/test-support';

const state = tempState('ipmplab-startup');
afterAll(() => state.cleanup());

/**
 * node's own modules a tool run loaded, as process.moduleLoadList names them when it ended.
 * `olderNode` takes process.getBuiltinModule away first, as Node before 20.16 has none.
 */
function loaded(tool: string, args: string[], olderNode = false): { status: number; modules: string[] } {
  const list = path.join(state.dir, 'modules.txt');
  const preload = path.join(state.dir, 'record-modules.cjs');
  fs.writeFileSync(preload, `${olderNode ? 'delete process.getBuiltinModule;\n' : ''}process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`);
  fs.rmSync(list, { force: true });
  const devNull = fs.openSync('/dev/null', 'w');
  try {
    // Started by its #! line, as an administrator starts it; the recorder comes in through NODE_OPTIONS.
    const env = { ...toolEnv(state.file), NODE_OPTIONS: `--require ${JSON.stringify(preload)}` };
    const r = spawnSync(path.join(BIN, tool), args, { env, stdio: ['ignore', devNull, 'pipe'] });
    return { status: r.status ?? -1, modules: fs.readFileSync(list, 'utf8').split('\n') };
  } finally {
    fs.closeSync(devNull);
  }
}

const OPTIONAL = ['NativeModule tty', 'NativeModule net', 'NativeModule os', 'NativeModule module', 'NativeModule internal/modules/esm/loader'];
const optionalIn = (modules: string[]) => modules.filter((m) => OPTIONAL.includes(m));

describe('a tool start', () => {
  must(state.file, 'ifconfig', ['net0', 'plumb', '192.168.10.5/24', 'up']);
  must(state.file, 'ifconfig', ['ipmp0', 'ipmp', '192.168.20.1/24', 'up']);
  must(state.file, 'ifconfig', ['net1', 'plumb', 'group', 'ipmp0', 'up']);

  it.each([
    ['ifconfig', ['-a'], 0],
    ['netstat', ['-rn'], 0],
    ['route', ['add', '10.9.0.0/16', '192.168.10.1'], 0],
    ['ipadm', ['show-addr'], 0],
    // One group: one row, so ipmpstat never needs the window's height.
    ['ipmpstat', ['-g'], 0],
    ['ifconfig', ['nosuch0', 'up'], 1],
  ] as [string, string[], number][])('%s %j loads neither node:tty, net, os nor module', (tool, args, status) => {
    const r = loaded(tool, args);
    expect(r.status).toBe(status);
    expect(r.modules).toContain('NativeModule fs');
    expect(optionalIn(r.modules)).toEqual([]);
  });

  it('a lab command loads node:crypto only when it reads or writes a snapshot file', () => {
    expect(loaded('ipmplab', ['status']).modules).not.toContain('NativeModule crypto');
    expect(loaded('ipmplab', ['snapshot', 'save', 'one']).modules).not.toContain('NativeModule crypto');
    const exported = loaded('ipmplab', ['snapshot', 'export', 'one', path.join(state.dir, 'one.snap')]);
    expect(exported.status).toBe(0);
    expect(exported.modules).toContain('NativeModule crypto');
  });

  it('a report of several rows asks how tall the terminal is, and loads node:tty for it', () => {
    // dladm's ofmt repeats its header every window's height: the second row asks.
    const r = loaded('dladm', ['show-link']);
    expect(r.status).toBe(0);
    expect(optionalIn(r.modules).sort()).toEqual(['NativeModule net', 'NativeModule tty']);
  });

  it('on a Node without process.getBuiltinModule, builtins come through node:module as before', () => {
    const r = loaded('dladm', ['show-link'], true);
    expect(r.status).toBe(0);
    expect(optionalIn(r.modules).sort()).toEqual(['NativeModule internal/modules/esm/loader', 'NativeModule module', 'NativeModule net', 'NativeModule tty']);
    const exported = loaded('ipmplab', ['snapshot', 'export', 'one', path.join(state.dir, 'older.snap')], true);
    expect(exported.status).toBe(0);
    expect(exported.modules).toContain('NativeModule crypto');
    expect(fs.readFileSync(path.join(state.dir, 'older.snap'))).toEqual(fs.readFileSync(path.join(state.dir, 'one.snap')));
  });
});
