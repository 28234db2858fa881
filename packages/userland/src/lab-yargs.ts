// The yargs set-up the lab's own tools (ipmplab, rtmon) share; their grammars are lab
// additions, not illumos ones, so they take yargs' help and messages. A subpath of its own
// (@ipmplab/userland/lab-yargs), outside the index: the illumos tools' bundles must not carry
// yargs (it added 85 KB and about 8 ms to every `ifconfig -a`).
import yargs from 'yargs';
import type { Argv } from 'yargs';

/**
 * A yargs parser for a lab tool: its name and usage, English messages, unknown options refused,
 * no --version, -h/--help, and the process never exited (the caller's fail handler decides).
 */
export function labYargs(argv: string[], scriptName: string, usage: string): Argv {
  return yargs(argv)
    .scriptName(scriptName)
    .usage(usage)
    .locale('en')
    .strict()
    .exitProcess(false)
    .version(false)
    .help('help')
    .alias('help', 'h')
    // No wrapping: the bundled cliui wraps by slicing words, which reads worse than long lines.
    .wrap(null);
}
