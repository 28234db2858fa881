// Helpers for route's tests: a temporary state file, route run in-process against it, and a
// host configured through the kernel's own ioctls (as ifconfig would).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ioctl, IFF, openState, transact } from '@ipmplab/core/testing';
import type { Family, Kernel } from '@ipmplab/core/testing';
import { memoryIO } from '@ipmplab/userland';
import { routeMain } from './route';
import type { RouteOptions } from './route';

export interface Lab {
  file: string;
  /** route args... in this process: exit status and the two streams. */
  route(...args: string[]): { code: number; out: string; err: string; all: string };
  /** Runs fn on the kernel in one transaction. */
  kernel<T>(fn: (k: Kernel) => T): T;
  cleanup(): void;
}

export function newLab(env: NodeJS.ProcessEnv = {}, opts: RouteOptions = {}): Lab {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'route-test-'));
  const file = path.join(dir, 'state.db');
  const lab: Lab = {
    file,
    route(...args) {
      const io = memoryIO(env);
      const all: string[] = [];
      const o = io.stdout;
      const e = io.stderr;
      io.stdout = (t) => (o(t), all.push(t));
      io.stderr = (t) => (e(t), all.push(t));
      const code = routeMain(['--state', file, ...args], io, opts);
      return { code, out: io.out.join(''), err: io.err.join(''), all: all.join('') };
    },
    kernel(fn) {
      const db = openState(file);
      try {
        return transact(db, fn);
      } finally {
        db.close();
      }
    },
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
  return lab;
}

/** Plumb, address and bring up a logical interface (unit 0 or an addif'd one). */
export function configure(k: Kernel, name: string, af: Family, addr: string, mask: string): void {
  const phys = name.split(':')[0];
  if (!k.state.phyints[phys]?.ills[af]) ioctl(k, 'PLUMB', { name: phys, af });
  if (name.includes(':')) ioctl(k, 'SIOCLIFADDIF', { name, af });
  ioctl(k, 'SIOCSLIFNETMASK', { name, af, addr: mask });
  ioctl(k, 'SIOCSLIFADDR', { name, af, addr });
  const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name, af });
  ioctl(k, 'SIOCSLIFFLAGS', { name, af, flags: flags | IFF.UP });
}

/** A host on 192.168.1.0/24 (net0 = 192.168.1.10), and on 2001:db8:1::/64 over net1. */
export function lanLab(env: NodeJS.ProcessEnv = {}, opts: RouteOptions = {}): Lab {
  const lab = newLab(env, opts);
  lab.kernel((k) => {
    configure(k, 'net0', 'inet', '192.168.1.10', '255.255.255.0');
    ioctl(k, 'PLUMB', { name: 'net1', af: 'inet6' });
    configure(k, 'net1:1', 'inet6', '2001:db8:1::10', 'ffff:ffff:ffff:ffff::');
  });
  return lab;
}

/** Lines joined with newlines, final newline included. */
export const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('');
