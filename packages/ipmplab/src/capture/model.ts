// What a capture from a real host holds once read: the interfaces ifconfig -a showed, the routes
// netstat -rn listed, IPMP groups, address objects, datalinks, boot files, probe targets, and
// every line that was not understood (never dropped silently).
export type CaptureKind = 'ifconfig-a' | 'netstat-rn' | 'ipadm-show-addr' | 'ipadm-show-if' | 'ipadm-overview' | 'ipmpstat-g' | 'ipmpstat-i' | 'ipmpstat-a'
  | 'ipmpstat-t' | 'ipmpstat-p' | 'ipmpstat-parsable' | 'dladm-show-link' | 'dladm-show-phys' | 'hostname-file' | 'static-routes';

/** A line no parser understood: its number in the file (1-based), its text and why. */
export interface Unparsed {
  line: number;
  text: string;
  why: string;
}

export interface CapturedLif {
  /** net0, net0:1, ipmp0 */
  name: string;
  family: 'inet' | 'inet6';
  /** The flag names as printed (UP, BROADCAST, ..., IPMP, NOFAILOVER, STANDBY, ...). */
  flags: string[];
  /** The flags' hexadecimal value as printed (every bit, those without a name too). */
  flagsHex?: string;
  mtu?: number;
  metric?: number;
  index?: number;
  address?: string;
  prefixlen?: number;
  broadcast?: string;
  destination?: string;
  group?: string;
  /** As printed: 0:14:4f:1:2:3 */
  ether?: string;
  zone?: string;
}

export interface CapturedRoute {
  family: 'inet' | 'inet6';
  /** 'default' or an address. */
  destination: string;
  /** IPv6 rows carry it; netstat -rn prints no IPv4 mask. */
  prefixlen?: number;
  gateway: string;
  flags: string;
  interface?: string;
}

export interface CapturedGroup {
  name: string;
  /** The IPMP interface (ipmpstat -g's GROUP column). */
  interface?: string;
  /** As printed: 10.00s, or -- */
  fdt?: string;
  state?: string;
  members: { name: string; standby?: boolean; active?: boolean; state?: string }[];
}

export interface CapturedAddrObj {
  addrobj: string;
  type: string;
  state: string;
  address: string;
}

export interface CapturedLink {
  name: string;
  class?: string;
  mtu?: number;
  state?: string;
  over?: string;
  media?: string;
  device?: string;
  mac?: string;
}

export interface CapturedFile {
  path: string;
  content: string;
}

export interface Capture {
  kind: CaptureKind;
  lifs: CapturedLif[];
  routes: CapturedRoute[];
  groups: CapturedGroup[];
  addrobjs: CapturedAddrObj[];
  links: CapturedLink[];
  files: CapturedFile[];
  probeTargets: { interface: string; targets: string[] }[];
  /** ipmpstat -i's members: group, standby (s), and the interface's state. */
  members: { name: string; group: string; standby: boolean; state: string; link: string }[];
  unparsed: Unparsed[];
}

export function emptyCapture(kind: CaptureKind): Capture {
  return { kind, lifs: [], routes: [], groups: [], addrobjs: [], links: [], files: [], probeTargets: [], members: [], unparsed: [] };
}
