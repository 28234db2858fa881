import { describe, it, expect } from 'vitest';
import { parseDuration, formatDuration, MAX_DURATION_MS } from './duration';
import { LabFailure } from './messages';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500], ['10s', 10_000], ['2m', 120_000], ['1h', 3_600_000], ['1.5s', 1500],
    ['30', 30_000], ['0.25', 250], ['.5s', 500], ['1m30s', 90_000], ['1h2m3s4ms', 3_723_004], ['2d', 172_800_000], ['0', 0],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'banana', '10x', '-', '--5s', '-x', '1.s', 's', '10 s', '1e3', '5sec', 'ms'])('refuses %j', (text) => {
    expect(() => parseDuration(text)).toThrow(LabFailure);
    expect(() => parseDuration(text)).toThrow(/bad duration/);
  });

  it.each(['-5s', '-1m30s', '-0.5', '-.5', '-0'])('says %j is negative, naming what it was given to', (text) => {
    expect(() => parseDuration(text, 'clock advance')).toThrow(`clock advance: the duration must not be negative: ${text}`);
  });

  it('refuses steps longer than the limit (they would fire timers for ages)', () => {
    expect(parseDuration('366d')).toBe(MAX_DURATION_MS);
    expect(() => parseDuration('367d')).toThrow(/longer than 366d/);
    expect(() => parseDuration('9'.repeat(400))).toThrow(LabFailure);
  });
});

describe('formatDuration', () => {
  it.each([[0, '0s'], [250, '250ms'], [1000, '1s'], [1500, '1.5s'], [90_000, '1m30s'], [3_600_000, '1h'], [86_400_000 + 1, '1d0.001s']])(
    '%d ms is %s', (ms, text) => {
      expect(formatDuration(ms)).toBe(text);
    });
});
