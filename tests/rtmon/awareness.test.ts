// RT_AWARE on rtmon's socket: RTAW_DEFAULT (default) and RTAW_UNDER_IPMP (--under-ipmp) see
// exactly the messages the kernel's delivery rule (rts_queue_input) gives them: journal entries
// with chosen RTSQ masks, then the real kernel putting net0 and net1 under ipmp0.
import { describe, it, expect, afterEach } from 'vitest';
import { RTSQ, AF_INET, openState as openDb, lastSeq } from '@ipmplab/core/testing';
import { Rtmon, expectedText, readyAll } from './lib';
import { tempState, must, appendEntries, sleep } from '@ipmplab/test-support';
import { emitted, rtEcho, ifinfo, addrMsg, addrRoute } from '../../packages/rtmon/src/test-kit';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.reverse()) c();
  cleanups = [];
});

function setup() {
  const t = tempState();
  cleanups.push(() => t.cleanup());
  must(t.file, 'ifconfig', ['-a']);
  const db = openDb(t.file);
  cleanups.push(() => db.close());
  const start = (args: string[]) => {
    const r = new Rtmon(t.file, ['--plain', '-n', ...args]);
    cleanups.push(() => {
      if (r.proc.exitCode === null) r.proc.kill('SIGKILL');
    });
    return r;
  };
  return { state: t.file, db, start };
}

describe('the awareness of rtmon\'s socket', () => {
  it('follows the RTSQ masks: unaware sockets get NORMAL and ALL, aware ones UNDER_IPMP and ALL', async () => {
    const { db, start } = setup();
    const unaware = start([]);
    const aware = start(['--under-ipmp']);
    await readyAll(unaware, aware);
    const after = lastSeq(db, 1);
    appendEntries(db, [
      emitted({ msg: rtEcho(1, '10.0.0.0', '127.0.0.1', '255.0.0.0'), rtsq: RTSQ.ALL }), // +1 both
      emitted({ msg: ifinfo('net0', 3, 0x1000842), rtsq: RTSQ.UNDER_IPMP, family: AF_INET }), // +2 aware
      emitted({ msg: addrRoute(2, '10.0.0.20', '255.255.255.0', 3), rtsq: RTSQ.NORMAL }), // +3 unaware
      emitted({ msg: addrMsg(13, 'net0', 3, '10.0.0.20', '255.255.255.0'), rtsq: RTSQ.NORMAL }), // +4 unaware
      emitted({ msg: addrMsg(12, 'net0', 3, '10.0.0.20', '255.255.255.0'), rtsq: RTSQ.UNDER_IPMP }), // +5 aware
      emitted({ msg: ifinfo('net1', 4, 0x1000843), rtsq: RTSQ.ALL, family: AF_INET }), // +6 both
    ]);
    await unaware.waitFor((x) => x.count() === 4);
    await aware.waitFor((x) => x.count() === 4);
    await sleep(50);
    const u = expectedText(db, { after, numeric: true });
    const a = expectedText(db, { after, numeric: true, aware: true });
    expect(u.seqs).toEqual([1, 3, 4, 6].map((i) => after + i));
    expect(a.seqs).toEqual([1, 2, 5, 6].map((i) => after + i));
    expect(unaware.out).toBe(u.text);
    expect(aware.out).toBe(a.text);
  });

  it('with the kernel: underlying interfaces of ipmp0 reach only --under-ipmp, the join notices only the unaware', async () => {
    const { state, db, start } = setup();
    const unaware = start([]);
    const aware = start(['--under-ipmp']);
    await readyAll(unaware, aware);
    const after = lastSeq(db, 1);
    must(state, 'ifconfig', ['ipmp0', 'ipmp', '10.0.0.1/24', 'up']);
    must(state, 'ifconfig', ['net0', 'plumb', '10.0.0.20/24', 'up']);
    await sleep(700); // DAD of net0's address completes while net0 is still on its own
    must(state, 'ifconfig', ['net0', 'group', 'ipmp0']);
    must(state, 'ifconfig', ['net1', 'plumb', 'group', 'ipmp0', 'up']);
    must(state, 'ifconfig', ['net0', 'down']);
    await sleep(1500); // DAD and failure detection fire in rtmon
    const u = expectedText(db, { after, numeric: true });
    const a = expectedText(db, { after, numeric: true, aware: true });
    await unaware.waitFor((x) => x.count() >= u.count);
    await aware.waitFor((x) => x.count() >= a.count);
    await sleep(100);
    const u2 = expectedText(db, { after, numeric: true });
    const a2 = expectedText(db, { after, numeric: true, aware: true });
    expect(unaware.out).toBe(u2.text);
    expect(aware.out).toBe(a2.text);
    // The difference is the kernel's IPMP rule, not noise: after the join, net0's and net1's own
    // messages are for aware sockets only, and the join's DELETE/DELADDR/IFINFO for unaware ones.
    const blocks = (text: string) => text.split(/(?=^got message of size )/m);
    const onlyAware = blocks(a2.text).filter((b) => !u2.text.includes(b));
    expect(onlyAware.some((b) => b.includes(' net1:'))).toBe(true);
    expect(blocks(u2.text).filter((b) => b.includes(' net1:'))).toEqual([]);
    expect(blocks(u2.text).some((b) => /^RTM_IFINFO: .*if# \d+, flags:<BROADCAST,RUNNING,MULTICAST,IPv4>\n.*\n net0:/m.test(b))).toBe(true);
  });
});
