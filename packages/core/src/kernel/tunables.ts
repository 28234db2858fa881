// Protocol tunables: the kernel's mod_prop_info_t tables (ip_tunables.c, tcp_tunables.c,
// udp_tunables.c, sctp_tunables.c, icmp.c) and SIOCGETPROP / SIOCSETPROP (ip_if.c
// ip_sioctl_getsetprop, inet/tunables.c mod_get_* / mod_set_*). Values travel as text, as in
// mod_ioc_prop_t's mpr_val; the state keeps only the values that differ from the boot value,
// keyed by protocol and name. Which tunables exist is the release's kernel's table.
import { ERRNO, IFF, KernelError } from '../wire';
import type { Kernel } from './kernel';
import type { IoctlArg, IoctlReply } from './ioctl-types';
import type { Family } from './model';
import { sendIfinfo } from './rtsock/emit';
import { MIN_MTU } from './if/lif-misc';
import { tunableKey, tunableValue } from './tunables-store';

/** mpr_proto (inet/tunables.h). */
export const MOD_PROTO = { NONE: 0x00, IPV4: 0x01, IPV6: 0x02, RAWIP: 0x04, TCP: 0x08, UDP: 0x10, SCTP: 0x20, IP: 0x03 } as const;
/** mpr_flags (inet/tunables.h). */
export const MOD_PROP = { ACTIVE: 0x01, DEFAULT: 0x02, POSSIBLE: 0x04, PERM: 0x08, APPEND: 0x10, REMOVE: 0x20 } as const;
/** MOD_PROP_PERM_*. */
export const MOD_PROP_PERM = { READ: 0x1, WRITE: 0x2, RW: 0x3 } as const;

/** How a tunable is read and written (the mpi_setf/mpi_getf pairs of the tables). */
type Kind =
  | 'boolean' // mod_set_boolean / mod_get_boolean
  | 'uint32' // mod_set_uint32 / mod_get_uint32
  | 'anon' // mod_set_anon / mod_get_anon: the smallest/largest anonymous port bound each other
  | 'buf' // mod_set_buf / mod_get_buf: send/recv buffers bounded by max_buf
  | 'maxbuf' // mod_set_max_buf / mod_get_max_buf
  | 'privports' // mod_set_extra_privports / mod_get_extra_privports
  | 'forwarding' // ip_set_forwarding / ip_get_forwarding
  | 'hostmodel' // ip_set_hostmodel / ip_get_hostmodel
  | 'mtu'; // ip_get_mtu (read-only; per interface)

interface Tunable {
  name: string;
  proto: number;
  kind: Kind;
  min: number;
  max: number;
  def: number;
}

const t = (name: string, proto: number, kind: Kind, min: number, max: number, def: number): Tunable => ({ name, proto, kind, min, max, def });
const bool = (name: string, proto: number, def: boolean) => t(name, proto, 'boolean', 0, 1, def ? 1 : 0);
const { IP, IPV4, IPV6, RAWIP, TCP, UDP, SCTP } = MOD_PROTO;

/** ULP_MAX_PORT, ULP_DEF_SMALL_ANONPORT, ULP_DEF_EPRIV_PORT1/2 (inet/tunables.h). */
const ULP_MAX_PORT = 65535;
const ULP_DEF_SMALL_ANONPORT = 32768;
const DEF_EPRIV_PORTS = [2049, 4045];
/** tcps_g_num_epriv_ports (TCP_NUM_EPRIV_PORTS = 64; the same count for udp and sctp). */
const NUM_EPRIV_PORTS = 64;
const MB = 1024 * 1024;

/** The ports and buffers of an upper-layer protocol (tcp_tunables.c, udp_tunables.c, sctp_tunables.c). */
function ulp(proto: number, xmit: [number, number], recv: [number, number], maxbuf: [number, number]): Tunable[] {
  return [
    t('smallest_nonpriv_port', proto, 'uint32', 1024, 32 * 1024, 1024),
    t('smallest_anon_port', proto, 'anon', 1024, ULP_MAX_PORT, ULP_DEF_SMALL_ANONPORT),
    t('largest_anon_port', proto, 'anon', ULP_DEF_SMALL_ANONPORT, ULP_MAX_PORT, ULP_MAX_PORT),
    t('send_buf', proto, 'buf', xmit[0], maxbuf[1], xmit[1]),
    t('recv_buf', proto, 'buf', recv[0], maxbuf[1], recv[1]),
    t('max_buf', proto, 'maxbuf', maxbuf[0], 1 << 30, maxbuf[1]),
    t('extra_priv_ports', proto, 'privports', 1, ULP_MAX_PORT, 0),
  ];
}

/**
 * The public tunables and a few private ones ('_' names) of each protocol, with the bounds and
 * boot values of the Solaris 11 kernel sources; illumos' tables carry the same names and values
 * for these (its send_maxbuf/recv_maxbuf are the library's old names of send_buf/recv_buf).
 */
const TABLE: readonly Tunable[] = [
  bool('_respond_to_echo_broadcast', IP, true),
  bool('_respond_to_echo_multicast', IPV4, true),
  bool('_send_redirects', IPV4, true),
  bool('_forward_directed_broadcasts', IP, false),
  t('ttl', IPV4, 'uint32', 1, 255, 255),
  bool('_forward_src_routed', IPV4, false),
  t('_icmp_err_interval', IP, 'uint32', 0, 99999, 100),
  t('_icmp_err_burst', IP, 'uint32', 1, 99999, 10),
  t('_strict_dst_multihoming', IPV4, 'uint32', 0, 1, 0),
  t('hoplimit', IPV6, 'uint32', 1, 255, 255),
  bool('_forward_src_routed', IPV6, false),
  bool('_respond_to_echo_multicast', IPV6, true),
  bool('_send_redirects', IPV6, true),
  t('_strict_dst_multihoming', IPV6, 'uint32', 0, 1, 0),
  t('forwarding', IPV4, 'forwarding', 0, 1, 0),
  t('forwarding', IPV6, 'forwarding', 0, 1, 0),
  t('_arp_probe_count', IP, 'uint32', 0, 20, 3),
  t('_strict_src_multihoming', IPV4, 'uint32', 0, 2, 0),
  t('_strict_src_multihoming', IPV6, 'uint32', 0, 2, 0),
  t('mtu', IPV4, 'mtu', 0, 0, 0),
  t('mtu', IPV6, 'mtu', 0, 0, 0),
  t('hostmodel', IPV4, 'hostmodel', 0, 2, 0),
  t('hostmodel', IPV6, 'hostmodel', 0, 2, 0),
  // icmp.c icmp_propinfo_tbl (RAWIP_DEF_MAX_SOCKBUF = 256 KB).
  t('_ipv4_ttl', RAWIP, 'uint32', 1, 255, 255),
  t('send_buf', RAWIP, 'buf', 4096, 256 * 1024, 8192),
  t('recv_buf', RAWIP, 'buf', 4096, 256 * 1024, 8192),
  t('max_buf', RAWIP, 'maxbuf', 65536, 1 << 30, 256 * 1024),
  // tcp_tunables.c: TCP_XMIT_LOWATER/HIWATER, TCP_RECV_LOWATER/HIWATER, TCP_DEF_MAX_SOCKBUF.
  ...ulp(TCP, [4096, 49152], [2048, 128000], [8192, MB]),
  t('sack', TCP, 'uint32', 0, 2, 2),
  t('ecn', TCP, 'uint32', 0, 2, 1),
  // udp_tunables.c: UDP_XMIT_*, UDP_RECV_*, UDP_DEF_MAX_SOCKBUF (2 MB).
  ...ulp(UDP, [1024, 56 * 1024], [128, 56 * 1024], [65536, 2 * MB]),
  // sctp_tunables.c: SCTP_XMIT_*, SCTP_RECV_*, SCTP_DEF_MAX_SOCKBUF.
  ...ulp(SCTP, [8192, 102400], [8192, 102400], [8192, MB]),
];

const FAMILY_OF: Record<number, Family> = { [IPV4]: 'inet', [IPV6]: 'inet6' };

/** The protocol's table (mod_get_prop_table): ip, ipv4 and ipv6 share one. */
function tableHas(proto: number): boolean {
  return ([IP, IPV4, IPV6, RAWIP, TCP, UDP, SCTP] as number[]).includes(proto);
}

/** ip_sioctl_getsetprop's search: the name and the protocol must both match. */
function lookup(proto: number, name: string): Tunable {
  if (!tableHas(proto)) throw new KernelError(ERRNO.EINVAL);
  const p = TABLE.find((x) => x.name === name && x.proto === proto);
  if (!p) throw new KernelError(ERRNO.ENOENT);
  return p;
}

const key = (p: Tunable) => tunableKey(p.proto, p.name);

function curRaw(k: Kernel, p: Tunable): string {
  return tunableValue(k, p.proto, p.name, p.kind === 'privports' ? DEF_EPRIV_PORTS.join(',') : String(p.def));
}

function cur(k: Kernel, p: Tunable): number {
  return Number(curRaw(k, p));
}

function store(k: Kernel, p: Tunable, value: string): void {
  const def = p.kind === 'privports' ? DEF_EPRIV_PORTS.join(',') : String(p.def);
  const tun = { ...(k.state.tunables ?? {}) };
  if (value === def) delete tun[key(p)];
  else tun[key(p)] = value;
  k.state.tunables = tun;
  k.dirty = true;
}

function named(proto: number, name: string): Tunable {
  return TABLE.find((x) => x.name === name && x.proto === proto)!;
}

/** ddi_strtoul in base 10 with nothing after the number; EINVAL otherwise. */
function strtoul(val: string | undefined): number {
  if (val === undefined || !/^[0-9]+$/.test(val)) throw new KernelError(ERRNO.EINVAL);
  return Number(val);
}

/** mod_uint32_value: the default, or a number within the bounds (ERANGE outside). */
function uint32Value(p: Tunable, min: number, max: number, val: string | undefined, flags: number): number {
  if (flags & MOD_PROP.DEFAULT) return p.def;
  const n = strtoul(val);
  if (n < min || n > max) throw new KernelError(ERRNO.ERANGE);
  return n;
}

/** The bounds the getters print as POSSIBLE (mod_get_anon, mod_get_buf, mod_get_max_buf). */
function bounds(k: Kernel, p: Tunable): [number, number] {
  switch (p.kind) {
    case 'anon':
      return p.name === 'smallest_anon_port'
        ? [p.min, cur(k, named(p.proto, 'largest_anon_port'))]
        : [cur(k, named(p.proto, 'smallest_anon_port')), p.max];
    case 'buf':
      return [p.min, cur(k, named(p.proto, 'max_buf'))];
    case 'maxbuf':
      return [Math.max(p.min, cur(k, named(p.proto, 'send_buf')), cur(k, named(p.proto, 'recv_buf'))), p.max];
    default:
      return [p.min, p.max];
  }
}

/** ip_get_hostmodel: the end-system model the strict multihoming tunables make (3 = custom). */
function hostmodel(k: Kernel, proto: number): number {
  const src = cur(k, named(proto, '_strict_src_multihoming'));
  const dst = cur(k, named(proto, '_strict_dst_multihoming'));
  if (src === 0 && dst === 0) return 0;
  if (src === 1 && dst === 0) return 1;
  if (src === 2 && dst === 1) return 2;
  return 3;
}

/** ip_get_mtu: an interface's default (the link's) MTU and the range SIOCSLIFMTU accepts. */
function mtuOf(k: Kernel, p: Tunable, ifname: string | undefined, flags: number): string {
  if (!(flags & (MOD_PROP.DEFAULT | MOD_PROP.POSSIBLE))) throw new KernelError(ERRNO.ENOTSUP);
  if (!ifname) throw new KernelError(ERRNO.ENOTSUP);
  const af = FAMILY_OF[p.proto];
  const ill = k.state.phyints[ifname]?.ills[af];
  if (!ill) throw new KernelError(ERRNO.ENXIO);
  // ill_max_frag: the link's MTU; an interface without a datalink (lo0, IPMP) keeps its own.
  const max = k.state.links[ifname]?.mtu ?? ill.mtu;
  return flags & MOD_PROP.DEFAULT ? String(max) : `${MIN_MTU[af]}-${max}`;
}

/** SIOCGETPROP: one kind of value (mpr_flags) of one tunable, as text. */
export function getProp(k: Kernel, req: IoctlArg<'SIOCGETPROP'>): IoctlReply<'SIOCGETPROP'> {
  const p = lookup(req.proto, req.name);
  const f = req.flags;
  if (!(f & (MOD_PROP.ACTIVE | MOD_PROP.DEFAULT | MOD_PROP.POSSIBLE | MOD_PROP.PERM))) throw new KernelError(ERRNO.EINVAL);
  if (p.kind === 'mtu') return { value: mtuOf(k, p, req.ifname, f) };
  if (p.kind === 'hostmodel') {
    // The rest is the library's to know (ip_get_hostmodel).
    if (!(f & MOD_PROP.ACTIVE)) throw new KernelError(ERRNO.ENOTSUP);
    return { value: String(hostmodel(k, p.proto)) };
  }
  if (f & MOD_PROP.PERM) return { value: String(MOD_PROP_PERM.RW) };
  if (p.kind === 'privports') {
    if (f & MOD_PROP.DEFAULT) return { value: DEF_EPRIV_PORTS.join(',') };
    if (f & MOD_PROP.POSSIBLE) return { value: `${p.min}-${p.max}` };
    return { value: privports(k, p) };
  }
  if (f & MOD_PROP.POSSIBLE) {
    if (p.kind === 'boolean' || p.kind === 'forwarding') return { value: '0,1' };
    const [min, max] = bounds(k, p);
    return { value: `${min}-${max}` };
  }
  if (f & MOD_PROP.DEFAULT) return { value: String(p.def) };
  return { value: curRaw(k, p) };
}

/** SIOCSETPROP: a new value, the default (MOD_PROP_DEFAULT), or one added to or removed from a list. */
export function setProp(k: Kernel, req: IoctlArg<'SIOCSETPROP'>): IoctlReply<'SIOCSETPROP'> {
  k.requirePrivilege();
  const f = req.flags;
  // getset_ioctl_checks: reset, set, or append/remove.
  if ((f & MOD_PROP.DEFAULT) === 0 && f !== MOD_PROP.ACTIVE && f !== (MOD_PROP.ACTIVE | MOD_PROP.APPEND) &&
      f !== (MOD_PROP.ACTIVE | MOD_PROP.REMOVE)) throw new KernelError(ERRNO.EINVAL);
  const p = lookup(req.proto, req.name);
  switch (p.kind) {
    case 'mtu':
      throw new KernelError(ERRNO.EPERM); // no mpi_setf
    case 'boolean': {
      const n = f & MOD_PROP.DEFAULT ? p.def : strtoul(req.value);
      if (n > 1) throw new KernelError(ERRNO.EINVAL);
      store(k, p, String(n));
      break;
    }
    case 'forwarding': {
      const n = f & MOD_PROP.DEFAULT ? p.def : strtoul(req.value);
      if (n > 1) throw new KernelError(ERRNO.EINVAL);
      setForwarding(k, p, n === 1, req.ifname);
      break;
    }
    case 'hostmodel': {
      const n = uint32Value(p, p.min, p.max, req.value, f);
      // ip_set_hostmodel: the model is the pair of strict multihoming tunables.
      const [src, dst] = [[0, 0], [1, 0], [2, 1]][n];
      store(k, named(p.proto, '_strict_src_multihoming'), String(src));
      store(k, named(p.proto, '_strict_dst_multihoming'), String(dst));
      break;
    }
    case 'privports':
      setPrivports(k, p, req.value, f);
      break;
    default: {
      const [min, max] = p.kind === 'uint32' ? [p.min, p.max] : bounds(k, p);
      // mod_set_anon/mod_set_buf/mod_set_max_buf check against the live bounds.
      const n = uint32Value(p, min, max, req.value, f);
      store(k, p, String(n));
    }
  }
  return {};
}

/**
 * ip_set_forwarding: the global value, and every ill of the family brought up to date
 * (ill_forward_set: ILLF_ROUTER and an RTM_IFINFO; the loopback is refused and skipped). With an
 * interface name only that ill changes.
 */
function setForwarding(k: Kernel, p: Tunable, on: boolean, ifname?: string): void {
  const perIll = !!ifname;
  if (!perIll) store(k, p, on ? '1' : '0');
  const af = FAMILY_OF[p.proto];
  for (const phyint of Object.values(k.state.phyints)) {
    const ill = phyint.ills[af];
    if (!ill || (perIll && phyint.name !== ifname)) continue;
    if ((phyint.flags & IFF.LOOPBACK) !== 0n) continue;
    if (((ill.flags & IFF.ROUTER) !== 0n) === on) continue;
    if (on) ill.flags |= IFF.ROUTER;
    else ill.flags &= ~IFF.ROUTER;
    k.dirty = true;
    sendIfinfo(k, { phyint, ill, ipif: ill.ipifs[0] });
  }
}

/**
 * mod_set_extra_privports: one port assigned, added or removed; the default pair on reset. The
 * ports live in a fixed array where a removed port leaves a free slot that the next added port
 * fills, so the list keeps its slots (0 = free) and shows only the ports.
 */
function setPrivports(k: Kernel, p: Tunable, val: string | undefined, f: number): void {
  if (f & MOD_PROP.DEFAULT) {
    store(k, p, DEF_EPRIV_PORTS.join(','));
    return;
  }
  const n = strtoul(val);
  if (n < p.min || n > p.max) throw new KernelError(ERRNO.ERANGE);
  const slots = curRaw(k, p).split(',').map(Number);
  const i = slots.indexOf(n);
  if (f & MOD_PROP.REMOVE) {
    if (i < 0) throw new KernelError(ERRNO.ESRCH);
    slots[i] = 0;
  } else if (f & MOD_PROP.APPEND) {
    if (i >= 0) throw new KernelError(ERRNO.EEXIST);
    const free = slots.indexOf(0);
    if (free >= 0) slots[free] = n;
    else if (slots.length < NUM_EPRIV_PORTS) slots.push(n);
    else throw new KernelError(ERRNO.EOVERFLOW);
  } else {
    slots.splice(0, slots.length, n);
  }
  while (slots.length > 1 && slots[slots.length - 1] === 0) slots.pop();
  store(k, p, slots.join(','));
}

/** mod_get_extra_privports (MOD_PROP_ACTIVE): the ports in slot order. */
function privports(k: Kernel, p: Tunable): string {
  return curRaw(k, p).split(',').filter((s) => s !== '0' && s !== '').join(',');
}
