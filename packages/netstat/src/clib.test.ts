import { describe, it, expect } from 'vitest';
import { strtol, atoi, isnum } from './clib';

describe('the C library behaviours netstat relies on', () => {
  it('strtol with base 0 picks the base from the prefix and reports where it stopped', () => {
    expect(strtol('10')).toEqual({ value: 10, end: 2 });
    expect(strtol('010')).toEqual({ value: 8, end: 3 });
    expect(strtol('0x1f')).toEqual({ value: 31, end: 4 });
    expect(strtol('0X1F')).toEqual({ value: 31, end: 4 });
    expect(strtol('0x')).toEqual({ value: 0, end: 1 }); // "0" converted, "x" left over
    expect(strtol('09')).toEqual({ value: 0, end: 1 }); // 9 is not an octal digit
    expect(strtol('  -12abc')).toEqual({ value: -12, end: 5 });
    expect(strtol('+7')).toEqual({ value: 7, end: 2 });
    expect(strtol('abc')).toEqual({ value: 0, end: 0 });
    expect(strtol('')).toEqual({ value: 0, end: 0 });
    expect(strtol('-')).toEqual({ value: 0, end: 0 });
  });

  it('strtol clamps to a 32-bit long', () => {
    expect(strtol('2147483647').value).toBe(2147483647);
    expect(strtol('2147483648').value).toBe(2147483647);
    expect(strtol('99999999999999999999').value).toBe(2147483647);
    expect(strtol('-2147483648').value).toBe(-2147483648);
    expect(strtol('-99999999999999999999').value).toBe(-2147483648);
  });

  it('atoi reads decimal only and ignores what follows', () => {
    expect(atoi('010')).toBe(10);
    expect(atoi('0x10')).toBe(0);
    expect(atoi(' 42s')).toBe(42);
    expect(atoi('-5')).toBe(-5);
    expect(atoi('x')).toBe(0);
    expect(atoi('3000000000')).toBe(-1294967296);
  });

  it('isnum accepts only digits, and the empty string', () => {
    expect(isnum('123')).toBe(true);
    expect(isnum('')).toBe(true);
    expect(isnum('12a')).toBe(false);
    expect(isnum('-1')).toBe(false);
  });
});
