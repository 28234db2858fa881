// `ipmplab export --as ifconfig`: the ifconfig(8) and route(8) command lines that build the
// host's configuration on a real host, in an order that works there:
//   1. every interface plumbed, in the order of its interface index (so a fresh host numbers them
//      alike), an IPMP interface with `ipmp` (ifconfig.c's "ipmp" keyword creates it);
//   2. each physical interface's MTU and metric, then its group and standby (members join before
//      any address exists on the group's interface);
//   3. the addresses in the order they came up (their interface routes' order, so routes of one
//      prefix are listed alike), the others by interface index: unit 0 set, logical units plumbed by name (net0:2 plumb) so their
//      numbers are the same, test addresses with -failover;
//   4. the persistent routes (route -p add: what /etc/inet/static_routes holds), then the others;
//   5. the interfaces an administrator took offline (if_mpadm -d).
// What the kernel does by itself is left out: IPv6 link-local and addrconf addresses, the
// loopback, interface routes.
import { IFF } from '@ipmplab/core/syscalls';
import type { LifStatus } from '@ipmplab/ifconfig';
import type { ExportHost } from './model';
import { addressOrder, interfaceOrder, ipadmMadeNote, isAutomatic, isLinkLocalUnit0, prefixlenOf, defaultBroadcast, unitOf, hasFlag as has, typedAfterBoot } from './shared';

const fam = (s: LifStatus) => (s.family === 'inet6' ? ' inet6' : '');

/** The keywords that give a logical interface its address and flags, as ifconfig takes them. */
export function addressWords(s: LifStatus): string[] {
  const w: string[] = [];
  const unspecified = s.addr === '0.0.0.0' || s.addr === '::' || isLinkLocalUnit0(s);
  if (!unspecified) w.push(`${s.addr}/${prefixlenOf(s)}`);
  if (has(s, IFF.POINTOPOINT) && s.dst) w.push('destination', s.dst);
  if (!unspecified && has(s, IFF.BROADCAST) && s.broadcast && s.broadcast !== defaultBroadcast(s)) w.push('broadcast', s.broadcast);
  if (has(s, IFF.NOFAILOVER)) w.push('-failover');
  if (has(s, IFF.DEPRECATED)) w.push('deprecated');
  if (has(s, IFF.PRIVATE)) w.push('private');
  if (has(s, IFF.NOXMIT)) w.push('-xmit');
  if (has(s, IFF.UP)) w.push('up');
  return w;
}

export function ifconfigLines(h: ExportHost): string[] {
  const out: string[] = [
    `# ipmplab export --as ifconfig: host ${h.name} (${h.release})`,
    `# As root, on a host whose datalinks are named ${h.links.join(' ')}. Only route -p persists across a reboot.`,
  ];
  out.push(...ipadmMadeNote(h));
  if (h.mpathd.length) out.push(`# /etc/default/mpathd: set ${h.mpathd.join(', ')}; then: svcadm refresh network/ipmp`);
  const order = interfaceOrder(h);
  // 1. plumb
  for (const { name, families } of order) {
    for (const s of families) out.push(has(s, IFF.IPMP) ? `ifconfig ${name}${fam(s)} ipmp` : `ifconfig ${name}${fam(s)} plumb`);
  }
  // 2. MTU, metric, group, standby (once per interface: the group is the phyint's)
  for (const { name, families } of order) {
    for (const s of families) {
      const link = h.linkMtus[name];
      if (!has(s, IFF.IPMP) && link !== undefined && s.mtu !== link) out.push(`ifconfig ${name}${fam(s)} mtu ${s.mtu}`);
      if (s.metric !== 0) out.push(`ifconfig ${name}${fam(s)} metric ${s.metric}`);
    }
    const first = families[0];
    if (first.groupname && (has(first, IFF.IPMP) ? first.groupname !== name : true)) out.push(`ifconfig ${name} group ${first.groupname}`);
    if (has(first, IFF.STANDBY)) out.push(`ifconfig ${name} standby`);
  }
  // 3. addresses, in the order they came up (shared.ts addressOrder)
  const lifs = addressOrder(h);
  for (const s of lifs) {
    if (isAutomatic(s)) continue;
    const words = addressWords(s);
    if (unitOf(s.name) === 0) {
      if (words.length) out.push(`ifconfig ${s.name}${fam(s)} ${words.join(' ')}`);
    } else {
      out.push(`ifconfig ${s.name}${fam(s)} plumb${words.length ? ` ${words.join(' ')}` : ''}`);
    }
  }
  // 4. routes, the persistent ones first; 5. offline
  for (const line of h.persistent) out.push(`route -p add ${line}`);
  out.push(...typedAfterBoot(h));
  return out;
}
