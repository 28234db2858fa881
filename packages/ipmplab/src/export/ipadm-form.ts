// `ipmplab export --as ipadm`: the ipadm(8) lines (and route -p) that build the host's
// configuration on a real host of its release, persistently (ipadm.conf), in the order the
// ifconfig form uses. Where ipadm has no word for something, the line says so and uses the
// command the release does have:
//   - `ipadm create-ip` plumbs IPv4 and IPv6 both (and an address on an IPMP interface plumbs
//     its other family): an interface the host has for one family only is unplumbed for the
//     other with ifconfig at the end (not kept across a reboot);
//   - illumos' ipadm has no `standby` property (libipadm's table, ipadm-active-standby.t): the
//     line is `ifconfig IF standby`, which does not persist; Solaris 11.4 sets it with set-ifprop;
//   - the kernel numbers logical interfaces itself (the next free unit): a host whose units have
//     gaps gets the same addresses on other unit numbers.
import { IFF } from '@ipmplab/core/syscalls';
import type { LifStatus } from '@ipmplab/ifconfig';
import type { ExportHost } from './model';
import { addressOrder, interfaceOrder, isAutomatic, isLinkLocalUnit0, prefixlenOf, baseName, hasFlag as has, typedAfterBoot } from './shared';

const proto = (s: LifStatus) => (s.family === 'inet' ? 'ipv4' : 'ipv6');

/** Address object names as ipadm would suggest them: IF/v4, IF/v4a, IF/v4b ... (IF/v6 alike). */
function objectNamer(): (s: LifStatus) => string {
  const used = new Map<string, number>();
  return (s) => {
    const key = `${baseName(s.name)}/${s.family === 'inet' ? 'v4' : 'v6'}`;
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    return n === 0 ? key : `${key}${String.fromCharCode(0x60 + n)}`;
  };
}

export function ipadmLines(h: ExportHost): string[] {
  const out: string[] = [
    `# ipmplab export --as ipadm: host ${h.name} (${h.release})`,
    `# As root, on a host whose datalinks are named ${h.links.join(' ')}. ipadm keeps what it creates in /etc/ipadm/ipadm.conf.`,
  ];
  if (h.mpathd.length) out.push(`# /etc/default/mpathd: set ${h.mpathd.join(', ')}; then: svcadm refresh network/ipmp`);
  const order = interfaceOrder(h);
  for (const { name, families } of order) out.push(has(families[0], IFF.IPMP) ? `ipadm create-ipmp ${name}` : `ipadm create-ip ${name}`);
  for (const { name, families } of order) {
    for (const s of families) {
      const link = h.linkMtus[name];
      if (!has(s, IFF.IPMP) && link !== undefined && s.mtu !== link) out.push(`ipadm set-ifprop -p mtu=${s.mtu} -m ${proto(s)} ${name}`);
      if (s.metric !== 0) out.push(`ipadm set-ifprop -p metric=${s.metric} -m ${proto(s)} ${name}`);
    }
    const first = families[0];
    if (has(first, IFF.IPMP) && first.groupname && first.groupname !== name) out.push(`ifconfig ${name} group ${first.groupname}   # ipadm names no group but the interface's (not kept across a reboot)`);
  }
  // Members join their IPMP interface, all of a group's in one add-ipmp.
  const ipmpOf = new Map(order.filter((e) => has(e.families[0], IFF.IPMP)).map((e) => [e.families[0].groupname, e.name]));
  const members = new Map<string, string[]>();
  for (const { name, families } of order) {
    const g = families[0].groupname;
    if (!g || has(families[0], IFF.IPMP)) continue;
    const ipmp = ipmpOf.get(g);
    if (!ipmp) {
      out.push(`ifconfig ${name} group ${g}   # no IPMP interface names this group (not kept across a reboot)`);
      continue;
    }
    members.set(ipmp, [...(members.get(ipmp) ?? []), name]);
  }
  for (const [ipmp, list] of members) out.push(`ipadm add-ipmp ${list.map((m) => `-i ${m}`).join(' ')} ${ipmp}`);
  for (const { name, families } of order) {
    if (!has(families[0], IFF.STANDBY)) continue;
    out.push(h.release === 'solaris11' ? `ipadm set-ifprop -p standby=on -m ip ${name}` : `ifconfig ${name} standby   # illumos' ipadm has no standby property (not kept across a reboot)`);
  }
  // Addresses, in the order they came up, as the ifconfig form.
  const object = objectNamer();
  const lifs = addressOrder(h);
  for (const s of lifs) {
    if (isAutomatic(s)) continue;
    if (isLinkLocalUnit0(s)) {
      if (has(s, IFF.UP)) out.push(`ipadm create-addr -T addrconf ${object(s)}`);
      continue;
    }
    if (s.addr === '0.0.0.0' || s.addr === '::') continue;
    const obj = object(s);
    out.push(`ipadm create-addr -T static${has(s, IFF.UP) ? '' : ' -d'} -a ${s.addr}/${prefixlenOf(s)}${has(s, IFF.POINTOPOINT) && s.dst ? `,${s.dst}` : ''} ${obj}`);
    if (has(s, IFF.DEPRECATED) && !has(s, IFF.NOFAILOVER)) out.push(`ipadm set-addrprop -p deprecated=on ${obj}`);
    if (has(s, IFF.PRIVATE)) out.push(`ipadm set-addrprop -p private=on ${obj}`);
    if (has(s, IFF.NOXMIT)) out.push(`ipadm set-addrprop -p transmit=off ${obj}`);
  }
  // ipadm plumbed both families of each interface, and an address on an IPMP interface plumbs
  // its other family too (libipadm i_ipadm_create_ipmp_peer): the family an interface does not
  // have goes last.
  // Members first: an IPMP interface's family cannot go while members of it are left.
  const membersFirst = [...order].sort((a, b) => Number(has(a.families[0], IFF.IPMP)) - Number(has(b.families[0], IFF.IPMP)));
  for (const { name, families } of membersFirst) {
    for (const missing of (['inet', 'inet6'] as const).filter((f) => !families.some((s) => s.family === f))) {
      out.push(`ifconfig ${name} ${missing} unplumb   # ipadm plumbs both families; ${name} has no ${missing === 'inet' ? 'IPv4' : 'IPv6'} here (not kept across a reboot)`);
    }
  }
  for (const line of h.persistent) out.push(`route -p add ${line}`);
  out.push(...typedAfterBoot(h));
  return out;
}
