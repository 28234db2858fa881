// Transcript files: "$ command" lines, each followed by the exact output it prints (stdout and
// stderr merged), and "[exit N]" when it exits non-zero. Lines starting with "#" before a
// command are comments. Running one replays every command against a fresh state file and
// rebuilds the transcript from what really happened, so a test compares two whole texts.
import fs from 'node:fs';
import { runShell, tempState } from '@ipmplab/test-support';

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
