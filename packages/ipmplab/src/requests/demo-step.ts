// A step of a narrated rehearsal: a sentence saying what to look for, or a command line (argv).
export type DemoStep = { say: string } | { run: string[] };

export const say = (text: string): DemoStep => ({ say: text });
export const run = (...argv: string[]): DemoStep => ({ run: argv });
