import { describe, it, expect } from 'vitest';
import { bootedKernel, configure, setFlag, up, errnoOf, T0 } from '@ipmplab/test-support';
import { ioctl } from '../ioctl';
import { ERRNO, IFF } from '../../wire';
import type { Kernel, KernelNetwork, Solicitation } from '../kernel';
import { mibNetToMedia } from './walk';
import { DELAY_MS, REACHABLE_MS, RETRANS_MS, nceHeard, nceIncomplete, nceLookup, nceResolved, nceUsed } from './cache';

/** A network where the neighbours in `answering` answer with their MAC; every request is recorded. */
function network(answering: Record<string, string>): KernelNetwork & { asked: Solicitation[] } {
  const asked: Solicitation[] = [];
  return {
    asked,
    probe: () => undefined,
    neighbours: () => undefined,
    defender: () => undefined,
    announce: () => undefined,
    solicit: (req) => {
      asked.push(req);
      const mac = answering[req.addr];
      return mac !== undefined && (req.mac === undefined || req.mac === mac) ? mac : undefined;
    },
  };
}

function host(answering: Record<string, string> = {}): { k: Kernel; net: ReturnType<typeof network> } {
  const k = bootedKernel();
  const net = network(answering);
  k.network = net;
  configure(k, 'net0', 'inet', '192.168.1.1', '255.255.255.0');
  up(k, 'net0');
  k.advance(k.now + 2000);
  return { k, net };
}

const rows = (k: Kernel) => mibNetToMedia(k, 'inet').map((r) => `${r.ifname} ${r.addr} ${r.state} ${r.mac || '-'}`);
const B = '02:00:00:00:00:02';

describe('the neighbour cache', () => {
  it('an unanswered resolution retries every second, three requests in all, then the entry goes', () => {
    const { k, net } = host();
    nceIncomplete(k, 'inet', 'net0', '192.168.1.9');
    expect(rows(k)).toContain('net0 192.168.1.9 INCOMPLETE -');
    k.advance(k.now + 2 * RETRANS_MS);
    expect(net.asked.map((r) => [r.addr, r.mac, r.src])).toEqual([['192.168.1.9', undefined, '192.168.1.1'], ['192.168.1.9', undefined, '192.168.1.1']]);
    expect(nceLookup(k, 'inet', 'net0', '192.168.1.9')?.state).toBe('INCOMPLETE');
    k.advance(k.now + RETRANS_MS);
    expect(nceLookup(k, 'inet', 'net0', '192.168.1.9')).toBeUndefined();
    expect(k.state.timers.filter((t) => t.kind === 'nce')).toEqual([]);
  });

  it('a retransmitted request that is answered resolves the entry', () => {
    const { k, net } = host();
    nceIncomplete(k, 'inet', 'net0', '192.168.1.2');
    net.solicit = (req) => (req.addr === '192.168.1.2' ? B : undefined);
    k.advance(k.now + RETRANS_MS);
    expect(nceLookup(k, 'inet', 'net0', '192.168.1.2')).toMatchObject({ state: 'REACHABLE', mac: B, last: k.now });
  });

  it('NUD: an entry used after the reachable time goes DELAY, is verified by unicast 5 s later, and stays', () => {
    const { k, net } = host({ '192.168.1.2': B });
    nceResolved(k, 'inet', 'net0', '192.168.1.2', B);
    const e = nceLookup(k, 'inet', 'net0', '192.168.1.2')!;
    k.advance(k.now + REACHABLE_MS);
    nceUsed(k, e);
    expect(e.state).toBe('REACHABLE'); // not older than the reachable time yet
    k.advance(k.now + 1);
    nceUsed(k, e);
    expect(e.state).toBe('DELAY');
    k.advance(k.now + DELAY_MS - 1);
    expect(e.state).toBe('DELAY');
    k.advance(k.now + 1);
    expect(net.asked.map((r) => r.mac)).toEqual([B]);
    expect(e).toMatchObject({ state: 'REACHABLE', last: k.now });
  });

  it('NUD: three unanswered unicast requests, a second apart, and the entry is deleted', () => {
    const { k, net } = host();
    nceResolved(k, 'inet', 'net0', '192.168.1.2', B);
    k.advance(k.now + REACHABLE_MS + 1);
    nceUsed(k, nceLookup(k, 'inet', 'net0', '192.168.1.2')!);
    k.advance(k.now + DELAY_MS + 2 * RETRANS_MS);
    expect(nceLookup(k, 'inet', 'net0', '192.168.1.2')?.state).toBe('PROBE');
    expect(net.asked.length).toBe(3);
    k.advance(k.now + RETRANS_MS);
    expect(nceLookup(k, 'inet', 'net0', '192.168.1.2')).toBeUndefined();
  });

  it('a request or announcement updates a changed address to STALE; only a request to us creates one', () => {
    const { k } = host();
    nceHeard(k, 'inet', 'net0', '192.168.1.3', B, false);
    expect(nceLookup(k, 'inet', 'net0', '192.168.1.3')).toBeUndefined();
    nceHeard(k, 'inet', 'net0', '192.168.1.3', B, true);
    expect(nceLookup(k, 'inet', 'net0', '192.168.1.3')).toMatchObject({ state: 'STALE', last: 0 });
    nceResolved(k, 'inet', 'net0', '192.168.1.3', B);
    nceHeard(k, 'inet', 'net0', '192.168.1.3', B, false);
    expect(nceLookup(k, 'inet', 'net0', '192.168.1.3')?.state).toBe('REACHABLE'); // same address: nothing changes
    nceHeard(k, 'inet', 'net0', '192.168.1.3', '02:00:00:00:00:09', false);
    expect(nceLookup(k, 'inet', 'net0', '192.168.1.3')).toMatchObject({ state: 'STALE', mac: '02:00:00:00:00:09' });
  });

  it('is walked bucket by bucket (xor of the address bytes), newest first in a bucket, own addresses included', () => {
    const { k } = host();
    // Buckets: 192.168.1.9 -> 96, 192.168.1.1 -> 104, 192.168.1.2 and 192.168.2.1 -> 107.
    nceResolved(k, 'inet', 'net0', '192.168.1.2', B);
    nceResolved(k, 'inet', 'net0', '192.168.1.9', B);
    nceResolved(k, 'inet', 'net0', '192.168.2.1', B);
    expect(mibNetToMedia(k, 'inet').map((r) => r.addr)).toEqual(['192.168.1.9', '192.168.1.1', '192.168.2.1', '192.168.1.2']);
    expect(mibNetToMedia(k, 'inet')[1]).toMatchObject({ myaddr: true, permanent: true, publish: true, authority: true, resolved: true, type: 'local' });
  });

  it('goes with its interface when the interface is unplumbed', () => {
    const { k } = host();
    nceResolved(k, 'inet', 'net0', '192.168.1.2', B);
    nceIncomplete(k, 'inet', 'net0', '192.168.1.9');
    ioctl(k, 'UNPLUMB', { name: 'net0', af: 'inet' });
    expect(k.state.nces).toEqual([]);
    expect(k.state.timers.filter((t) => t.kind === 'nce')).toEqual([]);
  });
});

describe('SIOC[GSD]XARP', () => {
  const flags = { perm: true, publ: false, trailers: false, authority: false };

  it('sets, reads and deletes a static entry; own addresses are read-only (ENOTSUP)', () => {
    const { k } = host();
    ioctl(k, 'SIOCSXARP', { addr: '192.168.1.20', mac: '00:14:4f:0a:0b:0c', ...flags });
    expect(ioctl(k, 'SIOCGXARP', { addr: '192.168.1.20' })).toEqual({ mac: '00:14:4f:0a:0b:0c', ...flags });
    expect(ioctl(k, 'SIOCGXARP', { addr: '192.168.1.1' })).toMatchObject({ perm: true, publ: true, authority: true });
    expect(errnoOf(() => ioctl(k, 'SIOCSXARP', { addr: '192.168.1.1', mac: '00:14:4f:0a:0b:0c', ...flags }))).toBe(ERRNO.ENOTSUP);
    expect(errnoOf(() => ioctl(k, 'SIOCDXARP', { addr: '192.168.1.1' }))).toBe(ERRNO.ENOTSUP);
    ioctl(k, 'SIOCDXARP', { addr: '192.168.1.20' });
    expect(errnoOf(() => ioctl(k, 'SIOCGXARP', { addr: '192.168.1.20' }))).toBe(ERRNO.ENXIO);
    expect(errnoOf(() => ioctl(k, 'SIOCDXARP', { addr: '192.168.1.20' }))).toBe(ERRNO.ENXIO);
  });

  it('finds no interface off every subnet (ENXIO), refuses a short address (EINVAL), unprivileged callers (EPERM)', () => {
    const { k } = host();
    expect(errnoOf(() => ioctl(k, 'SIOCSXARP', { addr: '10.9.9.9', mac: '00:14:4f:0a:0b:0c', ...flags }))).toBe(ERRNO.ENXIO);
    expect(errnoOf(() => ioctl(k, 'SIOCSXARP', { addr: '192.168.1.20', mac: '00:14:4f:0a:0b', ...flags }))).toBe(ERRNO.EINVAL);
    (k as { caller: { privileged: boolean; pid: number } }).caller = { privileged: false, pid: 1 };
    expect(errnoOf(() => ioctl(k, 'SIOCSXARP', { addr: '192.168.1.20', mac: '00:14:4f:0a:0b:0c', ...flags }))).toBe(ERRNO.EPERM);
    expect(errnoOf(() => ioctl(k, 'SIOCGXARP', { addr: '192.168.1.1' }))).toBe(0);
  });

  it('an IPMP group: a test subnet reaches the underlying interface, which may be read, not changed (EPERM)', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    ioctl(k, 'SIOCSLIFGROUPNAME', { name: 'net0', af: 'inet', group: 'ipmp0' });
    up(k, 'net0');
    ioctl(k, 'SIOCLIFADDIF', { name: 'net0:1', af: 'inet' });
    setFlag(k, 'net0:1', IFF.NOFAILOVER, true);
    ioctl(k, 'SIOCSLIFADDR', { name: 'net0:1', af: 'inet', addr: '10.0.0.30' });
    up(k, 'net0:1');
    k.advance(T0 + 5000);
    // The test address is found on its own interface: readable, not changeable.
    expect(ioctl(k, 'SIOCGXARP', { addr: '10.0.0.30' })).toMatchObject({ authority: true });
    expect(errnoOf(() => ioctl(k, 'SIOCDXARP', { addr: '10.0.0.30' }))).toBe(ERRNO.EPERM);
    expect(errnoOf(() => ioctl(k, 'SIOCSXARP', { addr: '10.0.0.30', mac: '00:14:4f:0a:0b:0c', ...flags }))).toBe(ERRNO.EPERM);
    // Its subnet's route is hidden from data lookups: a neighbour there has no interface.
    expect(errnoOf(() => ioctl(k, 'SIOCSXARP', { addr: '10.0.0.31', mac: '00:14:4f:0a:0b:0c', ...flags }))).toBe(ERRNO.ENXIO);
  });
});
