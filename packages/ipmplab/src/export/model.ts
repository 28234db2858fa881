// What `ipmplab export` knows of a host: what ifconfig -a reads of each logical interface, the
// static routes of the forwarding table, the persistent routes and in.mpathd's settings as the
// host's files hold them. Every form (ifconfig, ipadm, files) is written from this alone.
import type { Family, Release } from '@ipmplab/core/syscalls';
import type { LifStatus } from '@ipmplab/ifconfig';

/** A route added with route(8): RTF_STATIC in the forwarding table. */
export interface ExportRoute {
  family: Family;
  dst: string;
  prefixlen: number;
  /** The gateway ('' for none); for an -interface route, the interface's own address. */
  gateway: string;
  host: boolean;
  /** RTF_GATEWAY: through a gateway (else -interface: the destination is on the link). */
  viaGateway: boolean;
  reject: boolean;
  blackhole: boolean;
  mtu: number;
  hopcount: number;
}

export interface ExportHost {
  name: string;
  release: Release;
  /** The host's datalinks, for the header (the target must have links of these names). */
  links: string[];
  /** Each datalink's MTU: an interface's differs only when ifconfig mtu set it. */
  linkMtus: Record<string, number>;
  /** Every logical interface of both families, in the kernel's order (SIOCGLIFCONF). */
  lifs: LifStatus[];
  routes: ExportRoute[];
  /** "family address" of each address with an interface route, in the order they came up. */
  upOrder: string[];
  /** /etc/inet/static_routes: each line is what route -p add was given. */
  persistent: string[];
  /** /etc/default/mpathd's settings that differ from the defaults, as KEY=VALUE. */
  mpathd: string[];
  /** /etc/default/mpathd as the host has it, when a setting differs from the defaults. */
  mpathdFile?: string;
  /** The interfaces offline (if_mpadm -d), which is state an administrator made, not a flag to set. */
  offline: string[];
}
