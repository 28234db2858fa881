import { describe, it, expect } from 'vitest';
import { ERRNO, KernelError, errnoName, strerror } from './errno.js';

describe('errno numbers (sys/errno.h)', () => {
  it.each([
    ['EPERM', 1],
    ['ENOENT', 2],
    ['ESRCH', 3],
    ['ENXIO', 6],
    ['E2BIG', 7],
    ['EAGAIN', 11],
    ['ENOMEM', 12],
    ['EACCES', 13],
    ['EFAULT', 14],
    ['EBUSY', 16],
    ['EEXIST', 17],
    ['ENODEV', 19],
    ['EINVAL', 22],
    ['ENOSPC', 28],
    ['ERANGE', 34],
    ['ENOTSUP', 48],
    ['ENAMETOOLONG', 78],
    ['EPROTONOSUPPORT', 120],
    ['EOPNOTSUPP', 122],
    ['EAFNOSUPPORT', 124],
    ['EADDRINUSE', 125],
    ['EADDRNOTAVAIL', 126],
    ['ENETDOWN', 127],
    ['ENETUNREACH', 128],
    ['ENOBUFS', 132],
    ['EHOSTUNREACH', 148],
    ['EALREADY', 149],
    ['EINPROGRESS', 150],
  ] as const)('%s = %i', (name, errno) => {
    expect(ERRNO[name]).toBe(errno);
    expect(errnoName(errno)).toBe(name);
  });

  it('has no name for numbers outside the table', () => {
    expect(errnoName(0)).toBeUndefined();
    expect(errnoName(999)).toBeUndefined();
  });
});

describe('strerror (libc errlist)', () => {
  it.each([
    [1, 'Not owner'],
    [2, 'No such file or directory'],
    [3, 'No such process'],
    [6, 'No such device or address'],
    [7, 'Arg list too long'],
    [11, 'Resource temporarily unavailable'],
    [12, 'Not enough space'],
    [13, 'Permission denied'],
    [14, 'Bad address'],
    [16, 'Device busy'],
    [17, 'File exists'],
    [19, 'No such device'],
    [22, 'Invalid argument'],
    [28, 'No space left on device'],
    [34, 'Result too large'],
    [48, 'Operation not supported'],
    [78, 'File name too long'],
    [120, 'Protocol not supported'],
    [122, 'Operation not supported on transport endpoint'],
    [124, 'Address family not supported by protocol family'],
    [125, 'Address already in use'],
    [126, 'Cannot assign requested address'],
    [127, 'Network is down'],
    [128, 'Network is unreachable'],
    [132, 'No buffer space available'],
    [148, 'No route to host'],
    [149, 'Operation already in progress'],
    [150, 'Operation now in progress'],
  ])('strerror(%i) = %s', (errno, text) => {
    expect(strerror(errno)).toBe(text);
  });

  it('gives "Unknown error" for numbers it does not know', () => {
    expect(strerror(0)).toBe('Unknown error');
    expect(strerror(-1)).toBe('Unknown error');
    expect(strerror(152)).toBe('Unknown error');
  });
});

describe('KernelError', () => {
  it('carries the errno and uses exactly strerror as its message', () => {
    const err = new KernelError(ERRNO.EADDRINUSE, 'group has UP addresses');
    expect(err).toBeInstanceOf(Error);
    expect(err).toBeInstanceOf(KernelError);
    expect(err.errno).toBe(125);
    expect(err.message).toBe('Address already in use');
    expect(err.code).toBe('EADDRINUSE');
    expect(err.detail).toBe('group has UP addresses');
    expect(err.name).toBe('KernelError');
  });

  it('can be thrown and caught by errno', () => {
    const fail = () => {
      throw new KernelError(22);
    };
    expect(fail).toThrow('Invalid argument');
    expect(fail).toThrow(expect.objectContaining({ errno: 22 }));
  });
});
