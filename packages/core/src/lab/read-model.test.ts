import { describe, expect, it } from 'vitest';
import { bootedKernel } from '@ipmplab/test-support';
import { consoleLog, consoleMark } from './read-model';

describe('the console read model', () => {
  it('gives the lines logged since the mark, even after the log was trimmed from the front', () => {
    const k = bootedKernel();
    for (let i = 0; i < 990; i++) k.log('NOTICE', `old ${i}`);
    const since = consoleMark(k);
    // 30 more: the log keeps its last 1,000 lines, so 20 of the old ones go from the front.
    for (let i = 0; i < 30; i++) k.log('WARNING', `new ${i}`);
    const lines = since();
    expect(lines.map((l) => l.text)).toEqual(Array.from({ length: 30 }, (_, i) => `new ${i}`));
    expect(consoleLog(k).length).toBe(1000);
  });

  it('gives every line when the log was empty at the mark', () => {
    const k = bootedKernel();
    const since = consoleMark(k);
    k.log('NOTICE', 'first');
    expect(since().map((l) => l.text)).toEqual(['first']);
  });
});
