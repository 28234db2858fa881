import { describe, it, expect } from 'vitest';
import { cFixed, floatSeconds, nsMillis, nsSeconds, msToNs } from './cfmt';

describe('cFixed (printf %.2f)', () => {
  it('rounds exact ties to even, like the C library', () => {
    expect(cFixed(0.125, 2)).toBe('0.12');
    expect(cFixed(0.375, 2)).toBe('0.38');
    expect(cFixed(2.5, 0)).toBe('2');
    expect(cFixed(3.5, 0)).toBe('4');
    expect(cFixed(-0.125, 2)).toBe('-0.12');
  });
  it('rounds inexact values by their binary value', () => {
    expect(cFixed(0.005, 2)).toBe('0.01'); // 0.005000000000000000104...
    expect(cFixed(1.005, 2)).toBe('1.00'); // 1.00499999999999989...
    expect(cFixed(10, 2)).toBe('10.00');
    expect(cFixed(0, 2)).toBe('0.00');
    expect(cFixed(123456789.987, 2)).toBe('123456789.99');
    expect(cFixed(5e-324, 2)).toBe('0.00');
  });
  it('formats ipmpstat values through a float', () => {
    expect(floatSeconds(10_000)).toBe('10.00s');
    expect(floatSeconds(100)).toBe('0.10s');
    expect(floatSeconds(12_345)).toBe('12.35s'); // (float)12.345 = 12.3450002...
    expect(nsSeconds(msToNs(1428.571))).toBe('1.43s');
    expect(nsSeconds(msToNs(-500))).toBe('-0.50s');
    expect(nsMillis(msToNs(0.3))).toBe('0.30ms');
    expect(nsMillis(msToNs(0.28))).toBe('0.28ms');
    expect(nsMillis(msToNs(1.125))).toBe('1.12ms');
  });
});
