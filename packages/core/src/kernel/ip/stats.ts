// The link counters netstat -i shows (the ill and link kstats: ipackets, opackets, ierrors,
// oerrors). A packet counts on the NIC that carried it and, for an IPMP group's traffic, on the
// IPMP interface too (illumos keeps IP-level counters on the IPMP ill beside each underlying
// ill's own).
import type { Kernel } from '../kernel';
import type { LinkStats, Phyint } from '../model';

type Counter = keyof LinkStats;

export function count(k: Kernel, p: Phyint | undefined, what: Counter): void {
  if (!p) return;
  p.stats ??= { ipackets: 0, ierrors: 0, opackets: 0, oerrors: 0 };
  p.stats[what] += 1;
  k.dirty = true;
}

export function statsOf(p: Phyint): LinkStats {
  return p.stats ?? { ipackets: 0, ierrors: 0, opackets: 0, oerrors: 0 };
}
