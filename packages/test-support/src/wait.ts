// Waiting for another process or a timer-driven loop, by polling: timeouts only catch a hang
// (a result never depends on how fast the machine is).

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until cond() holds, or fails after ms naming what it waited for. */
export async function until(cond: () => boolean, ms = 60_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}
