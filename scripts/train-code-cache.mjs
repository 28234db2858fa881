// Makes each tool's V8 code cache (dist/.v8-cache/, see launch.cjs) from the commands an
// administrator runs most, on a throwaway state file, so the cache holds what all of them compile
// and not only what the first command after an installation happened to run. Run by build.mjs
// after bundling and writing bin/, with the node that runs the build (the cache is kept per node
// version; another version makes its own at first use, as without this step) and the flag the
// bin/ scripts' #! line gives it.
//
// Each command's expected exit status is checked: a common command that fails here is a bug, and
// the build says so rather than shipping a cache of its error path.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { shebangArgs } from './bin-scripts.mjs';

/** [tool, argv]: the state the commands below start from (each must succeed). */
const SETUP = [
  ['ifconfig', ['net0', 'plumb', '192.168.10.5/24', 'up']],
  ['ifconfig', ['net0', 'addif', '192.168.10.6/24', 'up']],
  ['ipadm', ['create-ip', 'net2']],
  ['ipadm', ['create-ip', 'net3']],
  ['ipadm', ['create-ipmp', '-i', 'net2', '-i', 'net3', 'ipmp0']],
  ['ipadm', ['create-addr', '-T', 'static', '-a', '192.168.30.10/24', 'ipmp0/v4']],
  ['route', ['-n', 'add', 'default', '192.168.10.1']],
];

// One report and one change per tool, the ones run most. Every command added makes the cache
// bigger, and a bigger cache costs every start of the tool: ifconfig -a, interleaved with itself
// under other caches, started 1.8 ms sooner with a cache of what -a alone compiles (267 KB) than
// with one of nine commands (400 KB), and 0.9 ms sooner with -a and mtu (289 KB) than with nine.
// [tool, argv, expected status].
const TRAINING = [
  ['ifconfig', ['-a'], 0],
  ['ifconfig', ['net0', 'mtu', '1400'], 0],
  ['ifconfig', ['net0', 'mtu', '1500'], 0],
  ['netstat', ['-rn'], 0],
  ['route', ['get', '10.1.2.3'], 0],
  ['route', ['-n', 'add', '10.9.0.0/16', '192.168.10.1'], 0],
  ['route', ['-n', 'delete', '10.9.0.0/16', '192.168.10.1'], 0],
  ['ipmpstat', ['-g'], 0],
  ['ipmpstat', ['-i'], 0],
  ['if_mpadm', ['-d', 'net2'], 0],
  ['if_mpadm', ['-r', 'net2'], 0],
  ['ipadm', ['show-addr'], 0],
  ['ipadm', ['show-if'], 0],
  ['ipadm', ['create-ip', '-t', 'net1'], 0],
  ['ipadm', ['create-addr', '-t', '-T', 'static', '-a', '10.0.0.1/8', 'net1/b'], 0],
  ['ipadm', ['delete-ip', 'net1'], 0],
  ['dladm', ['show-link'], 0],
  ['arp', ['-an'], 0],
  ['ping', ['127.0.0.1'], 0],
  ['ipmplab', ['status'], 0],
];

/** Runs every command; false and a line on stderr for each that ended otherwise than expected. */
export function trainCodeCache(root) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ipmplab-code-cache-'));
  // The builder's own settings (another host, an unprivileged user) would change what runs.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('IPMPLAB_')));
  Object.assign(env, { IPMPLAB_STATE: path.join(dir, 'state.db'), NO_COLOR: '1' });
  // Each bin/ script runs under the flag its #! line gives node: the cache made is the one the
  // administrator's runs take (launch.cjs names a cache after the flag).
  const run = (tool, args, mode) => {
    const script = path.join(root, 'bin', tool);
    return spawnSync(process.execPath, [...shebangArgs(script), script, ...args], { env: { ...env, IPMPLAB_CODE_CACHE: mode }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  };
  let ok = true;
  const check = (tool, args, r, want) => {
    if (r.status === want) return;
    ok = false;
    process.stderr.write(`code cache: ${tool} ${args.join(' ')} exited ${r.status ?? r.signal} (expected ${want}): ${r.stderr.trim()}\n`);
  };
  try {
    // The set-up (and the state file's creation) is not part of any cache.
    for (const [tool, args] of SETUP) check(tool, args, run(tool, args, 'off'), 0);
    for (const [tool, args, want] of TRAINING) check(tool, args, run(tool, args, 'refresh'), want);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return ok;
}
