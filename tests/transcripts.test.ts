// Every tests/transcripts/*.t file replayed against real processes and a fresh state.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { replay } from './lib/transcript';

const dir = path.join(__dirname, 'transcripts');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.t')).sort();

describe('transcripts', () => {
  it('has transcripts to run', () => expect(files.length).toBeGreaterThan(0));
  for (const f of files) {
    it(f, () => {
      const { expected, actual } = replay(path.join(dir, f));
      expect(actual).toBe(expected);
    });
  }
});
