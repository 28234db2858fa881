// An atomic batch's standard output, written in blocks instead of a write(2) per command line:
// nothing it did is visible before it commits anyway. Whatever goes to standard error first
// lets the output before it out, so the two streams keep their order on a terminal.
import { withIO } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';

const BLOCK = 64 * 1024;

export function blockBuffered(io: ToolIO): { io: ToolIO; flush: () => void } {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    io.stdout(text);
  };
  return {
    io: withIO(io, {
      stdout: (text) => {
        pending.push(text);
        size += text.length;
        if (size >= BLOCK) flush();
      },
      stderr: (text) => {
        flush();
        io.stderr(text);
      },
    }),
    flush,
  };
}
