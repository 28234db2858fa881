// Entry point of the bundle (dist/ipmplab.cjs, started by bin/ipmplab): run the lab command in
// this process. The logic lives in main.ts so tests and batches can call it without a process;
// `ipmplab shell` stays in this process for as long as the shell runs (shell/main.ts).
import path from 'node:path';
import { processIO, takeLabOptions } from '@ipmplab/userland';
import { labMain } from './main';
import { parseLab } from './grammar';
import { shellMain } from './shell/main';

const argv = process.argv.slice(2);
// The shell's words are ipmplab's grammar's (one reading of them, the same complaints in and out
// of a process): only a command line that parses as `shell` starts it.
const opts = takeLabOptions(argv);
const parsed = opts.error ? undefined : parseLab(opts.rest);
if (parsed?.kind === 'request' && parsed.req.cmd === 'shell') {
  // bin/ipmplab starts the bundle: the lab's other executables are beside it.
  const binDir = path.dirname(process.argv[1]);
  shellMain(argv, processIO(), labMain, { input: process.stdin, binDir }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`ipmplab: internal error: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 70;
    },
  );
} else {
  // ipmplab's own --help (yargs) lists the lab options already.
  process.exitCode = labMain(argv, processIO());
}
