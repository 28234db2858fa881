// ipadm_prop.c's property tables (ipadm_ip_prop_table, ipadm_tcp/udp/sctp/icmp_prop_table),
// one set per release: Solaris 11 has the IP interface properties `group` and `standby`;
// illumos has neither, and accepts the old names of the buffer properties (ipd_old_name:
// _max_buf, recv_maxbuf, send_maxbuf). The order is the tables', which the walks follow.
// Solaris 11's tcp/sctp cong_default and cong_enabled (congestion control modules managed
// through SMF) are not simulated.
import { MOD_PROTO } from '@ipmplab/core/syscalls';
import type { Release } from '@ipmplab/core/syscalls';
import * as cb from './prop-callbacks';
import { PROP_CLASS, PROP_FLAG } from './prop-types';
import type { PropDesc } from './prop-types';

const { IF, MODULE, MODIF } = PROP_CLASS;
const { IP, IPV4, IPV6, RAWIP, TCP, UDP, SCTP } = MOD_PROTO;

const d = (name: string, cls: number, proto: number, flags: number, set: PropDesc['set'], getRange: PropDesc['getRange'], get: PropDesc['get'], oldName?: string): PropDesc =>
  ({ name, class: cls, proto, flags, set, getRange, get, oldName });

const generic = (name: string, proto: number, flags = 0, oldName?: string) =>
  d(name, MODULE, proto, flags, cb.setKernelProp, cb.getKernelProp, cb.getKernelProp, oldName);

function ipTable(release: Release): PropDesc[] {
  const table = [
    d('arp', IF, IPV4, 0, cb.setIfpropFlags, cb.getOnoff, cb.getIfpropFlags),
    d('forwarding', MODIF, IPV4, 0, cb.setForwarding, cb.getOnoff, cb.getForwarding),
    d('metric', IF, IPV4, 0, cb.setMetric, undefined, cb.getMetric),
    d('mtu', IF, IPV4, 0, cb.setMtu, cb.getMtu, cb.getMtu),
    d('exchange_routes', IF, IPV4, 0, cb.setIfpropFlags, cb.getOnoff, cb.getIfpropFlags),
    d('usesrc', IF, IPV4, 0, cb.setUsesrc, undefined, cb.getUsesrc),
    generic('ttl', IPV4),
    d('forwarding', MODIF, IPV6, 0, cb.setForwarding, cb.getOnoff, cb.getForwarding),
    generic('hoplimit', IPV6),
    d('metric', IF, IPV6, 0, cb.setMetric, undefined, cb.getMetric),
    d('mtu', IF, IPV6, 0, cb.setMtu, cb.getMtu, cb.getMtu),
    d('nud', IF, IPV6, 0, cb.setIfpropFlags, cb.getOnoff, cb.getIfpropFlags),
    d('exchange_routes', IF, IPV6, 0, cb.setIfpropFlags, cb.getOnoff, cb.getIfpropFlags),
    d('usesrc', IF, IPV6, 0, cb.setUsesrc, undefined, cb.getUsesrc),
    d('hostmodel', MODULE, IPV6, 0, cb.setHostmodel, cb.getHostmodel, cb.getHostmodel),
    d('hostmodel', MODULE, IPV4, 0, cb.setHostmodel, cb.getHostmodel, cb.getHostmodel),
  ];
  if (release === 'solaris11') {
    table.push(
      d('group', IF, IP, PROP_FLAG.GETPERSIST, cb.setGroup, undefined, cb.getGroup),
      d('standby', IF, IP, 0, cb.setIfpropFlags, cb.getOnoff, cb.getIfpropFlags),
    );
  }
  return table;
}

/** The buffer properties; illumos still takes their names of before PSARC 2010/080's rename. */
function bufs(proto: number, release: Release): PropDesc[] {
  const old = (n: string) => (release === 'illumos' ? n : undefined);
  return [
    generic('max_buf', proto, 0, old('_max_buf')),
    generic('recv_buf', proto, 0, old('recv_maxbuf')),
  ];
}

function ports(proto: number): PropDesc {
  return d('extra_priv_ports', MODULE, proto, PROP_FLAG.MULVAL, cb.setEprivport, cb.getKernelProp, cb.getKernelProp);
}

function sendBuf(proto: number, release: Release): PropDesc {
  return generic('send_buf', proto, 0, release === 'illumos' ? 'send_maxbuf' : undefined);
}

function tcpTable(release: Release): PropDesc[] {
  return [
    d('ecn', MODULE, TCP, 0, cb.setEcnsack, cb.getEcnsack, cb.getEcnsack),
    ports(TCP),
    generic('largest_anon_port', TCP),
    ...bufs(TCP, release),
    d('sack', MODULE, TCP, 0, cb.setEcnsack, cb.getEcnsack, cb.getEcnsack),
    sendBuf(TCP, release),
    generic('smallest_anon_port', TCP),
    generic('smallest_nonpriv_port', TCP),
  ];
}

function ulpTable(proto: number, release: Release): PropDesc[] {
  return [
    ports(proto),
    generic('largest_anon_port', proto),
    ...bufs(proto, release),
    sendBuf(proto, release),
    generic('smallest_anon_port', proto),
    generic('smallest_nonpriv_port', proto),
  ];
}

function icmpTable(release: Release): PropDesc[] {
  return [...bufs(RAWIP, release), sendBuf(RAWIP, release)];
}

/** Each release's tables, built the first time they are asked for: most commands never ask. */
const TABLES: Partial<Record<Release, Record<number, PropDesc[]>>> = {};

function build(release: Release): Record<number, PropDesc[]> {
  const ip = ipTable(release);
  return { [IP]: ip, [IPV4]: ip, [IPV6]: ip, [RAWIP]: icmpTable(release), [TCP]: tcpTable(release), [UDP]: ulpTable(UDP, release), [SCTP]: ulpTable(SCTP, release) };
}

/** i_ipadm_get_propdesc_table. */
export function propdescTable(release: Release, proto: number): PropDesc[] | undefined {
  return (TABLES[release] ??= build(release))[proto];
}

/** protocols[]: the tables walked when no protocol is named. */
export const WALK_PROTOCOLS = [IP, RAWIP, TCP, UDP, SCTP];

/**
 * i_ipadm_get_prop_desc: the entry of that name and protocol; EPROTO when the name exists only
 * for another protocol, ENOENT when it does not exist, EINVAL for a protocol without a table.
 */
export function propDesc(release: Release, pname: string, proto: number): { pd?: PropDesc; err: 0 | 'EINVAL' | 'ENOENT' | 'EPROTO' } {
  const table = propdescTable(release, proto);
  if (!table) return { err: 'EINVAL' };
  let matchedName = false;
  for (const pd of table) {
    if (pname === pd.name || (pd.oldName !== undefined && pname === pd.oldName)) {
      matchedName = true;
      if (pd.proto === proto) return { pd, err: 0 };
    }
  }
  return { err: matchedName ? 'EPROTO' : 'ENOENT' };
}
