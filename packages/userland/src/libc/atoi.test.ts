import { describe, it, expect } from 'vitest';
import { atoi } from './atoi';

describe('atoi (illumos libc)', () => {
  it('reads a decimal number after white space and one sign, and stops at the first non-digit', () => {
    expect(atoi('1500')).toBe(1500);
    expect(atoi(' \t-5')).toBe(-5);
    expect(atoi('+7x')).toBe(7);
    expect(atoi('010')).toBe(10);
    expect(atoi('0x10')).toBe(0);
    expect(atoi('abc')).toBe(0);
    expect(atoi('')).toBe(0);
    expect(atoi('--1')).toBe(0);
  });

  it('keeps the int range and wraps beyond it instead of clamping', () => {
    expect(atoi('2147483647')).toBe(2147483647);
    expect(atoi('-2147483648')).toBe(-2147483648);
    expect(atoi('2147483648')).toBe(-2147483648);
    expect(atoi('-2147483649')).toBe(2147483647);
    expect(atoi('4294967296')).toBe(0);
    expect(atoi('4294967295')).toBe(-1);
    expect(atoi('99999999999')).toBe(1215752191);
  });
});
