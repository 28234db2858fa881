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

/**
 * A commit group's output, both streams in the order it was written: let out once the group has
 * committed (what a line printed is never seen before what it did can be), dropped when the
 * group is abandoned and its lines run again. Past `limit` characters nothing more is kept: the
 * group is to be abandoned, and its lines print as they run.
 */
export function heldUntilCommit(io: ToolIO, limit: number): { io: ToolIO; overflowed: () => boolean; release: () => void; drop: () => void } {
  let held: { err: boolean; text: string }[] = [];
  let size = 0;
  const hold = (err: boolean, text: string) => {
    size += text.length;
    if (size <= limit) held.push({ err, text });
  };
  return {
    io: withIO(io, { stdout: (text) => hold(false, text), stderr: (text) => hold(true, text) }),
    overflowed: () => size > limit,
    release: () => {
      const out = held;
      held = [];
      // Runs of standard output go out in one write.
      for (let i = 0; i < out.length; ) {
        if (out[i].err) {
          io.stderr(out[i++].text);
          continue;
        }
        let j = i;
        while (j < out.length && !out[j].err) j++;
        io.stdout(j - i === 1 ? out[i].text : out.slice(i, j).map((o) => o.text).join(''));
        i = j;
      }
    },
    drop: () => {
      held = [];
    },
  };
}
