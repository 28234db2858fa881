// libdladm's link properties (linkprop.c prop_table, dladm_get_linkprop, dladm_set_linkprop,
// i_dladm_set_single_prop, i_dladm_getset_defval) for the properties the lab's physical
// Ethernet links have, in the table's order: speed, duplex, state, mtu, mac-address. The
// table's other properties (autopush, zone, flow control and the autonegotiation
// capabilities, bandwidth, CPUs, protection, VLAN and bridging properties ...) are not
// simulated and not listed.
//
//  * speed: read-only (set_rate refuses Ethernet: check_rate answers NOTSUP), DEFAULT is the
//    current value (pd_defval ""), no POSSIBLE list.
//  * duplex, state: no pd_set (PROPRDONLY); POSSIBLE half,full and up,down; state's DEFAULT up.
//  * mtu: check_uint32 (strtoul base 0, one value, else BADVAL) then MAC_PROP_MTU; POSSIBLE is
//    the driver's range; DEFAULT the driver's default; reset gets the default and sets it.
//  * mac-address: check_mac_addr (one value, else BADVALCNT; _link_aton, else BADVAL), then
//    MAC_PROP_MAC_ADDR; DEFAULT the factory address; no POSSIBLE list; reset = the factory one.
import { ioctl, type DldLinkAttr, type Kernel } from '@ipmplab/core/syscalls';
import { strtoul } from '@ipmplab/userland';
import type { DladmStatus } from '../status';
import { dldCall } from './links';
import { linkAton, linkNtoa, octetsOf } from '@ipmplab/userland';
import type { DatalinkConf } from './datalink-conf';

export type PropValType = 'current' | 'perm' | 'default' | 'possible' | 'persistent';

interface PropDesc {
  name: string;
  /** pd_get: the current value. */
  current(a: DldLinkAttr): string;
  /** The DEFAULT column (pd_defval, or pd_get with DLD_PROP_DEFAULT). */
  default(a: DldLinkAttr): string;
  /** POSSIBLE (pd_optval or pd_getmod); undefined: NOTSUP. */
  possible?(a: DldLinkAttr): string[];
  /** MAC_PROP_PERM_*: what the PERM column shows. */
  perm: 'r-' | 'rw';
  /** pd_check + pd_set with the values, or the reset (null); undefined: no pd_set. */
  set?(k: Kernel, a: DldLinkAttr, values: string[] | null): DladmStatus;
}

const PROPS: readonly PropDesc[] = [
  {
    name: 'speed',
    current: (a) => String(a.speed),
    default: (a) => String(a.speed),
    perm: 'r-',
    set: () => 'NOTSUP',
  },
  {
    name: 'duplex',
    current: (a) => a.duplex,
    default: (a) => a.duplex,
    possible: () => ['half', 'full'],
    perm: 'r-',
  },
  {
    name: 'state',
    current: (a) => a.state,
    default: () => 'up',
    possible: () => ['up', 'down'],
    perm: 'r-',
  },
  {
    name: 'mtu',
    current: (a) => String(a.mtu),
    default: (a) => String(a.mtuDefault),
    possible: (a) => [a.mtuMin === a.mtuMax ? `${a.mtuMin}` : `${a.mtuMin}-${a.mtuMax}`],
    perm: 'rw',
    set: (k, a, values) => {
      if (values !== null && values.length !== 1) return 'BADVAL';
      const mtu = values === null ? a.mtuDefault : strtoul(values[0], 0).value;
      return dldCall(() => ioctl(k, 'DLDIOC_SETMACPROP', { link: a.name, prop: 'mtu', mtu }));
    },
  },
  {
    name: 'mac-address',
    current: (a) => linkNtoa(octetsOf(a.mac)),
    default: (a) => linkNtoa(octetsOf(a.factoryMac)),
    perm: 'rw',
    set: (k, a, values) => {
      if (values !== null && values.length !== 1) return 'BADVALCNT';
      const addr = values === null ? null : linkAton(values[0]);
      if (addr === undefined) return 'BADVAL';
      return dldCall(() => ioctl(k, 'DLDIOC_SETMACPROP', { link: a.name, prop: 'mac-address', addr }));
    },
  },
];

const descOf = (name: string) => PROPS.find((p) => p.name.toLowerCase() === name.toLowerCase());

/** dladm_walk_linkprop: the properties of a physical Ethernet link, in table order. */
export function linkpropNames(): string[] {
  return PROPS.map((p) => p.name);
}

/** dladm_get_linkprop: a property's values of one kind, or the status that stops it. */
export function getLinkprop(a: DldLinkAttr, conf: DatalinkConf, type: PropValType, prop: string): { status: DladmStatus; values: string[] } {
  const pd = descOf(prop);
  if (!pd) return { status: 'NOTFOUND', values: [] };
  switch (type) {
    case 'current': return { status: 'OK', values: [pd.current(a)] };
    case 'perm': return { status: 'OK', values: [pd.set ? pd.perm : 'r-'] };
    case 'default': return { status: 'OK', values: [pd.default(a)] };
    case 'possible': return pd.possible ? { status: 'OK', values: pd.possible(a) } : { status: 'NOTSUP', values: [] };
    case 'persistent': {
      const v = conf.getProp(a.name, pd.name);
      return v ? { status: 'OK', values: v } : { status: 'NOTFOUND', values: [] };
    }
  }
}

export interface SetFlags {
  active: boolean;
  persist: boolean;
}

/**
 * dladm_set_linkprop: the values (or null to reset) on the running link, then in
 * datalink.conf when persistent; a name the table does not have is NOTFOUND.
 */
export function setLinkprop(k: Kernel, a: DldLinkAttr, conf: DatalinkConf, prop: string, values: string[] | null, flags: SetFlags): DladmStatus {
  const pd = descOf(prop);
  if (!pd) return 'NOTFOUND';
  if (flags.active) {
    if (!pd.set) return 'PROPRDONLY';
    const s = pd.set(k, a, values);
    if (s !== 'OK') return s;
  }
  if (flags.persist) conf.setProp(a.name, a.device, pd.name, values ?? []);
  return 'OK';
}
