// The host's release: chosen by `ipmplab init --release`, kept by reset and reboot, shown by
// status, and illumos for a state file written before releases were recorded.
import { afterAll, describe, it, expect } from 'vitest';
import { withDb } from '@ipmplab/test-support';
import { fingerprint, lab, labJson, removeTempStates, tempState } from './lab-test-kit';

afterAll(removeTempStates);

/** The release as a program sees it (uname(2) through the lab's raw request). */
const uname = (file: string) => labJson(file, ['ioctl', 'UNAME']);

describe('ipmplab init --release', () => {
  it('boots illumos by default', () => {
    const file = tempState();
    expect(labJson(file, ['init'])).toMatchObject({ release: 'illumos' });
    expect(uname(file)).toMatchObject({ sysname: 'SunOS', release: '5.11', distribution: 'illumos' });
    expect(labJson(file, ['status'])).toMatchObject({ release: 'illumos', uname: 'SunOS 5.11 illumos-ipmplab' });
  });

  it('boots Solaris 11.4 when asked, with the same output line as illumos', () => {
    const file = tempState();
    const r = lab(file, ['init', '--release', 'solaris11']);
    expect(r).toEqual({ code: 0, out: `ipmplab: state ${file} booted with links net0 net1 net2 net3\n`, err: '' });
    expect(uname(file)).toMatchObject({ distribution: 'solaris11', version: '11.4.0.15.0' });
    expect(labJson(file, ['status'])).toMatchObject({ release: 'solaris11', uname: 'SunOS 5.11 11.4.0.15.0' });
    expect(labJson(file, ['init', '--release', 'solaris11', '--links', 'net0'])).toMatchObject({ release: 'solaris11', links: ['net0'] });
  });

  it('shows the release in the status text', () => {
    const file = tempState();
    lab(file, ['init', '--release', 'solaris11']);
    expect(lab(file, ['status']).out).toMatch(/│ Release\s+│ Oracle Solaris 11\.4 \(SunOS 5\.11 11\.4\.0\.15\.0\)\s+│/);
    lab(file, ['init']);
    expect(lab(file, ['status']).out).toMatch(/│ Release\s+│ illumos \(SunOS 5\.11 illumos-ipmplab\)\s+│/);
  });

  it('refuses a release it does not simulate with one line, and changes nothing', () => {
    const file = tempState();
    lab(file, ['init', '--release', 'solaris11']);
    const before = fingerprint(file);
    const r = lab(file, ['init', '--release', 'solaris10']);
    expect(r).toEqual({ code: 2, out: '', err: "ipmplab: --release solaris10: expected illumos or solaris11\nTry 'ipmplab --help' for usage.\n" });
    expect(fingerprint(file)).toEqual(before);
  });

  it('a new init is a new machine: without --release it is illumos again', () => {
    const file = tempState();
    lab(file, ['init', '--release', 'solaris11']);
    expect(labJson(file, ['init'])).toMatchObject({ release: 'illumos' });
    expect(uname(file).distribution).toBe('illumos');
  });
});

describe('reset and reboot keep the release', () => {
  it('reset', () => {
    const file = tempState();
    lab(file, ['init', '--release', 'solaris11', '--links', 'net0,net1']);
    expect(labJson(file, ['reset'])).toMatchObject({ release: 'solaris11', links: ['net0', 'net1'] });
    expect(uname(file).distribution).toBe('solaris11');
  });

  it('reboot', () => {
    const file = tempState();
    lab(file, ['init', '--release', 'solaris11']);
    lab(file, ['file', 'put', '/etc/hostname.net0', '192.168.1.10/24 up']);
    expect(lab(file, ['reboot']).code).toBe(0);
    expect(uname(file).distribution).toBe('solaris11');
    expect(labJson(file, ['status']).links[0]).toMatchObject({ name: 'net0', plumbed: ['inet'] });
  });
});

describe('a state file from before releases', () => {
  /** The kernel document as an older lab wrote it: no release field. */
  const withoutRelease = (file: string) => withDb(file, (db) => {
    db.prepare("UPDATE kernel SET state = json_remove(state, '$.release') WHERE host = 1").run();
  });

  it('is illumos, and stays so across reset and reboot', () => {
    const file = tempState();
    lab(file, ['init']);
    withoutRelease(file);
    expect(withDb(file, (db) => (db.prepare('SELECT state FROM kernel').get() as { state: string }).state)).not.toContain('"release"');
    expect(uname(file).distribution).toBe('illumos');
    expect(labJson(file, ['status']).release).toBe('illumos');
    expect(labJson(file, ['reset']).release).toBe('illumos');
    withoutRelease(file);
    expect(lab(file, ['reboot']).code).toBe(0);
    expect(uname(file).distribution).toBe('illumos');
  });
});
