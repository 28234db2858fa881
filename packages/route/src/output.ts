// Where route's output goes while a command runs, and the exit() route.c calls from deep inside
// its helpers (modelled as an exception that carries the status; its text was already written).

/** exit(code) after the message was printed. */
export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export interface Out {
  /** stdout */
  out(text: string): void;
  /** stderr */
  err(text: string): void;
}

/** Output kept in order until the command's transaction has committed. */
export class Collected implements Out {
  readonly chunks: { stream: 'out' | 'err'; text: string }[] = [];

  out(text: string): void {
    if (text) this.chunks.push({ stream: 'out', text });
  }

  err(text: string): void {
    if (text) this.chunks.push({ stream: 'err', text });
  }

  flushTo(io: { stdout: (t: string) => void; stderr: (t: string) => void }): void {
    for (const c of this.chunks) (c.stream === 'out' ? io.stdout : io.stderr)(c.text);
    this.chunks.length = 0;
  }
}
