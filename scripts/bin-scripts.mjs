// Writes bin/<tool>, the executables an administrator runs, when the tools are built.
//
// Each names the node that ran the build by its absolute path, as pip's console scripts name
// their python: `#!/usr/bin/env node` costs a second exec (env, then a search of PATH for node)
// on every command, about 2 ms of a 75 ms `ifconfig -a` on a two-core virtual machine. A node
// whose path a kernel cannot take as an interpreter (a space in it, or longer than the 127 bytes
// older Linux kernels read of a #! line) is found through PATH as before. After another Node is
// installed elsewhere, `pnpm build` names it (the code caches are per version anyway).
//
// Each holds the launcher itself (scripts/launch.cjs, copied in) rather than requiring it from
// dist/: node then resolves, reads and compiles one file before the bundle, not two (about 1 ms
// a command, measured the same way). The scripts are made by the build and not kept in git.
//
// The #! line also gives node one V8 flag, NODE_FLAG below, when that node takes it.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The longest #! line every Linux kernel reads whole (BINPRM_BUF_SIZE was 128 before 5.1). */
const SHEBANG_MAX = 127;

/**
 * The node a script runs under: the absolute path when a #! line can hold it as it is (no
 * whitespace, which would split it, nothing outside printable ASCII), else undefined (search PATH).
 */
export function nodeForShebang(execPath) {
  if (!path.isAbsolute(execPath)) return undefined;
  if (!/^[\x21-\x7e]+$/.test(execPath)) return undefined;
  if (`#!${execPath}`.length > SHEBANG_MAX) return undefined;
  return execPath;
}

/**
 * The flag on a tool's #! line (a kernel passes one argument there): `--no-rehash-snapshot`. At
 * every start V8 makes a new random seed for its string hashes and rehashes every table of its
 * start-up snapshot with it; without the flag it keeps the seed the snapshot was built with.
 * That is 2.7-4.6 ms of CPU of a start (`perf stat`, Node 20.20.2: `node -e 0` 61.7 against
 * 59.0 ms, `ifconfig -a` 76.6 against 72.0; Node 22.23.5 and 24.22.3 save 4.4 and 2.9 ms), about
 * a twentieth of a tool's start. What it gives up is the per-process seed, V8's defence against
 * input crafted so that its strings collide in one hash bucket: here the input is the command
 * line, the files it names and the user's own state file (one of another user is refused,
 * placement.ts), read by a command that ends, so such input could only slow down the command
 * that reads it.
 * launch.cjs keeps a separate code cache for runs with the flag: V8 takes a cache only under
 * the flags it was made with.
 */
export const NODE_FLAG = '--no-rehash-snapshot';

/** Whether the node at `execPath` starts with NODE_FLAG (a node that does not know it refuses to start). */
export function takesNodeFlag(execPath) {
  const r = spawnSync(execPath, [NODE_FLAG, '-e', '0'], { stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '' } });
  return r.status === 0;
}

/**
 * The arguments a bin/ script's #! line gives node before the script (the flag, or nothing): to
 * start it under the same flags without executing the file itself.
 */
export function shebangArgs(script) {
  const first = readFileSync(script, 'utf8').split('\n', 1)[0];
  const words = first.slice(2).split(' ');
  return first.startsWith('#!/') && words.length === 2 && words[1] === NODE_FLAG ? [NODE_FLAG] : [];
}

/** The #! line of a launched tool: the node's path and the flag when both fit in the line. */
export function shebang(node, flag) {
  if (!node) return '#!/usr/bin/env node';
  return flag && `#!${node} ${flag}`.length <= SHEBANG_MAX ? `#!${node} ${flag}` : `#!${node}`;
}

/** A tool started through the code-cache launcher, whose text (launch.cjs) is included whole. */
export function launcherScript(tool, node, launcher, flag) {
  return [
    shebang(node, flag),
    `// ${tool}: the bundled tool in dist/, started with its V8 code cache. Written by \`pnpm build\``,
    '// (scripts/bin-scripts.mjs); what follows is scripts/launch.cjs.',
    launcher.trimEnd(),
    `exports.run(${JSON.stringify(tool)}, require('node:path').join(__dirname, '..', 'dist'));`,
    '',
  ].join('\n');
}

/** Single-quoted for sh (the path has no whitespace, but may hold other shell characters). */
const shQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * rtmon: started by sh so that node gets its flags (a #! line passes everything after the
 * interpreter as one argument), and without the launcher (it loads its ink view with import()).
 */
export function rtmonScript(node) {
  return [
    '#!/bin/sh',
    `':' //; exec ${node ? shQuote(node) : 'node'} --max-semi-space-size=1 --max-old-space-size=128 --v8-pool-size=1 "$0" "$@"`,
    '// rtmon: the bundled tool (built by `pnpm build`, which wrote this file). The line above is read',
    '// by sh, which restarts this file under node with a small heap: the terminal view makes garbage',
    '// fast under a burst and V8 would otherwise let it grow past 150 MB. The live set is bounded',
    '// (5,000 rows of scrollback), far under the cap. One V8 worker thread instead of four: a monitor',
    '// that is idle between commits has no use for parallel compiling or collecting, and each thread',
    '// keeps memory of its own (after 100,000 messages: 63.3-64.0 MB against 65.0-66.8 plain,',
    '// 84.4-85.7 MB against 89.1-89.7 in the terminal view; change-to-print p99 1.42-1.43 ms against',
    '// 1.52-2.10). Node skips the first line and reads the second as a string and a comment.',
    '// It loads its ink view with import(), so it starts without the code-cache launcher.',
    'require("../dist/rtmon.cjs");',
    '',
  ].join('\n');
}

/**
 * Writes bin/<tool> for each tool (each file replaced whole, never seen half written). `flag` is
 * NODE_FLAG when the node takes it, else null (asked of the node when not given).
 */
export function writeBinScripts(root, tools, execPath = process.execPath, flag = takesNodeFlag(execPath) ? NODE_FLAG : null) {
  const dir = path.join(root, 'bin');
  mkdirSync(dir, { recursive: true });
  const node = nodeForShebang(execPath);
  const launcher = readFileSync(fileURLToPath(new URL('./launch.cjs', import.meta.url)), 'utf8');
  for (const tool of tools) {
    const file = path.join(dir, tool);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, tool === 'rtmon' ? rtmonScript(node) : launcherScript(tool, node, launcher, flag));
    chmodSync(temp, 0o755);
    renameSync(temp, file);
  }
}
