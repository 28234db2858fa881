// Entry of dist/rtmon-tui.mjs: the ink view, loaded by main.ts with import() only when stdout is
// a terminal. Draws on the terminal's alternate screen and gives it back on exit.
import React from 'react';
import { render } from 'ink';
import type { TuiArgs } from '../main';
import { App } from './App';

export async function runTui(args: TuiArgs): Promise<number> {
  const { controller, colour, signal } = args;
  const out = process.stdout;
  out.write('\x1b[?1049h\x1b[H');
  const instance = render(<App controller={controller} colour={colour} />, { exitOnCtrlC: false, patchConsole: true, maxFps: 30 });
  const onAbort = () => {
    controller.stop();
    instance.unmount();
  };
  signal.addEventListener('abort', onAbort);
  try {
    await instance.waitUntilExit();
  } finally {
    signal.removeEventListener('abort', onAbort);
    controller.stop();
    out.write('\x1b[?1049l');
  }
  return 0;
}
