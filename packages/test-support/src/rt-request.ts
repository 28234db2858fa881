// One routing-socket request written the way route(8) builds it, for kernel tests that want
// the kernel's answer without going through the route tool.
import { encodeMessage, openRtSocket, rtsWrite, RTM, RTF, ZERO_METRICS } from '@ipmplab/core/testing';
import type { Kernel, RtMessage, SockaddrSet } from '@ipmplab/core/testing';

export interface RtSpec {
  type: keyof typeof RTM;
  dst: string;
  gateway?: string;
  mask?: string;
  flags?: number;
  ifpIndex?: number;
  seq?: number;
  inits?: number;
  metrics?: Partial<RtMessage['metrics']>;
}

/** Writes one request on a fresh socket of `pid`; returns write(2)'s errno and the reply. */
export function rtRequest(k: Kernel, spec: RtSpec, pid = 4242) {
  const fam = spec.dst.includes(':') ? 'inet6' : 'inet';
  const sa = (a: string) => (fam === 'inet' ? { family: 'inet' as const, addr: a } : { family: 'inet6' as const, addr: a });
  const sockaddrs: SockaddrSet = { DST: sa(spec.dst) };
  if (spec.gateway) sockaddrs.GATEWAY = sa(spec.gateway);
  if (spec.mask) sockaddrs.NETMASK = sa(spec.mask);
  if (spec.ifpIndex !== undefined) sockaddrs.IFP = { family: 'link', index: spec.ifpIndex, type: 0, name: '', hwaddr: new Uint8Array() };
  const flags = spec.flags ?? (RTF.STATIC | (spec.type === 'GET' ? 0 : RTF.GATEWAY) | (spec.mask ? 0 : RTF.HOST));
  const bytes = encodeMessage({
    header: 'rt', type: RTM[spec.type], index: 0, flags, pid: 0, seq: spec.seq ?? 1, errno: 0, use: 0,
    inits: spec.inits ?? 0, metrics: { ...ZERO_METRICS, ...spec.metrics }, sockaddrs,
  });
  return rtsWrite(k, openRtSocket(pid), bytes);
}
