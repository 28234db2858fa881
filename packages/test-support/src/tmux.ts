// A real terminal for tests: a tmux server of the test's own, driven with send-keys and read with
// capture-pane (trailing blanks trimmed, as tmux gives them).
import { spawnSync } from 'node:child_process';
import { sleep } from './wait';

export const hasTmux = (): boolean => spawnSync('tmux', ['-V']).status === 0;

export interface TmuxDriver {
  tmux(...args: string[]): { status: number | null; stdout: string; stderr: string };
  screen(session: string, escapes?: boolean): string;
  keys(session: string, ...k: string[]): void;
  /** Waits until the screen satisfies `cond` (polled every 25 ms), or throws with the screen after `ms`. */
  waitScreen(session: string, cond: (s: string) => boolean, what: string, ms?: number): Promise<string>;
}

export function tmuxDriver(server: string): TmuxDriver {
  const tmux = (...args: string[]) => spawnSync('tmux', ['-L', server, ...args], { encoding: 'utf8' });

  const screen = (session: string, escapes = false) => tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', session).stdout;
  return {
    tmux,
    screen,
    keys: (session, ...k) => {
      tmux('send-keys', '-t', session, ...k);
    },
    waitScreen: async (session, cond, what, ms = 10_000) => {
      const end = Date.now() + ms;
      for (;;) {
        const s = screen(session);
        if (cond(s)) return s;
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}; screen:\n${s}`);
        await sleep(25);
      }
    },
  };
}
