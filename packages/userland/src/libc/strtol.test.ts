import { describe, it, expect } from 'vitest';
import { strtol, strtoul, LONG_MAX, LONG_MIN, ULONG_MAX } from './strtol';
import { ERRNO } from '@ipmplab/core/syscalls';

const { ERANGE } = ERRNO;

describe('strtoul of a 32-bit program', () => {
  it('skips white space, takes a sign, stops at the first non-digit', () => {
    expect(strtoul('24', 10)).toEqual({ value: 24, end: 2, errno: 0 });
    expect(strtoul(' 8abc', 10)).toEqual({ value: 8, end: 2, errno: 0 });
    expect(strtoul('-1', 10)).toEqual({ value: 0xffffffff, end: 2, errno: 0 });
    expect(strtoul('4294967296', 10)).toEqual({ value: 0xffffffff, end: 10, errno: 34 });
    expect(strtoul('', 10)).toEqual({ value: 0, end: 0, errno: 0 });
    expect(strtoul('x', 10)).toEqual({ value: 0, end: 0, errno: 0 });
  });

  it('negates in unsigned arithmetic, and clamps a magnitude beyond 32 bits whatever the sign', () => {
    expect(strtoul('4294967295', 10)).toEqual({ value: ULONG_MAX, end: 10, errno: 0 });
    expect(strtoul('-4294967295', 10)).toEqual({ value: 1, end: 11, errno: 0 });
    expect(strtoul('-4294967296', 10)).toEqual({ value: ULONG_MAX, end: 11, errno: ERANGE });
  });

  it('with base 0 or 16 reads the 0x prefix', () => {
    expect(strtoul('0xffffffff', 0)).toEqual({ value: 0xffffffff, end: 10, errno: 0 });
    expect(strtoul('0x1f', 16)).toEqual({ value: 31, end: 4, errno: 0 });
    expect(strtoul('1f', 16)).toEqual({ value: 31, end: 2, errno: 0 });
    expect(strtoul('017', 0)).toEqual({ value: 15, end: 3, errno: 0 });
  });
});

describe('strtol of a 32-bit program', () => {
  it('with base 0 picks the base from the prefix and reports where it stopped', () => {
    expect(strtol('10', 0)).toEqual({ value: 10, end: 2, errno: 0 });
    expect(strtol('010', 0)).toEqual({ value: 8, end: 3, errno: 0 });
    expect(strtol('0x1f', 0)).toEqual({ value: 31, end: 4, errno: 0 });
    expect(strtol('0X1F', 0)).toEqual({ value: 31, end: 4, errno: 0 });
    expect(strtol('-0x10', 0)).toEqual({ value: -16, end: 5, errno: 0 });
    expect(strtol('0x', 0)).toEqual({ value: 0, end: 1, errno: 0 }); // "0" converted, "x" left over
    expect(strtol('0xg', 0)).toEqual({ value: 0, end: 1, errno: 0 });
    expect(strtol('09', 0)).toEqual({ value: 0, end: 1, errno: 0 }); // 9 is not an octal digit
  });

  it('with base 10 reads no prefix', () => {
    expect(strtol('010', 10)).toEqual({ value: 10, end: 3, errno: 0 });
    expect(strtol('0x10', 10)).toEqual({ value: 0, end: 1, errno: 0 });
  });

  it('skips white space, takes one sign, and converts nothing without a digit', () => {
    expect(strtol(' \t\n-12abc', 10)).toEqual({ value: -12, end: 6, errno: 0 });
    expect(strtol('+7', 10)).toEqual({ value: 7, end: 2, errno: 0 });
    for (const none of ['', 'abc', '-', '+', '--1', ' ', '\u00a01']) expect(strtol(none, 0)).toEqual({ value: 0, end: 0, errno: 0 });
  });

  it('clamps to a 32-bit long with ERANGE', () => {
    expect(strtol('2147483647', 10)).toEqual({ value: LONG_MAX, end: 10, errno: 0 });
    expect(strtol('2147483648', 10)).toEqual({ value: LONG_MAX, end: 10, errno: ERANGE });
    expect(strtol('99999999999999999999', 10).value).toBe(LONG_MAX);
    expect(strtol('-2147483648', 10)).toEqual({ value: LONG_MIN, end: 11, errno: 0 });
    expect(strtol('-2147483649', 10)).toEqual({ value: LONG_MIN, end: 11, errno: ERANGE });
    expect(strtol('0x80000000', 0)).toEqual({ value: LONG_MAX, end: 10, errno: ERANGE });
  });

  it('gives 0 for "-0", not -0', () => {
    expect(Object.is(strtol('-0', 10).value, 0)).toBe(true);
  });
});
