// netstat's fixtures: the kernel's route table in the order the SQLite table gives it, and
// route rows for hand-made tables.
import { compareAddr } from '@ipmplab/core/testing';
import type { Route } from '@ipmplab/core/testing';

/** The kernel table order of the SQLite store: destination bytes, then prefix length, then insertion. */
export function tableOrder(routes: Iterable<Route>): Route[] {
  return [...routes].sort((a, b) => compareAddr(a.family, a.dst, b.dst) || a.prefixlen - b.prefixlen);
}

/** Route rows for hand-made tables. */
export function route(p: Partial<Route> & Pick<Route, 'dst' | 'prefixlen'>): Route {
  return {
    family: p.dst.includes(':') ? 'inet6' : 'inet',
    gateway: '', ifname: '', type: 'offlink', flags: 1, ref: 1, use: 0, owner: '',
    ...p,
  };
}
