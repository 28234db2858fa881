// The libinetutil helpers libipadm and ifconfig use for masks (illumos libinetutil inetutil.c
// get_netmask4, mask2plen).
import { toBytes } from '@ipmplab/core/syscalls';
import type { Family } from '@ipmplab/core/syscalls';
import { netmaskByAddr } from '../name-service';

/** get_netmask4: the netmasks database's mask for the address, else the classful one (class D and E: all ones). */
export function getNetmask4(addr: string): string {
  const db = netmaskByAddr(addr);
  if (db !== undefined) return db;
  const first = toBytes('inet', addr)[0];
  if (first < 128) return '255.0.0.0';
  if (first < 192) return '255.255.0.0';
  if (first < 224) return '255.255.255.0';
  return '255.255.255.255';
}

/**
 * mask2plen: the leading all-ones bytes, then the next byte's bits down to its lowest set one;
 * what follows is not looked at, so 255.0.255.0 gives 8 and 255.255.255.254 gives 31.
 */
export function mask2plen(af: Family, mask: string): number {
  const bytes = toBytes(af, mask);
  let plen = 0;
  let i = 0;
  while (i < bytes.length && bytes[i] === 0xff) {
    plen += 8;
    i++;
  }
  if (i === bytes.length) return plen;
  for (let last = bytes[i]; last !== 0; last = (last << 1) & 0xff) plen++;
  return plen;
}
