// A compact view of the routing messages a kernel emitted, for sequence assertions.
import { rtmName } from '@ipmplab/core/testing';
import type { Emitted, Kernel } from '@ipmplab/core/testing';

/** "RTM_IFINFO net0 1000843" style one-liners. */
export function summarize(e: Emitted): string {
  const m = e.msg;
  const name = rtmName(m.type);
  const sa = m.sockaddrs;
  const addr = (x: typeof sa.DST) => (x && (x.family === 'inet' || x.family === 'inet6') ? x.addr : x && x.family === 'link' ? x.name : '-');
  if (m.header === 'if') return `${name} ${addr(sa.IFP)} ${m.flags.toString(16)}`;
  if (m.header === 'ifa') return `${name} ${addr(sa.IFA)}/${addr(sa.NETMASK)} ${addr(sa.IFP)}`;
  return `${name} ${addr(sa.DST)}/${addr(sa.NETMASK)}`;
}

/** The messages emitted since the last drain, summarized; the kernel's list is emptied. */
export function drain(k: Kernel): string[] {
  const out = k.emitted.map(summarize);
  k.emitted.length = 0;
  return out;
}
