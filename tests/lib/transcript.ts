// Transcript files: "$ command" lines, each followed by the exact output it prints (stdout and
// stderr merged), and "[exit N]" when it exits non-zero. Lines starting with "#" before a
// command are comments. Running one replays every command against a fresh state file and
// rebuilds the transcript from what really happened, so a test compares two whole texts.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BIN, ROOT, runShell, tempState, toolEnv } from '@ipmplab/test-support';
import { parseLine } from '../../packages/ipmplab/src/shell/syntax';
import { FILTERS, commandNames } from '../../packages/ipmplab/src/shell/commands';

export interface Entry {
  command: string;
  expected: string;
}

export function parseTranscript(text: string): Entry[] {
  const entries: Entry[] = [];
  let current: { command: string; lines: string[] } | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('$ ')) {
      if (current) entries.push({ command: current.command, expected: current.lines.join('\n') });
      current = { command: line.slice(2), lines: [] };
    } else if (current) {
      current.lines.push(line);
    }
  }
  if (current) entries.push({ command: current.command, expected: current.lines.join('\n') });
  // Blank lines and comments between commands are layout, not output.
  return entries.map((e) => ({ command: e.command, expected: trimLayout(e.expected) }));
}

function trimLayout(block: string): string {
  const lines = block.split('\n');
  while (lines.length && (lines[lines.length - 1] === '' || lines[lines.length - 1].startsWith('# '))) lines.pop();
  return lines.join('\n');
}

export function render(entries: { command: string; output: string }[]): string {
  return entries.map((e) => `$ ${e.command}\n${e.output}`.replace(/\n$/, '')).join('\n');
}

export function replay(file: string): { expected: string; actual: string } {
  const entries = parseTranscript(fs.readFileSync(file, 'utf8'));
  const state = tempState();
  try {
    const actual = entries.map((e) => {
      const r = runShell(state.file, e.command);
      const output = r.output.replace(/\n$/, '') + (r.status !== 0 ? `${r.output ? '\n' : ''}[exit ${r.status}]` : '');
      return { command: e.command, output };
    });
    return { expected: render(entries.map((e) => ({ command: e.command, output: e.expected }))), actual: render(actual) };
  } finally {
    state.cleanup();
  }
}

/** Where the lab's shell says a command ended, and with what status (its own `echo` and `$?`). */
const MARK = '@@transcript-status';

/**
 * Whether the lab's shell runs a line: it parses (no command substitution, subshell or job
 * control) and every command it names is the lab's, a built-in or a filter. Lines that are the
 * test harness's own sh (writing a file with printf, a timeout around a monitor) are not.
 */
export function shellRuns(command: string): boolean {
  const parsed = parseLine(command, (name) => `$${name}`);
  if ('error' in parsed) return false;
  const known = new Set([...commandNames(), ...FILTERS]);
  return parsed.items.every((i) => i.pipeline.every((s) => {
    const name = s.argv.find((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w));
    return name === undefined || known.has(name);
  }));
}

/** Runs lines through one `ipmplab shell` (stdin or -f): each line's output and status. */
function throughShell(stateFile: string, dir: string, commands: string[], how: 'stdin' | 'script'): { output: string; status: number }[] {
  const script = commands.map((c) => `${c}\necho ${MARK} $?\n`).join('');
  const scriptFile = path.join(dir, 'script');
  fs.writeFileSync(scriptFile, script);
  const args = how === 'stdin' ? ['shell'] : ['shell', '-f', scriptFile];
  const r = spawnSync('/bin/sh', ['-c', `"$0" "$@" 2>&1`, path.join(BIN, 'ipmplab'), ...args], {
    env: toolEnv(stateFile), encoding: 'utf8', cwd: ROOT, input: how === 'stdin' ? script : '',
  });
  const chunks = r.stdout.split(new RegExp(`^${MARK} (\\d+)\n`, 'm'));
  return commands.map((_, i) => ({ output: chunks[2 * i] ?? '', status: Number(chunks[2 * i + 1] ?? -1) }));
}

/**
 * The same replay through `ipmplab shell`: every run of lines the lab's shell takes is typed at
 * one shell process, in order, from standard input or from a script file (-f), each followed by
 * `echo MARK $?`, and the output is cut at the marks; the harness's own sh lines between them
 * run as in replay().
 */
export function replayInShell(file: string, how: 'stdin' | 'script'): { expected: string; actual: string } {
  const entries = parseTranscript(fs.readFileSync(file, 'utf8'));
  const state = tempState();
  try {
    const actual: { command: string; output: string }[] = [];
    const show = (command: string, out: string, status: number) => {
      const o = out.replace(/\n$/, '');
      actual.push({ command, output: o + (status !== 0 ? `${o ? '\n' : ''}[exit ${status}]` : '') });
    };
    for (let i = 0; i < entries.length;) {
      if (!shellRuns(entries[i].command)) {
        const r = runShell(state.file, entries[i].command);
        show(entries[i].command, r.output, r.status);
        i++;
        continue;
      }
      let j = i;
      while (j < entries.length && shellRuns(entries[j].command)) j++;
      const commands = entries.slice(i, j).map((e) => e.command);
      throughShell(state.file, state.dir, commands, how).forEach((r, n) => show(commands[n], r.output, r.status));
      i = j;
    }
    return { expected: render(entries.map((e) => ({ command: e.command, output: e.expected }))), actual: render(actual) };
  } finally {
    state.cleanup();
  }
}
