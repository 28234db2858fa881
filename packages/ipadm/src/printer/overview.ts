// The bare `ipadm` of Solaris 11.2 and later: every interface, each followed by its addresses,
// in columns NAME, CLASS/TYPE, STATE, UNDER, ADDR. No source of that ipadm is available; the
// widths (13, 11, 10, 7) are those of the 11.2 documentation's sample, which reads as ofmt
// output, and the address rows are indented by two spaces as the 11.4 documentation shows them
// (both inferred: no real pasted session was found). An interface row has its class, state and
// IPMP interface; an address row its type, state and address.
import type { AddrInfo, IfInfo, OfmtField } from '@ipmplab/userland';
import { addrobjText, addrText } from './show-addr';

export interface OverviewRow {
  name: string;
  classType: string;
  state: string;
  under: string;
  addr: string;
}

export const OVERVIEW_FIELDS: readonly OfmtField<OverviewRow>[] = [
  { name: 'NAME', width: 13, value: (r) => r.name },
  { name: 'CLASS/TYPE', width: 11, value: (r) => r.classType },
  { name: 'STATE', width: 10, value: (r) => r.state },
  { name: 'UNDER', width: 7, value: (r) => r.under },
  { name: 'ADDR', width: 46, value: (r) => r.addr },
];

/**
 * An interface's row. An IPMP interface that still works while one of its members has failed or
 * is offline is `degraded`, as the group is (the 11.2 documentation's sample: `ipmp0 ipmp
 * degraded` over `net1 ip failed ipmp0`; show-if keeps its own states). `all` is every
 * interface, to find the members.
 */
export function overviewIfRow(i: IfInfo, all: readonly IfInfo[] = []): OverviewRow {
  const unusable = (m: IfInfo) => m.state === 'failed' || m.state === 'offline';
  const degraded = i.class === 'ipmp' && i.state === 'ok' && all.some((m) => m.ipmpif === i.name && unusable(m));
  return { name: i.name, classType: i.class, state: degraded ? 'degraded' : i.state, under: i.ipmpif, addr: '' };
}

export const overviewAddrRow = (a: AddrInfo): OverviewRow => ({ name: `  ${addrobjText(a)}`, classType: a.type, state: a.state, under: '', addr: addrText(a) });
