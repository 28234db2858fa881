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

/**
 * Output kept in order until the command's transaction has committed. Consecutive text for the
 * same stream is kept as one run (joined as it grows) and written at once: a flush of 200,000
 * routes keeps its lines as a few large strings, not 200,000 small ones, and writes them in a
 * few system calls.
 */
export class Collected implements Out {
  /** Runs of text for one stream: joined blocks of lines, then the lines not joined yet. */
  private readonly runs: { stream: 'out' | 'err'; blocks: string[]; lines: string[] }[] = [];

  private add(stream: 'out' | 'err', text: string): void {
    if (!text) return;
    let last = this.runs[this.runs.length - 1];
    if (!last || last.stream !== stream) this.runs.push((last = { stream, blocks: [], lines: [] }));
    last.lines.push(text);
    if (last.lines.length >= 1024) {
      last.blocks.push(last.lines.join(''));
      last.lines = [];
    }
  }

  out(text: string): void {
    this.add('out', text);
  }

  err(text: string): void {
    this.add('err', text);
  }

  flushTo(io: { stdout: (t: string) => void; stderr: (t: string) => void }): void {
    for (const r of this.runs) (r.stream === 'out' ? io.stdout : io.stderr)(r.blocks.join('') + r.lines.join(''));
    this.runs.length = 0;
  }
}
