// A tool's main run in this process with a memory IO: its exit status and both streams.
import { memoryIO } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import type { MemoryIO } from './capture';

export type Main = (argv: string[], io: ToolIO) => number;

export interface Ran {
  code: number;
  out: string;
  err: string;
}

/** main(argv) with `io` (default: a memory IO with an empty environment). */
export function runInProcess(main: Main, argv: string[], io: MemoryIO = memoryIO({})): Ran {
  const code = main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

/** main against a state file: `--state FILE` first, then argv, in the environment given. */
export function runWithState(main: Main, file: string, argv: string[], env: NodeJS.ProcessEnv = {}): Ran {
  return runInProcess(main, ['--state', file, ...argv], memoryIO({ ...env }));
}
