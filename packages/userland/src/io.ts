// What a tool needs from its process, so tools run the same in a real process, in the
// interactive shell and in tests: argv, environment, two output streams.
export interface ToolIO {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour and progress only then). */
  isTTY: boolean;
}

export function processIO(): ToolIO {
  return {
    env: process.env,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: !!process.stdout.isTTY,
  };
}

/** Collects output in memory (tests, the shell's captured commands). */
export function memoryIO(env: NodeJS.ProcessEnv = {}): ToolIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { env, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, out, err };
}
