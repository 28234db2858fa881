// Every tests/transcripts/*.t file replayed through `ipmplab shell` (standard input, and a
// script with -f): the same output and exit statuses as the executables give. The few lines that
// are the harness's own sh (command substitution, a timeout around a monitor) run in sh between.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { replayInShell } from './lib/transcript';

const dir = path.join(__dirname, 'transcripts');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.t')).sort();

describe('transcripts through ipmplab shell', () => {
  for (const f of files) {
    for (const how of ['stdin', 'script'] as const) {
      it(`${f} (${how === 'stdin' ? 'standard input' : '-f script'})`, () => {
        const { expected, actual } = replayInShell(path.join(dir, f), how);
        expect(actual).toBe(expected);
      });
    }
  }
});
