// The data-link layer's answers to dladm: what libdladm asks /dev/dld for (DLDIOC_* ioctls) and
// what the MAC layer and the driver say. The lab's links are one kind of NIC, modelled on
// e1000g (uts/common/io/e1000g/e1000g_main.c): Ethernet, 1000 Mb/s full duplex while the cable
// is in, speed 0 and duplex unknown while it is out.
//
//  * MTU (mac_client.c mac_set_mtu, then e1000g_m_setprop MAC_PROP_MTU): 0 is EINVAL; the
//    current value is accepted at once without asking the driver; otherwise the driver refuses
//    with EBUSY while the device is started (IP plumbed on the link: the adapter must be stopped
//    for an MTU change), and with EINVAL outside [DEFAULT_MTU, max_mtu]. The lab's NIC takes
//    1500..9000 (e1000g_m_propinfo reports the same range to dladm's POSSIBLE column).
//  * mac-address (mac.c mac_unicast_primary_set, mac_ether_unicst_verify): six bytes, not a
//    multicast address (EINVAL); allowed while IP is plumbed. No address means the factory one.
//  * rename (dls_mgmt.c dls_devnet_rename): EBUSY while anything holds the link open (IP
//    plumbed on it); the name must be free (EEXIST) and a valid link name (dlmgmtd's
//    dladm_valid_linkname, EINVAL).
import { KernelError, ERRNO } from '../../wire';
import type { Kernel } from '../kernel';
import type { Datalink } from '../model';
import type { IoctlArg, IoctlReply } from '../ioctl-types';

/** e1000g's DEFAULT_MTU: the MTU a link has after boot, and the least it takes. */
export const LINK_DEFAULT_MTU = 1500;
/** The most the lab's NIC takes (its max_mtu). */
export const LINK_MAX_MTU = 9000;
/** Mb/s while the link is up (e1000g on a gigabit switch). */
const LINK_SPEED = 1000;
/** MAXLINKNAMELEN: a link name is at most 31 bytes. */
const MAXLINKNAMELEN = 32;

type Empty = Record<string, never>;

function linkOf(k: Kernel, name: string): Datalink {
  const link = Object.prototype.hasOwnProperty.call(k.state.links, name) ? k.state.links[name] : undefined;
  if (!link) throw new KernelError(ERRNO.ENOENT);
  return link;
}

/** The driver instance behind a link: e1000gN for the Nth link the host booted with. */
export function deviceOf(k: Kernel, link: Datalink): string {
  return link.device ?? `e1000g${Math.max(0, Object.keys(k.state.links).indexOf(link.name))}`;
}

/** Something holds the link open: IP is plumbed on it (dd_ref > 1, the device started). */
function linkHeld(k: Kernel, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(k.state.phyints, name);
}

/** dladm_valid_linkname (libinetutil dlparse_drvppa): letters first, a PPA without leading zeros. */
export function validLinkname(name: string): boolean {
  if (name === '' || Buffer.byteLength(name) >= MAXLINKNAMELEN) return false;
  return /^[a-zA-Z](?:[a-zA-Z0-9_.]*[a-zA-Z_.])?(0|[1-9][0-9]*)$/.test(name);
}

/**
 * DLDIOC_LINKATTR: what dladm shows of a link in one answer (dladm_datalink_id2info,
 * dladm_phys_info, the MAC properties and the link kstats). Anyone may ask.
 */
export function linkAttr(k: Kernel, req: IoctlArg<'DLDIOC_LINKATTR'>): IoctlReply<'DLDIOC_LINKATTR'> {
  const link = linkOf(k, req.link);
  const up = link.linkUp;
  return {
    name: link.name,
    device: deviceOf(k, link),
    media: 'Ethernet',
    mtu: link.mtu,
    mtuDefault: LINK_DEFAULT_MTU,
    mtuMin: LINK_DEFAULT_MTU,
    mtuMax: LINK_MAX_MTU,
    mac: link.mac,
    factoryMac: link.factoryMac ?? link.mac,
    state: up ? 'up' : 'down',
    speed: up ? LINK_SPEED : 0,
    duplex: up ? 'full' : 'unknown',
    // The MAC client using the primary address: IP, named after the link.
    client: linkHeld(k, link.name) ? link.name : '',
  };
}

function setMtu(k: Kernel, link: Datalink, mtu: number): void {
  if (!Number.isInteger(mtu) || mtu <= 0 || mtu > 0xffffffff) throw new KernelError(ERRNO.EINVAL);
  if (mtu === link.mtu) return;
  if (linkHeld(k, link.name)) throw new KernelError(ERRNO.EBUSY);
  if (mtu < LINK_DEFAULT_MTU || mtu > LINK_MAX_MTU) throw new KernelError(ERRNO.EINVAL);
  link.mtu = mtu;
  k.dirty = true;
}

function setMacAddress(k: Kernel, link: Datalink, addr: readonly number[] | null): void {
  const factory = link.factoryMac ?? link.mac;
  let text = factory;
  if (addr !== null) {
    if (addr.length !== 6 || !addr.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)) throw new KernelError(ERRNO.EINVAL);
    if ((addr[0] & 1) !== 0) throw new KernelError(ERRNO.EINVAL);
    text = addr.map((b) => b.toString(16).padStart(2, '0')).join(':');
  }
  if (link.factoryMac === undefined) link.factoryMac = factory;
  if (link.mac === text) return;
  link.mac = text;
  k.dirty = true;
}

/** DLDIOC_SETMACPROP: set (or, with no value, reset) one MAC property. Privileged. */
export function setMacProp(k: Kernel, req: IoctlArg<'DLDIOC_SETMACPROP'>): Empty {
  k.requirePrivilege();
  const link = linkOf(k, req.link);
  if (req.prop === 'mtu') setMtu(k, link, req.mtu ?? LINK_DEFAULT_MTU);
  else if (req.prop === 'mac-address') setMacAddress(k, link, req.addr ?? null);
  else throw new KernelError(ERRNO.ENOTSUP);
  return {};
}

/** DLDIOC_RENAME: the link takes another name; the order of the links is kept. Privileged. */
export function renameLink(k: Kernel, req: IoctlArg<'DLDIOC_RENAME'>): Empty {
  k.requirePrivilege();
  const link = linkOf(k, req.link);
  if (req.newName === req.link || Object.prototype.hasOwnProperty.call(k.state.links, req.newName)) throw new KernelError(ERRNO.EEXIST);
  if (linkHeld(k, link.name)) throw new KernelError(ERRNO.EBUSY);
  if (!validLinkname(req.newName)) throw new KernelError(ERRNO.EINVAL);
  const device = deviceOf(k, link);
  const renamed: Record<string, Datalink> = {};
  for (const [name, l] of Object.entries(k.state.links)) {
    if (name === req.link) renamed[req.newName] = { ...l, name: req.newName, device };
    else renamed[name] = l;
  }
  k.state.links = renamed;
  k.dirty = true;
  return {};
}
