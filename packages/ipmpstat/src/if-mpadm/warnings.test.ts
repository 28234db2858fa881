// if_mpadm's warnings need an in.mpathd that answers "success" without doing its part; the real
// one always does it, so here it is replaced.
import { describe, it, expect, vi } from 'vitest';

vi.mock('@ipmplab/core/syscalls', async (importOriginal) => {
  const real = await importOriginal<typeof import('@ipmplab/core/syscalls')>();
  return {
    ...real,
    mpathdOffline: () => ({ code: 'SUCCESS' }),
    mpathdUndoOffline: () => ({ code: 'SUCCESS' }),
  };
});

const { ioctl, IFF, mpathdStart } = await import('@ipmplab/core/syscalls');
const { bootedKernel } = await import('@ipmplab/test-support');
const { runIfMpadm } = await import('./requests');

function rig() {
  const k = bootedKernel();
  ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
  mpathdStart(k);
  ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
  ioctl(k, 'SIOCSLIFGROUPNAME', { name: 'net0', af: 'inet', group: 'ipmp0' });
  ioctl(k, 'SIOCLIFADDIF', { name: 'net0:1', af: 'inet', addr: '10.0.0.30' });
  for (const n of ['net0:1', 'net0']) {
    const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name: n, af: 'inet' });
    ioctl(k, 'SIOCSLIFFLAGS', { name: n, af: 'inet', flags: flags | IFF.UP | (n === 'net0:1' ? IFF.NOFAILOVER | IFF.DEPRECATED : 0n) });
  }
  return k;
}

describe('if_mpadm warnings', () => {
  it('-d: IFF_OFFLINE vanished on each address (in reverse kernel order), which is still brought down', () => {
    const k = rig();
    let err = '';
    expect(runIfMpadm(k, 'offline', 'net0', (t) => { err += t; })).toBe(0);
    expect(err).toBe(
      'if_mpadm: warning: IFF_OFFLINE vanished on net0:1\n' +
      'if_mpadm: warning: IFF_OFFLINE vanished on net0\n');
    expect(ioctl(k, 'SIOCGLIFFLAGS', { name: 'net0', af: 'inet' }).flags & IFF.UP).toBe(0n);
    expect(ioctl(k, 'SIOCGLIFFLAGS', { name: 'net0:1', af: 'inet' }).flags & IFF.UP).toBe(0n);
  });

  it('-r: warns when in.mpathd says yes but IFF_OFFLINE stays', () => {
    const k = rig();
    const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name: 'net0', af: 'inet' });
    ioctl(k, 'SIOCSLIFFLAGS', { name: 'net0', af: 'inet', flags: (flags | IFF.OFFLINE) & ~IFF.UP });
    let err = '';
    expect(runIfMpadm(k, 'undo', 'net0', (t) => { err += t; })).toBe(0);
    expect(err).toBe('if_mpadm: warning: in.mpathd has not cleared IFF_OFFLINE on net0\n');
    expect(ioctl(k, 'SIOCGLIFFLAGS', { name: 'net0', af: 'inet' }).flags & IFF.UP).toBe(IFF.UP);
  });
});
