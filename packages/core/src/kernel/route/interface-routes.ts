// Routes the kernel creates for an address while it is UP (ip_if.c ipif_add_ires_v4/_v6) and
// removes silently when it goes down (ipif_delete_ires). They belong to the logical interface.
import { RTF, IFF } from '../../wire';
import type { Family, Ill, Ipif, Phyint } from '../model';
import type { Kernel } from '../kernel';
import type { Route, RouteType } from './table';
import { classfulMask, isUnspecified, networkOf, prefixFromMask, broadcastOf, maskFromPrefix } from '../addr';
import { lifName } from '../if/names';

/** Reference counts a fresh kernel entry shows in netstat's Ref column. */
const REF: Record<RouteType, number> = { local: 1, loopback: 2, interface: 2, broadcast: 1, offlink: 1, ifroute: 1 };

export function ipifOwner(phyint: Phyint, ill: Ill, ipif: Ipif): string {
  return `${lifName(phyint.name, ipif.id)}/${ill.family}`;
}

function entry(family: Family, dst: string, plen: number, gateway: string, ifname: string, type: RouteType, owner: string, extra = 0): Route {
  const host = plen === (family === 'inet' ? 32 : 128);
  return {
    family, dst, prefixlen: plen, gateway, ifname, type, owner,
    flags: RTF.UP | RTF.KERNEL | (host ? RTF.HOST : 0) | extra,
    ref: REF[type], use: 0,
  };
}

export function addIpifRoutes(k: Kernel, phyint: Phyint, ill: Ill, ipif: Ipif): void {
  const fam = ill.family;
  const owner = ipifOwner(phyint, ill, ipif);
  const flags = k.flagsOf({ phyint, ill, ipif });
  const priv = (flags & IFF.PRIVATE) !== 0n ? RTF.PRIVATE : 0;
  const hostlen = fam === 'inet' ? 32 : 128;
  const loopback = (flags & IFF.LOOPBACK) !== 0n;
  const routes: Route[] = [];
  if (isUnspecified(fam, ipif.addr)) return;
  if ((flags & IFF.NOLOCAL) === 0n) {
    routes.push(loopback
      ? entry(fam, ipif.addr, hostlen, ipif.addr, phyint.name, 'loopback', owner, priv)
      : entry(fam, ipif.addr, hostlen, '', phyint.name, 'local', owner, priv));
  }
  const plen = prefixFromMask(fam, ipif.netmask);
  if (!loopback && (flags & IFF.NOXMIT) === 0n) {
    if ((flags & IFF.POINTOPOINT) !== 0n && ipif.dst) {
      routes.push(entry(fam, ipif.dst, hostlen, ipif.addr, phyint.name, 'interface', owner, priv));
    } else {
      const subnet = networkOf(fam, ipif.addr, ipif.netmask);
      if (!isUnspecified(fam, subnet)) routes.push(entry(fam, subnet, plen, ipif.addr, phyint.name, 'interface', owner, priv));
    }
  }
  if (fam === 'inet' && (flags & IFF.BROADCAST) !== 0n && (flags & IFF.NOXMIT) === 0n) {
    for (const b of broadcastAddrs(ipif.addr, ipif.netmask)) {
      routes.push(entry('inet', b, 32, '', phyint.name, 'broadcast', owner, priv));
    }
  }
  for (const r of routes) k.routes.insert(r);
}

/** ipif_create_bcast_ires: all-zeros, all-ones, classful net/broadcast, subnet/broadcast. */
function broadcastAddrs(addr: string, mask: string): string[] {
  const out = ['0.0.0.0', '255.255.255.255'];
  const cmask = classfulMask(addr);
  const plen = prefixFromMask('inet', mask);
  const cplen = prefixFromMask('inet', cmask);
  if (plen > cplen) out.push(networkOf('inet', addr, cmask), broadcastOf(addr, cmask));
  if (plen < 32) out.push(networkOf('inet', addr, mask), broadcastOf(addr, mask));
  return [...new Set(out)];
}

export function deleteIpifRoutes(k: Kernel, phyint: Phyint, ill: Ill, ipif: Ipif): void {
  k.routes.removeOwned(ipifOwner(phyint, ill, ipif));
}

export { maskFromPrefix };
