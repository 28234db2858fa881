// For the store's tests: state file paths in fresh temporary directories, removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function tempStateFiles(prefix: string): { file: () => string; cleanup: () => void } {
  const dirs: string[] = [];
  return {
    file: () => {
      const d = fs.mkdtempSync(path.join(os.tmpdir(), `ipmplab-${prefix}-`));
      dirs.push(d);
      return path.join(d, 'state.db');
    },
    cleanup: () => {
      while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true });
    },
  };
}
