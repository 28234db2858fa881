// The network as a host's kernel sees it (kernel.ts KernelNetwork), given to every kernel a
// command opens: in.mpathd's probes become ICMP echoes from the test address, on its member,
// to the target, through the segments (net/icmp.ts, counting nothing), and the hosts that would
// answer the all-hosts multicast probe are the other hosts on the member's segment with an
// address on the test subnet. A NIC that is not plugged into a segment is outside the lab: the
// answers are undefined and in.mpathd keeps to the targets the lab declares.
import { IFF } from '../wire';
import { stmt } from '../store/statements';
import type { LabTransaction } from '../store/transaction';
import type { KernelNetwork } from '../kernel/kernel';
import type { Family } from '../kernel/model';
import { inSubnet } from '../kernel/addr';
import { loadState } from '../store/transaction';
import { hostById } from '../store/hosts';
import { icmpEcho } from './icmp';
import { claimant } from './medium';
import { announce, solicit } from './arp';

/** The segment a host's datalink is plugged into, if any. */
function segmentOf(lab: LabTransaction, host: number, ifname: string): number | undefined {
  const l = lab.kernel(host).state.links[ifname];
  if (!l) return undefined;
  const row = stmt(lab.db, 'SELECT segment FROM plugs WHERE host = ? AND port = ?').get(host, l.device ?? l.name) as { segment: number } | undefined;
  return row?.segment;
}

/** Whether the host takes part in the lab's network: one of its NICs is plugged into a segment. */
function networked(lab: LabTransaction, host: number): boolean {
  return stmt(lab.db, 'SELECT 1 FROM plugs WHERE host = ? LIMIT 1').get(host) !== undefined;
}

export function labNetwork(lab: LabTransaction, host: number): KernelNetwork {
  return {
    probe: (req) => {
      if (!networked(lab, host)) return undefined;
      return 'reply' in icmpEcho(lab, host, { family: req.family, dst: req.dst, src: req.src, ifname: req.ifname, account: false });
    },
    neighbours: (family: Family, ifname: string, addr: string, mask: string) => {
      if (!networked(lab, host)) return undefined;
      const seg = segmentOf(lab, host, ifname);
      if (seg === undefined) return [];
      const plugs = stmt(lab.db, 'SELECT host, port FROM plugs WHERE segment = ? AND host <> ? ORDER BY host, port').all(seg, host) as
        { host: number; port: string }[];
      const found = new Set<string>();
      for (const p of plugs) {
        // A host's configuration, whether it is running or not: a target that stops answering
        // (powered off) stays a target whose probes are lost.
        const state = hostById(lab.db, p.host)?.power ? lab.kernel(p.host).state : loadState(lab.db, p.host);
        const link = state && Object.values(state.links).find((l) => (l.device ?? l.name) === p.port);
        const ill = link && state.phyints[link.name]?.ills[family];
        for (const i of ill?.ipifs ?? []) {
          if ((i.flags & IFF.UP) !== 0n && inSubnet(family, i.addr, addr, mask) && i.addr !== addr) found.add(i.addr);
        }
      }
      return [...found];
    },
    defender: (family: Family, ifname: string, addr: string) => {
      if (!networked(lab, host)) return undefined;
      const nic = lab.kernel(host).state.links[ifname];
      if (!nic || !nic.linkUp) return undefined;
      const at = claimant(lab, host, ifname, family, addr);
      return at && etherText(at.mac);
    },
    announce: (family: Family, ifname: string, addr: string) => announce(lab, host, ifname, family, addr),
    solicit: (req) => solicit(lab, host, req),
  };
}

/** A hardware address as illumos prints it in its console messages: hex bytes without leading zeros. */
const etherText = (mac: string) => mac.split(':').map((b) => parseInt(b, 16).toString(16)).join(':');
