// /etc/default/mpathd as in.mpathd reads it: defread's line matching, strtol's numbers, and the
// complaints main() makes for values it cannot use.
import { describe, it, expect } from 'vitest';
import { defread, parseMpathdDefaults, setDefault, strtol0 } from './config';
import { STOCK_FILES, MPATHD_DEFAULTS_PATH } from '../store/files';

const parsed = (text: string | undefined) => parseMpathdDefaults(text);

describe('defread', () => {
  it('answers the first line starting with NAME=, case ignored, after leading spaces', () => {
    expect(defread('#FAILBACK=no\n  failback=No\nFAILBACK=yes\n', 'FAILBACK')).toBe('No');
    expect(defread('FAILBACK =no\n', 'FAILBACK')).toBeUndefined();
    expect(defread('\tFAILBACK=no\n', 'FAILBACK')).toBeUndefined(); // only spaces are skipped
  });

  it('keeps the rest of the line as it is, and stops at a line without a newline', () => {
    expect(defread('FAILBACK=no # not here\n', 'FAILBACK')).toBe('no # not here');
    expect(defread('FAILBACK=no', 'FAILBACK')).toBeUndefined();
    expect(defread(`X=${'x'.repeat(1100)}\nFAILBACK=no\n`, 'FAILBACK')).toBeUndefined();
    expect(defread(undefined, 'FAILBACK')).toBeUndefined();
  });
});

describe('strtol with base 0, as a 32-bit in.mpathd reads it', () => {
  it.each([
    ['10000', 10000], ['0x2710', 10000], ['010', 8], ['08', 0], ['  42ms', 42], ['-5', -5], ['abc', 0], ['', 0],
    ['0x', 0], ['99999999999', 2147483647], ['-99999999999', -2147483648],
  ])('%j -> %d', (text, n) => expect(strtol0(text)).toBe(n));
});

describe('in.mpathd\'s settings', () => {
  it('the stock file and an absent one both give the defaults, without a word', () => {
    expect(parsed(STOCK_FILES[MPATHD_DEFAULTS_PATH])).toEqual({ config: { fdt: 10_000, failback: true, trackOnlyGroups: true }, complaints: [] });
    expect(parsed(undefined)).toEqual({ config: { fdt: 10_000, failback: true, trackOnlyGroups: true }, complaints: [] });
  });

  it('FAILURE_DETECTION_TIME is milliseconds: below 100 it takes the minimum and says so', () => {
    expect(parsed('FAILURE_DETECTION_TIME=10\n')).toEqual({
      config: { fdt: 100, failback: true, trackOnlyGroups: true },
      complaints: ['Too small failure detection time of 10, assuming minimum of 100 ms'],
    });
    expect(parsed('FAILURE_DETECTION_TIME=0x4e20\n').config.fdt).toBe(20_000);
  });

  it('a time that is not positive is the default, with its complaint', () => {
    for (const v of ['abc', '-1', '0', '']) {
      expect(parsed(`FAILURE_DETECTION_TIME=${v}\n`)).toEqual({
        config: { fdt: 10_000, failback: true, trackOnlyGroups: true },
        complaints: [`Invalid failure detection time ${v}, assuming default of 10000 ms`],
      });
    }
  });

  it('yes and no in any case; anything else keeps the default and is complained about, in main()\'s order', () => {
    expect(parsed('FAILBACK=NO\nTRACK_INTERFACES_ONLY_WITH_GROUPS=No\n').config).toEqual({ fdt: 10_000, failback: false, trackOnlyGroups: false });
    expect(parsed('TRACK_INTERFACES_ONLY_WITH_GROUPS=maybe\nFAILBACK=no \nFAILURE_DETECTION_TIME=5\n')).toEqual({
      config: { fdt: 100, failback: true, trackOnlyGroups: true },
      complaints: [
        'Too small failure detection time of 5, assuming minimum of 100 ms',
        'Invalid value for FAILBACK no ',
        'Invalid value for TRACK_INTERFACES_ONLY_WITH_GROUPS maybe',
      ],
    });
  });
});

describe('editing the file', () => {
  it('rewrites the line in.mpathd reads, or adds one', () => {
    expect(setDefault('# x\nfailback=yes\nFAILBACK=no\n', 'FAILBACK', 'no')).toBe('# x\nFAILBACK=no\nFAILBACK=no\n');
    expect(setDefault('# x', 'FAILBACK', 'no')).toBe('# x\nFAILBACK=no\n');
    expect(setDefault('', 'FAILBACK', 'no')).toBe('FAILBACK=no\n');
    const stock = STOCK_FILES[MPATHD_DEFAULTS_PATH];
    const edited = setDefault(stock, 'FAILURE_DETECTION_TIME', '20000');
    expect(edited).toBe(stock.replace('FAILURE_DETECTION_TIME=10000', 'FAILURE_DETECTION_TIME=20000'));
    expect(parsed(edited).config.fdt).toBe(20_000);
  });
});
