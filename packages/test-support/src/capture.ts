// What a test compares output with, and how it catches output that is not a tool's run.
import { memoryIO } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';

/** Lines joined with newlines, final newline included (trailing spaces stay visible in the source). */
export function lines(...l: string[]): string {
  return l.map((x) => `${x}\n`).join('');
}

/** Runs a printer that emits one line at a time and returns what it emitted as text. */
export function capture(fn: (emit: (line: string) => void) => void): string {
  let out = '';
  fn((line) => {
    out += `${line}\n`;
  });
  return out;
}

export type MemoryIO = ToolIO & { out: string[]; err: string[] };

/** A memory IO that also keeps both streams in the order they were written (as `2>&1` shows them). */
export function interleavedIO(env: NodeJS.ProcessEnv = {}): MemoryIO & { all: string[] } {
  const io = memoryIO(env);
  const all: string[] = [];
  const o = io.stdout;
  const e = io.stderr;
  io.stdout = (t) => (o(t), all.push(t));
  io.stderr = (t) => (e(t), all.push(t));
  return Object.assign(io, { all });
}
