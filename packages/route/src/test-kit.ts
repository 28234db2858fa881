// route's tests: route run in-process against a temporary state file, and a host configured
// through the kernel's own ioctls (as ifconfig would).
import { ioctl } from '@ipmplab/core/testing';
import type { Kernel } from '@ipmplab/core/testing';
import { configure, interleavedIO, runInProcess, tempState, withKernel } from '@ipmplab/test-support';
import { routeMain } from './main';
import type { RouteOptions } from './main';

export interface Lab {
  file: string;
  /** route args... in this process: exit status, the two streams, and both as written. */
  route(...args: string[]): { code: number; out: string; err: string; all: string };
  /** Runs fn on the kernel in one transaction. */
  kernel<T>(fn: (k: Kernel) => T): T;
  cleanup(): void;
}

export function newLab(env: NodeJS.ProcessEnv = {}, opts: RouteOptions = {}): Lab {
  const { file, cleanup } = tempState('route-test');
  return {
    file,
    route(...args) {
      const io = interleavedIO(env);
      const r = runInProcess((argv, io) => routeMain(argv, io, opts), ['--state', file, ...args], io);
      return { ...r, all: io.all.join('') };
    },
    kernel: (fn) => withKernel(file, fn),
    cleanup,
  };
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
