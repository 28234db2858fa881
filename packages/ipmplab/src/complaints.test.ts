// yargs' complaints, said for the command typed: what is missing, which value is wrong.
import { describe, it, expect } from 'vitest';
import { memoryIO } from '@ipmplab/userland';
import { explain } from './complaints';
import { labMain } from './main';

/** What `ipmplab ARGS` prints and exits with (a usage error opens no state file). */
function lab(...argv: string[]): { code: number; stderr: string } {
  const io = memoryIO({ IPMPLAB_STATE: '/nonexistent/never-opened.db' });
  const code = labMain(argv, io);
  return { code, stderr: io.err.join('') };
}

describe('ipmplab usage errors', () => {
  it('says a negative duration is negative, in one line, with exit 2', () => {
    expect(lab('clock', 'advance', '-5s')).toEqual({ code: 2, stderr: "ipmplab: clock advance: the duration must not be negative: -5s\nTry 'ipmplab --help' for usage.\n" });
    expect(lab('log', '--since', '-10m')).toEqual({ code: 2, stderr: "ipmplab: log --since: the duration must not be negative: -10m\nTry 'ipmplab --help' for usage.\n" });
  });

  it('names what is missing and shows the usage of the command', () => {
    expect(lab('link', 'net0')).toEqual({ code: 2, stderr: "ipmplab: link: missing up|down (usage: ipmplab link NAME up|down)\nTry 'ipmplab --help' for usage.\n" });
    expect(lab('clock', 'advance').stderr.split('\n')[0]).toBe('ipmplab: clock advance: missing DURATION (usage: ipmplab clock advance DURATION)');
  });
});

describe('explain', () => {
  it('rewords the complaints it knows and passes on the others', () => {
    expect(explain('Not enough non-option arguments: got 0, need at least 2', ['target'])).toBe('target: missing ADDRESS up|down (usage: ipmplab target ADDRESS up|down)');
    expect(explain('Invalid values:\n  Argument: state, Given: "x", Choices: "on", "off"', ['probe-loss', 'net0', 'x'])).toBe('probe-loss: x: expected on or off');
    expect(explain('Not enough arguments following: from', ['redirect', '10.0.0.1', '10.0.0.2', '--from'])).toBe('redirect: --from needs a value');
    expect(explain('Unknown arguments: a, b', ['status', 'a', 'b'])).toBe('status: unexpected argument a');
    expect(explain('Did you mean list?', ['dad', 'lst'])).toBe('Unknown command: lst\nDid you mean list?');
    expect(explain('Something else', ['status'])).toBe('Something else');
  });
});
