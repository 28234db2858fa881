// nce_timer (ip_ndp.c): an INCOMPLETE entry retransmits its broadcast request, a DELAY entry
// starts verifying with unicast requests (PROBE), each ND_RETRANS_TIMER apart; an answer makes
// the entry REACHABLE, and when the requests are spent the entry is deleted. The requests leave
// by the NIC the entry's interface sends on (an IPMP interface's: its multicast nominee, as
// nce_resolve_src picks an active member) from the interface's address on the neighbour's subnet.
import { IFF } from '../../wire';
import type { Kernel } from '../kernel';
import type { Family, Nce, Timer } from '../model';
import { inSubnet } from '../addr';
import { isIpmp } from '../ipmp/group';
import { MAX_UNICAST, RETRANS_MS, nceDelete, nceLookup, nceResolved, nceRestartTimer } from './cache';

/** The NIC that sends the entry's requests, and the requester's address. */
function sender(k: Kernel, e: Nce): { link: string; src: string } | undefined {
  const p = k.state.phyints[e.ifname];
  const ill = p?.ills[e.family];
  if (!p || !ill) return undefined;
  let link = p.name;
  if (isIpmp(p)) {
    const g = Object.values(k.state.groups ?? {}).find((x) => x.ifname === p.name);
    const nic = g?.nominee[e.family] ?? g?.active[e.family]?.[0];
    if (!nic) return undefined;
    link = nic;
  }
  const up = ill.ipifs.filter((i) => (i.flags & IFF.UP) !== 0n && i.ready);
  const src = (up.find((i) => inSubnet(e.family, e.addr, i.addr, i.netmask)) ?? up[0])?.addr ?? '';
  return { link, src };
}

function solicit(k: Kernel, e: Nce, family: Family, unicast: boolean): string | undefined {
  const from = sender(k, e);
  if (!from || !k.network) return undefined;
  return k.network.solicit({ family, link: from.link, addr: e.addr, src: from.src, mac: unicast ? e.mac : undefined });
}

export function onNceTimer(k: Kernel, t: Timer): void {
  const e = nceLookup(k, t.family, t.name, t.addr);
  if (!e) return;
  switch (e.state) {
    case 'INCOMPLETE':
    case 'PROBE': {
      if (e.probes <= 0) {
        nceDelete(k, e);
        return;
      }
      const unicast = e.state === 'PROBE';
      e.probes -= 1;
      k.dirty = true;
      const mac = solicit(k, e, t.family, unicast);
      if (mac) nceResolved(k, t.family, t.name, t.addr, mac);
      else nceRestartTimer(k, e, RETRANS_MS);
      return;
    }
    case 'DELAY': {
      e.state = 'PROBE';
      e.probes = MAX_UNICAST - 1;
      k.dirty = true;
      const mac = solicit(k, e, t.family, true);
      if (mac) nceResolved(k, t.family, t.name, t.addr, mac);
      else nceRestartTimer(k, e, RETRANS_MS);
      return;
    }
    default:
  }
}

export const NCE_TIMERS = { nce: onNceTimer };
