// inet_ntoa(3SOCKET) (libsocket inet/inet_ntoa.c): the dotted quad of an address.

/** inet_ntoa of a host-order unsigned 32-bit address. */
export function inetNtoa(i: number): string {
  i >>>= 0;
  return `${i >>> 24}.${(i >>> 16) & 0xff}.${(i >>> 8) & 0xff}.${i & 0xff}`;
}
