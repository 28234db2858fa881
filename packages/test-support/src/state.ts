// Temporary state files for tests: each in a fresh directory of its own, removed by cleanup.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempState {
  dir: string;
  file: string;
  cleanup(): void;
}

/** One state file path (not created yet) in a fresh temporary directory. */
export function tempState(prefix = 'ipmplab'): TempState {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  // Retries: a process a test has just killed (a shell in tmux writing its history on SIGHUP) may
  // still add a file while the directory is being emptied (ENOTEMPTY).
  return { dir, file: path.join(dir, 'state.db'), cleanup: () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }) };
}

/** As many state files (or bare directories) as a suite asks for; cleanup removes every one made so far. */
export function tempStateFiles(prefix = 'ipmplab'): { file(): string; dir(): string; cleanup(): void } {
  const made: TempState[] = [];
  const next = () => {
    const t = tempState(prefix);
    made.push(t);
    return t;
  };
  return {
    file: () => next().file,
    dir: () => next().dir,
    cleanup: () => {
      while (made.length) made.pop()!.cleanup();
    },
  };
}
