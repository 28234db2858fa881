// arp's conversation with the kernel (arp.c get, set, delete): the SIOC[GSD]XARP ioctls on an
// AF_INET socket, the address first resolved as inet_addr(3C) reads it, else by name.
import { ioctl, KernelError, strerror } from '@ipmplab/core/syscalls';
import type { Kernel, XarpEntry, XarpFlags } from '@ipmplab/core/syscalls';
import { hostByName, linkAton, linkNtoa } from '@ipmplab/userland';
import { inetAddr } from '@ipmplab/core/syscalls';

/** inet_addr(host), else gethostbyname(host). */
export function resolveHost(host: string): string | undefined {
  const a = inetAddr(host);
  return a !== undefined && a !== '255.255.255.255' ? a : hostByName(host, 'inet');
}

/** An ioctl's outcome: its answer, or the errno it failed with. */
export type Outcome<T> = { ok: T } | { errno: number };

export function call<T>(fn: () => T): Outcome<T> {
  try {
    return { ok: fn() };
  } catch (e) {
    if (e instanceof KernelError) return { errno: e.errno };
    throw e;
  }
}

export const getXarp = (k: Kernel, addr: string) => call(() => ioctl(k, 'SIOCGXARP', { addr }));
export const deleteXarp = (k: Kernel, addr: string) => call(() => ioctl(k, 'SIOCDXARP', { addr }));
export const setXarp = (k: Kernel, addr: string, octets: number[], flags: XarpFlags) =>
  call(() => ioctl(k, 'SIOCSXARP', { addr, mac: octets.map((b) => b.toString(16).padStart(2, '0')).join(':'), ...flags }));

/** get()'s line: "host (addr) at <_link_ntoa>" or "at (incomplete)", then the flags. */
export function entryLine(host: string, addr: string, e: XarpEntry): string {
  let line = e.mac !== undefined ? `${host} (${addr}) at ${linkNtoa(e.mac.split(':').map((h) => parseInt(h, 16)))}` : `${host} (${addr}) at (incomplete)`;
  if (!e.perm) line += ' temp';
  if (e.publ) line += ' pub';
  if (e.trailers) line += ' trail';
  if (e.authority) line += ' permanent';
  return `${line}\n`;
}

/** set()'s keywords after the address (strncmp on the first letters, "permanent" exactly). */
export function parseKeywords(words: string[]): { flags: XarpFlags } | { unknown: string } | { conflict: true } {
  const flags: XarpFlags = { perm: true, publ: false, trailers: false, authority: false };
  for (const w of words) {
    if (w.startsWith('temp')) flags.perm = false;
    else if (w.startsWith('pub')) flags.publ = true;
    else if (w.startsWith('trail')) flags.trailers = true;
    else if (w === 'permanent') flags.authority = true;
    else return { unknown: w };
  }
  if (flags.authority && !flags.perm) return { conflict: true };
  return { flags };
}

export { linkAton, strerror };
