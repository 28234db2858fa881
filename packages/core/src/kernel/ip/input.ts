// A packet arriving on a NIC (ip_input.c ill_input_short_v4 / ire_recv_*): for one of the host's
// addresses it is delivered; for another, forwarded only when the receiving interface forwards
// (IFF_ROUTER, set by `ipadm set-prop -p forwarding=on` or `routeadm`), else dropped. Under IPMP,
// an underlying interface that is not active (FAILED, OFFLINE, INACTIVE) takes only traffic for
// its own test addresses (ipmp.c: data arrives on the member its address is bound to).
import { IFF } from '../../wire';
import type { Kernel } from '../kernel';
import type { Family } from '../model';
import { groupOf, ipmpPhyint } from '../ipmp/group';
import { isActive } from '../ipmp/active';
import { localIpif } from './local';
import { count } from './stats';

export type InResult = 'local' | 'forward' | 'drop';

/** `account` false: count nothing (in.mpathd's probes, see output.ts). */
export function ipInput(k: Kernel, link: string, family: Family, dst: string, account = true): InResult {
  const p = k.state.phyints[link];
  const ill = p?.ills[family];
  if (!p || !ill) return 'drop';
  const g = groupOf(k, p);
  if (account) {
    count(k, p, 'ipackets');
    if (g) count(k, ipmpPhyint(k, g), 'ipackets');
  }
  const own = localIpif(k, family, dst);
  if (own) {
    const test = own.phyint === p && (own.ipif.flags & IFF.NOFAILOVER) !== 0n;
    if (g && !test && !isActive(p, family)) return 'drop';
    return 'local';
  }
  return (ill.flags & IFF.ROUTER) !== 0n ? 'forward' : 'drop';
}
