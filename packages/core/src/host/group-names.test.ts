// Group names are keys of two maps in the state document: the kernel's groups and in.mpathd's
// group states. Any name, Object.prototype's property names included, must survive a commit and
// a fresh transaction (the state through its codec), in both.
import { describe, expect, it } from 'vitest';
import { bootedKernel, errnoOf } from '@ipmplab/test-support';
import { hostKernel } from './host';
import type { HostKernel as Kernel } from './host';
import { ioctl } from '../kernel/ioctl';
import { decodeState, encodeState } from '../store/codec';
import { mpathdState } from '../mpathd/memory';
import { ERRNO } from '../wire';

const join = (k: Kernel, name: string, group: string) => ioctl(k, 'SIOCSLIFGROUPNAME', { name, af: 'inet', group });
const groupOf = (k: Kernel, name: string) => ioctl(k, 'SIOCGLIFGROUPNAME', { name, af: 'inet' }).group;

/** The same kernel after a commit and a fresh transaction (the state through its codec). */
function reloaded(k: Kernel): Kernel {
  return hostKernel(decodeState(encodeState(k.state)), k.routes, k.now);
}

describe('group names', () => {
  it('may be the names of Object.prototype\'s properties, before and after the state is saved', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      let k = bootedKernel();
      ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
      expect(errnoOf(() => join(k, 'net0', name))).toBe(ERRNO.ENOENT);
      expect(errnoOf(() => ioctl(k, 'SIOCGLIFGROUPINFO', { group: name }))).toBe(ERRNO.ENOENT);
      ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
      join(k, 'ipmp0', name);
      mpathdState(k);
      k = reloaded(k);
      expect(errnoOf(() => ioctl(k, 'PLUMB', { name: 'ipmp1', af: 'inet', ipmp: true }))).toBe(0);
      expect(errnoOf(() => join(k, 'ipmp1', name))).toBe(ERRNO.EEXIST);
      join(k, 'net0', name);
      expect(groupOf(k, 'net0')).toBe(name);
      k = reloaded(k);
      expect(ioctl(k, 'SIOCGLIFGROUPINFO', { group: name }).nv4).toBe(1);
      expect(Object.keys(k.state.groups!).sort()).toEqual([name, 'ipmp1'].sort());
    }
  });
});
