// The neighbour tables /dev/ip's MIB exposes (ip.c ip_snmp_get2_v4_media / _v6_media over
// ncec_walk): the learnt entries and the host's own addresses (NCE_F_MYADDR, published with
// authority and without NUD), in the hash table's order: bucket by bucket (IRE_ADDR_HASH for
// IPv4, NCE_ADDR_HASH_V6 for IPv6, 256 buckets), newest first within a bucket (nce_add_impl
// inserts at the head). Loopback entries are not reported; an IPMP group's entries are on its
// IPMP interface, test addresses' on their underlying interface. Read-only.
import { IFF } from '../../wire';
import type { Kernel } from '../kernel';
import type { Family, Nce, NceState, Phyint } from '../model';
import { isUnspecified, toBytes } from '../addr';
import { bindingKey, groupOf, isIpmp } from '../ipmp/group';

/** One row of ipNetToMediaTable / ipv6NetToMediaTable. */
export interface MibNetToMedia {
  ifname: string;
  addr: string;
  /** '' when unresolved. */
  mac: string;
  state: NceState;
  /** ACE_F_* as nce2ace maps them. */
  resolved: boolean;
  permanent: boolean;
  publish: boolean;
  myaddr: boolean;
  authority: boolean;
  unverified: boolean;
  /** ipv6NetToMediaType / ipNetToMediaType: other(1), dynamic, static, local. */
  type: 'other' | 'dynamic' | 'static' | 'local';
}

function bucket(family: Family, addr: string): number {
  const b = toBytes(family, addr);
  if (family === 'inet') return (b[0] ^ b[1] ^ b[2] ^ b[3]) & 0xff;
  return (b[8] ^ b[9] ^ b[10] ^ b[13] ^ b[14] ^ b[15]) % 256;
}

/** The hardware address an own address is published with: its NIC's, or for a data address its bound member's. */
function ownMac(k: Kernel, p: Phyint, family: Family, id: number): string | undefined {
  if (!isIpmp(p)) return k.state.links[p.name]?.mac;
  const g = groupOf(k, p);
  const member = g?.bindings[bindingKey(id, family)];
  return member ? k.state.links[member]?.mac : undefined;
}

function ownEntries(k: Kernel, family: Family): { row: MibNetToMedia; serial: number }[] {
  const rows: { row: MibNetToMedia; serial: number }[] = [];
  for (const p of Object.values(k.state.phyints)) {
    const ill = p.ills[family];
    if (!ill || (p.flags & IFF.LOOPBACK) !== 0n || (family === 'inet' && (ill.flags & IFF.NOARP) !== 0n)) continue;
    for (const i of ill.ipifs) {
      if ((i.flags & IFF.UP) === 0n || (i.flags & IFF.DUPLICATE) !== 0n || isUnspecified(family, i.addr)) continue;
      const mac = ownMac(k, p, family, i.id);
      if (mac === undefined) continue;
      rows.push({
        serial: 0,
        row: {
          ifname: p.name, addr: i.addr, mac, state: i.ready ? 'REACHABLE' : 'PROBE', resolved: true,
          permanent: true, publish: true, myaddr: true, authority: true, unverified: !i.ready, type: 'local',
        },
      });
    }
  }
  return rows;
}

function learnt(e: Nce): MibNetToMedia {
  const resolved = e.state !== 'INCOMPLETE';
  return {
    ifname: e.ifname, addr: e.addr, mac: resolved ? e.mac : '', state: e.state, resolved,
    permanent: !!e.nonud, publish: !!e.publish, myaddr: false, authority: !!e.authority, unverified: false,
    type: e.publish ? 'other' : e.static ? 'static' : 'dynamic',
  };
}

export function mibNetToMedia(k: Kernel, family: Family): MibNetToMedia[] {
  const live = (k.state.nces ?? []).filter((e) => e.family === family && k.state.phyints[e.ifname]?.ills[family]);
  const all = [...ownEntries(k, family), ...live.map((e) => ({ row: learnt(e), serial: e.serial }))];
  return all
    .map((x) => ({ ...x, bucket: bucket(family, x.row.addr) }))
    .sort((a, b) => a.bucket - b.bucket || b.serial - a.serial)
    .map((x) => x.row);
}
