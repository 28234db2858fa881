// The errno values the libc functions here set (illumos usr/src/uts/common/sys/errno.h).

/** ERANGE: a converted number does not fit its type. */
export const ERANGE = 34;
