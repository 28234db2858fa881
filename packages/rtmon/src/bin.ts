// Entry point of dist/rtmon.cjs (bin/rtmon). A CommonJS bundle without ink or react: the terminal
// view is a separate ESM bundle next to this one (dist/rtmon-tui.mjs), imported only when stdout
// is a terminal and neither --plain nor --json was given.
import path from 'node:path';
import tty from 'node:tty';
import { pathToFileURL } from 'node:url';
import type { ToolIO } from '@ipmplab/userland';
import { rtmonMain } from './main';
import type { TuiModule } from './main';
import { blockingWriter } from './stdout';

const stop = new AbortController();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const onSignal = () => stop.abort();
const catchSignals = () => SIGNALS.forEach((s) => process.on(s, onSignal));
// While a write waits for a reader that does not read, the signals keep their default action.
const releaseSignals = () => SIGNALS.forEach((s) => process.off(s, onSignal));
catchSignals();

const stdout = blockingWriter(1, { stall: releaseSignals, resume: catchSignals });
const stderr = blockingWriter(2, { stall: releaseSignals, resume: catchSignals });
const io: ToolIO = {
  env: process.env,
  stdout,
  stderr: (t) => {
    try {
      stderr(t);
    } catch {
      // stderr gone too: nothing left to tell
    }
  },
  isTTY: tty.isatty(1),
};

/** The terminal view, next to this bundle (bin/rtmon starts this bundle directly, not through
 * the code-cache launcher, so import() has its module loader). */
const loadTui = async () => (await import(pathToFileURL(path.join(__dirname, 'rtmon-tui.mjs')).href)) as TuiModule;

rtmonMain(process.argv.slice(2), { io, signal: stop.signal, loadTui }).then(
  (code) => process.exit(code),
  (e) => {
    io.stderr(`rtmon: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exit(70);
  },
);
