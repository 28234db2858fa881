// The classful address macros of <netinet/in.h> (usr/src/uts/common/netinet/in.h) and
// inet_lnaof(3SOCKET) (libsocket inet/inet_lnaof.c) built on them. Host-order numbers.

export const IN_CLASSA = (i: number) => ((i >>> 0) & 0x80000000) === 0;
export const IN_CLASSB = (i: number) => ((i >>> 0) & 0xc0000000) >>> 0 === 0x80000000;
export const IN_CLASSC = (i: number) => ((i >>> 0) & 0xe0000000) >>> 0 === 0xc0000000;
export const IN_CLASSE = (i: number) => ((i >>> 0) & 0xf0000000) >>> 0 === 0xf0000000;
export const IN_CLASSA_NET = 0xff000000;
export const IN_CLASSA_HOST = 0x00ffffff;
export const IN_CLASSA_NSHIFT = 24;
export const IN_CLASSB_NET = 0xffff0000;
export const IN_CLASSB_HOST = 0x0000ffff;
export const IN_CLASSB_NSHIFT = 16;
export const IN_CLASSC_NET = 0xffffff00;
export const IN_CLASSC_HOST = 0x000000ff;
export const IN_CLASSC_NSHIFT = 8;
export const IN_CLASSE_NET = 0xffffffff;
export const IP_HOST_MASK = 0xffffffff;

/** inet_lnaof(3SOCKET): the classful host part. */
export function inetLnaof(i: number): number {
  i >>>= 0;
  if (IN_CLASSA(i)) return i & IN_CLASSA_HOST;
  if (IN_CLASSB(i)) return i & IN_CLASSB_HOST;
  return i & IN_CLASSC_HOST;
}

/**
 * The classful subnet-mask guess netstat's pr_net()/pr_netaddr() (cmd-inet/usr.bin/netstat/
 * netstat.c) and route's netname() (cmd-inet/usr.sbin/route.c) make for a network without a
 * mask: start from the class mask and, while the address has bits outside it, assume subnets
 * and widen it by a subnet field ((int)mask >> shift, sign-extending: 8 bits for class A and B,
 * 4 for class C). netstat writes mask | (mask >> shift) and route mask >> shift; for a mask of
 * leading ones the two are the same.
 */
export function guessSubnetMask(i: number): number {
  i >>>= 0;
  let mask: number;
  let shift: number;
  if (IN_CLASSA(i)) {
    mask = IN_CLASSA_NET;
    shift = 8;
  } else if (IN_CLASSB(i)) {
    mask = IN_CLASSB_NET;
    shift = 8;
  } else {
    mask = IN_CLASSC_NET;
    shift = 4;
  }
  while ((i & ~mask) >>> 0 !== 0) mask = (mask | ((mask | 0) >> shift)) >>> 0;
  return mask;
}
