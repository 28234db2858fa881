// A step of a narrated rehearsal: a sentence saying what to look for, or a command line (argv).
export type DemoStep = { say: string } | { run: string[] };

export const say = (text: string): DemoStep => ({ say: text });
export const run = (...argv: string[]): DemoStep => ({ run: argv });

/** Every rehearsal ends the same way: the clock back on real time, then what to do next. */
export function demoEnding(next: string): DemoStep[] {
  return [
    say('The demo froze the clock; it goes back to real time now. The kernel clock is rebased onto the wall clock, so anything still pending keeps its remaining delay.'),
    run('ipmplab', 'clock', 'real'),
    say(`The state is left as the demo built it, on the real clock. ${next}`),
  ];
}
