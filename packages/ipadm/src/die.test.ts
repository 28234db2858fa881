// How ipadm's die() and warn_ipadmerr() end their lines on each release: illumos ipadm.c ends
// die()'s message with putchar('\n') (the newline on standard output) and prints the status
// text of warn_ipadmerr() right after the message; Solaris 11.4 writes both lines whole on
// standard error, with ": " before the status text.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { runWithState, tempState, withKernel } from '@ipmplab/test-support';
import type { Release } from '@ipmplab/core/testing';
import { ipadmMain } from './main';

let file: string;
let cleanup: () => void;
const host = (release: Release) => withKernel(file, (k) => {
  k.state.release = release;
  k.dirty = true;
});
const run = (...argv: string[]) => runWithState(ipadmMain, file, argv);

beforeEach(() => {
  ({ file, cleanup } = tempState('ipadm-die'));
});
afterEach(() => cleanup());

describe('die()', () => {
  it('illumos: the message on stderr, its newline on stdout', () => {
    host('illumos');
    expect(run('create-ip', 'net9')).toEqual({ code: 1, out: '\n', err: 'ipadm: Could not create net9 : Could not open DLPI link' });
    expect(run('delete-addr')).toEqual({ code: 1, out: '\n', err: 'ipadm: Usage: \tdelete-addr\t[-r] <addrobj>' });
  });

  it('Solaris 11.4: the whole line on stderr', () => {
    host('solaris11');
    expect(run('create-ip', 'net9')).toEqual({ code: 1, out: '', err: 'ipadm: cannot create interface net9: Datalink does not exist\n' });
  });
});

describe('warn_ipadmerr()', () => {
  it('illumos: the status text follows the message; an IPMP warning carries its own ": "', () => {
    host('illumos');
    expect(run('create-ipmp', 'ipmp0').code).toBe(0);
    expect(run('add-ipmp', '-i', 'net9,net8', 'ipmp0')).toEqual({
      code: 1,
      out: '\n',
      err: 'ipadm: warning: Could not add net9 to ipmp0: Operation not supported on disabled object\n'
        + 'ipadm: warning: Could not add net8 to ipmp0: Operation not supported on disabled object\n'
        + 'ipadm: Could not add any of the interfaces to ipmp0',
    });
  });
});
