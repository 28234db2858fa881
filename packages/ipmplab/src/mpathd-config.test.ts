// /etc/default/mpathd is in.mpathd's configuration: read when it starts and when it is told to
// reload, edited by `ipmplab mpathd KEY=VALUE`, and judged by in.mpathd in its own words.
import { afterAll, describe, it, expect } from 'vitest';
import { lab, labJson, removeTempStates, tempState } from './lab-test-kit';

afterAll(removeTempStates);

const SETTINGS = ['FAILURE_DETECTION_TIME', 'FAILBACK', 'TRACK_INTERFACES_ONLY_WITH_GROUPS'];
/** The console lines of one command, without their syslog prefix. */
const consoleTexts = (out: string) => out.split('\n').filter((l) => l.includes('in.mpathd[')).map((l) => l.replace(/^.*daemon\.error\] /, ''));

function started(): string {
  const file = tempState();
  lab(file, ['init']);
  lab(file, ['mpathd', 'start']);
  return file;
}

describe('in.mpathd and /etc/default/mpathd', () => {
  it('a defaults file written with file put is what in.mpathd runs with after a reboot', () => {
    const file = tempState();
    lab(file, ['init']);
    lab(file, ['file', 'put', '/etc/default/mpathd', 'FAILURE_DETECTION_TIME=20000\\nFAILBACK=no']);
    lab(file, ['file', 'put', '/etc/hostname.ipmp0', 'ipmp 10.0.0.1/24 up']);
    lab(file, ['file', 'put', '/etc/hostname.net1', 'group ipmp0 up']);
    expect(lab(file, ['reboot']).code).toBe(0);
    expect(labJson(file, ['mpathd'])).toMatchObject({ running: true, config: { fdt: 20_000, failback: false, trackOnlyGroups: true }, stale: false });
  });

  it('mpathd KEY=VALUE edits the file in place and reloads in.mpathd', () => {
    const file = started();
    const r = lab(file, ['mpathd', 'FAILBACK=no']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 4)).toEqual(['in.mpathd is running', 'FAILURE_DETECTION_TIME=10000', 'FAILBACK=no', 'TRACK_INTERFACES_ONLY_WITH_GROUPS=yes']);
    expect(consoleTexts(r.out)).toEqual(['SIGHUP: restart and reread config file']);
    const text = lab(file, ['file', 'cat', '/etc/default/mpathd']).out;
    expect(text).toContain('\nFAILBACK=no\n');
    expect(text).not.toContain('FAILBACK=yes');
    expect(text.match(/^[A-Z_]+=.*$/gm)).toEqual(['FAILURE_DETECTION_TIME=10000', 'FAILBACK=no', 'TRACK_INTERFACES_ONLY_WITH_GROUPS=yes']);
  });

  it('FAILURE_DETECTION_TIME=10 is milliseconds: in.mpathd takes its minimum and logs why', () => {
    const file = started();
    const r = lab(file, ['mpathd', 'FAILURE_DETECTION_TIME=10']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('FAILURE_DETECTION_TIME=100\n');
    expect(consoleTexts(r.out)).toEqual(['SIGHUP: restart and reread config file', 'Too small failure detection time of 10, assuming minimum of 100 ms']);
    expect(consoleTexts(lab(file, ['log']).out).slice(-1)).toEqual(['Too small failure detection time of 10, assuming minimum of 100 ms']);
  });

  it('a value in.mpathd cannot use gets its complaint and the default, not a refusal', () => {
    const file = started();
    const r = lab(file, ['mpathd', 'FAILURE_DETECTION_TIME=10s']);
    expect(r.code).toBe(0);
    expect(consoleTexts(r.out).slice(1)).toEqual(['Too small failure detection time of 10s, assuming minimum of 100 ms']);
    expect(consoleTexts(lab(file, ['mpathd', 'FAILBACK=maybe']).out).slice(1)).toEqual([
      'Too small failure detection time of 10s, assuming minimum of 100 ms',
      'Invalid value for FAILBACK maybe',
    ]);
    expect(labJson(file, ['mpathd']).config).toEqual({ fdt: 100, failback: true, trackOnlyGroups: true });
  });

  it('an edit of the file waits for a reload; mpathd says so', () => {
    const file = started();
    lab(file, ['file', 'put', '/etc/default/mpathd', 'FAILBACK=no']);
    const before = lab(file, ['mpathd']);
    expect(before.out).toContain('FAILBACK=yes\n');
    expect(before.out).toContain("ipmplab: /etc/default/mpathd has changed since in.mpathd read it; 'ipmplab mpathd reload' makes it read the file again\n");
    const r = lab(file, ['mpathd', 'reload']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('FAILBACK=no\n');
    expect(consoleTexts(r.out)).toEqual(['SIGHUP: restart and reread config file']);
    expect(labJson(file, ['mpathd']).stale).toBe(false);
  });

  it('while in.mpathd is not running, the file is edited and read when it starts; reload is refused', () => {
    const file = tempState();
    lab(file, ['init']);
    const r = lab(file, ['mpathd', 'FAILBACK=no']);
    expect(r).toEqual({
      code: 0,
      out: ['in.mpathd is not running', ...SETTINGS.map((k) => `${k}=${k === 'FAILBACK' ? 'no' : k === 'FAILURE_DETECTION_TIME' ? '10000' : 'yes'}`), 'ipmplab: in.mpathd reads /etc/default/mpathd when it starts', ''].join('\n'),
      err: '',
    });
    expect(lab(file, ['mpathd', 'reload'])).toEqual({ code: 1, out: '', err: 'ipmplab: mpathd: in.mpathd is not running; it reads /etc/default/mpathd when it starts\n' });
    lab(file, ['mpathd', 'start']);
    expect(labJson(file, ['mpathd']).config.failback).toBe(false);
  });
});
