// What libipadm's walks return: ipadm_if_info_t (ipadm_if_info) and ipadm_addr_info_t
// (ipadm_addr_info), as the ipadm printers read them.
import type { Family } from '@ipmplab/core/syscalls';

/** IFIF_* / IPADM_IF_CLASS_*: what the interface is. */
export type IfClass = 'loopback' | 'ip' | 'ipmp' | 'vni';

/** ipadm_if_state_t (show-if STATE). */
export type IfState = 'ok' | 'down' | 'disabled' | 'failed' | 'offline';

/** ipadm_if_info_t. */
export interface IfInfo {
  name: string;
  class: IfClass;
  state: IfState;
  /** The IFIF_* flags of the active interface (show-if CURRENT); empty when only persistent. */
  cflags: ReadonlySet<IfCurrentFlag>;
  /** The persistent families and roles (show-if PERSISTENT): IFIF_IPV4, IFIF_IPV6, standby, under IPMP. */
  pflags: ReadonlySet<IfPersistentFlag>;
  /** ACTIVE: carries data (not INACTIVE, FAILED, OFFLINE, nor disabled). */
  active: boolean;
  /** For an IPMP interface: its members as the kernel has them (OVER). */
  unders: string[];
  /** For an IPMP interface: its members in ipadm.conf (OVER when disabled). */
  punders: string[];
  /** For a member: its IPMP interface ('' for none). */
  ipmpif: string;
}

export type IfCurrentFlag = 'broadcast' | 'multicast' | 'ipv4' | 'ipv6' | 'pointopoint' | 'virtual' | 'standby' | 'underIpmp' | 'inactive' | 'ipmp' | 'vrrp' | 'vrrpAccept' | 'l3protect';
export type IfPersistentFlag = 'ipv4' | 'ipv6' | 'standby' | 'underIpmp';

/** ipadm_addr_type_t. */
export type AddrType = 'static' | 'addrconf' | 'dhcp' | 'none';

/** ipadm_addr_state_t (show-addr STATE). */
export type AddrState = 'disabled' | 'duplicate' | 'down' | 'tentative' | 'ok' | 'inaccessible';

/** ipadm_addr_info_t: one address, active (a logical interface) or only persistent. */
export interface AddrInfo {
  /** The logical interface ("net0", "net0:2"); for a persistent-only address, the interface. */
  lifname: string;
  family: Family;
  /** The address object ('' when the address has none). */
  aobjname: string;
  type: AddrType;
  state: AddrState;
  /** SIOCGLIFFLAGS of the logical interface (0n when only persistent). */
  flags: bigint;
  /** The local address as text ('' when only persistent and not an address). */
  addr: string;
  prefixlen: number;
  /** A point-to-point destination ('' for none). */
  dst: string;
  /** Persistent flags: in ipadm.conf, up=yes, private, deprecated. */
  persistent: { stored: boolean; up: boolean; private: boolean; deprecated: boolean };
  /** For a persistent-only (disabled) address: the saved hostname or literal. */
  savedAddr?: string;
  /** For a persistent-only point-to-point address: the saved destination name or literal. */
  savedDst?: string;
}
