// When the kernel clock is set to another date, in.mpathd's own times move with it: its quiet
// period and its link-flap damping last as long as they would have without the jump.
import { describe, it, expect } from 'vitest';
import { bootedKernel, up, setFlag } from '@ipmplab/test-support';
import { ioctl } from '../kernel/ioctl';
import { setLinkState } from '../kernel/if/link';
import { setManualClock, advanceClock } from '../kernel/clock';
import { IFF } from '../wire';
import type { HostKernel as Kernel } from '@ipmplab/test-support';
import { mpathdStart, mpathdSync, labHost, labProbeLoss } from './daemon';
import { probeInterval } from './probe';
import { FAILURE_DETECTION_QP } from './types';

const DAY = 86_400_000;

/** ipmp0 with net0 and net1, a data address, and (when probing) a test address on net0 probing 10.0.0.254. */
function group(probing: boolean): Kernel {
  const k = bootedKernel();
  mpathdStart(k);
  labHost(k, '10.0.0.254', true);
  ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
  for (const n of ['net0', 'net1']) {
    ioctl(k, 'PLUMB', { name: n, af: 'inet' });
    ioctl(k, 'SIOCSLIFGROUPNAME', { name: n, af: 'inet', group: 'ipmp0' });
    up(k, n);
  }
  ioctl(k, 'SIOCSLIFADDR', { name: 'ipmp0', af: 'inet', addr: '10.0.0.1' });
  up(k, 'ipmp0');
  if (probing) testAddress(k);
  sync(k);
  return k;
}

function testAddress(k: Kernel): void {
  ioctl(k, 'SIOCLIFADDIF', { name: 'net0:1', af: 'inet' });
  setFlag(k, 'net0:1', IFF.NOFAILOVER, true);
  ioctl(k, 'SIOCSLIFNETMASK', { name: 'net0:1', af: 'inet', addr: '255.255.255.0' });
  ioctl(k, 'SIOCSLIFADDR', { name: 'net0:1', af: 'inet', addr: '10.0.0.30' });
  up(k, 'net0:1');
}

function sync(k: Kernel): void {
  mpathdSync(k);
  k.drainDeferred();
}

const failed = (k: Kernel) => (ioctl(k, 'SIOCGLIFFLAGS', { name: 'net0', af: 'inet' }).flags & IFF.FAILED) !== 0n;

describe('in.mpathd across a change of date', () => {
  it('the quiet period keeps its length when the clock is set back a day', () => {
    const k = group(true);
    labProbeLoss(k, 'net0', true);
    setManualClock(k, k.now - DAY);
    // Lost probes count once the quiet period is over; five of them fail the interface.
    advanceClock(k, FAILURE_DETECTION_QP + 6 * probeInterval(k.state.mpathd!));
    expect(failed(k)).toBe(true);
  });

  it('a flapping link stays damped for its minute when the clock is set forward', () => {
    const k = group(false); // link-based failure detection only
    for (let i = 0; i < 3; i++) {
      setLinkState(k, 'net0', false);
      sync(k);
      advanceClock(k, 1000);
      setLinkState(k, 'net0', true);
      sync(k);
    }
    expect(failed(k)).toBe(true);
    setManualClock(k, k.now + DAY);
    sync(k);
    expect(failed(k)).toBe(true);
    advanceClock(k, 60_000);
    sync(k);
    expect(failed(k)).toBe(false);
  });

  it('the probe history keeps its distance from now', () => {
    const k = group(true);
    advanceClock(k, 3 * probeInterval(k.state.mpathd!));
    const ago = k.state.mpathd!.probeLog.map((e) => k.now - e.at);
    expect(ago.length).toBeGreaterThan(0);
    setManualClock(k, k.now - DAY);
    expect(k.state.mpathd!.probeLog.map((e) => k.now - e.at)).toEqual(ago);
  });
});
