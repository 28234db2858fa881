// Helpers for netstat's tests: configure a kernel through ioctls, read its tables in the
// order the SQLite table gives them, and collect printed lines.
import { ioctl, IFF, compareAddr, DAD_MS } from '@ipmplab/core/testing';
import type { Family, Kernel, Route } from '@ipmplab/core/testing';
import type { Emit } from './routes-printer';

/** Lines joined with newlines, with the final newline (trailing spaces stay visible in the source). */
export function lines(...l: string[]): string {
  return l.map((x) => `${x}\n`).join('');
}

/** Runs a printer and returns what it emitted as text. */
export function capture(fn: (emit: Emit) => void): string {
  let out = '';
  fn((line) => {
    out += `${line}\n`;
  });
  return out;
}

/** The kernel table order of the SQLite store: destination bytes, then prefix length, then insertion. */
export function tableOrder(routes: Iterable<Route>): Route[] {
  return [...routes].sort((a, b) => compareAddr(a.family, a.dst, b.dst) || a.prefixlen - b.prefixlen);
}

/** Brings a logical interface up (plumbing unit 0 first if needed) and lets DAD finish. */
export function up(k: Kernel, name: string, af: Family, addr?: string, mask?: string): void {
  const phys = name.split(':')[0];
  const plumbed = !!k.state.phyints[phys]?.ills[af];
  if (!plumbed) ioctl(k, 'PLUMB', { name: phys, af });
  if (name !== phys && !k.state.phyints[phys].ills[af]!.ipifs.some((i) => i.id === Number(name.split(':')[1]))) {
    ioctl(k, 'SIOCLIFADDIF', { name, af });
  }
  if (mask) ioctl(k, 'SIOCSLIFNETMASK', { name, af, addr: mask });
  if (addr) ioctl(k, 'SIOCSLIFADDR', { name, af, addr });
  const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name, af });
  ioctl(k, 'SIOCSLIFFLAGS', { name, af, flags: flags | IFF.UP });
  k.advance(k.now + DAD_MS[af] + 1);
}

/** Route rows for hand-made tables. */
export function route(p: Partial<Route> & Pick<Route, 'dst' | 'prefixlen'>): Route {
  return {
    family: p.dst.includes(':') ? 'inet6' : 'inet',
    gateway: '', ifname: '', type: 'offlink', flags: 1, ref: 1, use: 0, owner: '',
    ...p,
  };
}
