// The ping executable (bundled into dist/ping.cjs, run by bin/ping): SIGINT ends a run the way
// ping's handler does (main.ts), then the process exits with the run's status.
import { processIO, withLabHelp } from '@ipmplab/userland';
import { pingMain } from './main';

const stop = new AbortController();
process.on('SIGINT', () => stop.abort());
withLabHelp(pingMain)(process.argv.slice(2), processIO(), { signal: stop.signal }).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`ping: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 70;
  },
);
