// ipadm_if_info (S11 ipadm_if.c i_ipadm_get_all_if_info, i_ipadm_active_if_info,
// i_ipadm_persist_if_info; illumos 2021 the same walk): the interfaces the kernel has
// (SIOCGLIFCONF order, each once), each with its flags of both families, its state and, for an
// IPMP interface, its members; then ipadm.conf's facts: the persistent families, roles and
// members, and an entry in state "disabled" for an interface only in ipadm.conf.
import { FAMILIES, ioctl, IFF } from '@ipmplab/core/syscalls';
import { ipmgmtGetIf } from '../ipmgmtd';
import { LIFC_ALL } from '../lifc-all';
import type { IpadmHandle } from './handle';
import { getFlags, isLoopback, isUnderIpmp, lnum } from './handle';
import { activeUnders } from './ipmp';
import { isVni } from './persist-if';
import { ifparseIfspec } from './ifspec';
import type { IfCurrentFlag, IfInfo, IfPersistentFlag } from './types';
import type { IpadmStatus } from './status';

/** ipadm_ifflags_tbl (S11) / the IFIF_* tests of illumos' i_ipadm_active_if_info. */
const CFLAGS: [bigint, IfCurrentFlag][] = [
  [IFF.BROADCAST, 'broadcast'], [IFF.INACTIVE, 'inactive'], [IFF.IPV4, 'ipv4'], [IFF.IPV6, 'ipv6'],
  [IFF.L3PROTECT, 'l3protect'], [IFF.MULTICAST, 'multicast'], [IFF.NOACCEPT, 'vrrpAccept'],
  [IFF.POINTOPOINT, 'pointopoint'], [IFF.STANDBY, 'standby'], [IFF.VIRTUAL, 'virtual'], [IFF.VRRP, 'vrrp'],
  [IFF.IPMP, 'ipmp'],
];

export function ipadmIfInfo(iph: IpadmHandle, ifname?: string): { status: IpadmStatus; info: IfInfo[] } {
  if (ifname !== undefined) {
    const sp = ifparseIfspec(ifname);
    if (!sp.valid || sp.lunvalid) return { status: 'INVALID_ARG', info: [] };
  }
  const info = activeIfInfo(iph, ifname);
  const persist = ipmgmtGetIf(iph.files, ifname);
  if (persist.err !== 0) {
    return ifname !== undefined && info.length === 0 ? { status: 'ENXIO', info } : { status: 'SUCCESS', info };
  }
  for (const p of persist.ifs) {
    const pflags = new Set<IfPersistentFlag>();
    for (const af of p.families) pflags.add(af === 'inet' ? 'ipv4' : 'ipv6');
    if (p.ipmpif !== '') pflags.add('underIpmp');
    if (p.standby) pflags.add('standby');
    const a = info.find((i) => i.name === p.name);
    if (a) {
      a.pflags = pflags;
      a.punders = [...p.underifs];
    } else {
      info.push({
        name: p.name, class: p.cls === '' ? 'ip' : p.cls, state: 'disabled', cflags: new Set(), pflags,
        active: false, unders: [], punders: [...p.underifs], ipmpif: p.ipmpif,
      });
    }
  }
  return { status: 'SUCCESS', info };
}

/** i_ipadm_active_if_info. */
function activeIfInfo(iph: IpadmHandle, ifname?: string): IfInfo[] {
  const entries = ioctl(iph.k, 'SIOCGLIFCONF', { af: 'unspec', flags: LIFC_ALL }).entries;
  const out: IfInfo[] = [];
  for (const e of entries) {
    if (lnum(e.name) !== 0 || (ifname !== undefined && e.name !== ifname) || out.some((i) => i.name === e.name)) continue;
    const first = getFlags(iph, e.name, e.family);
    if (first.status !== 'SUCCESS') continue;
    const flags = first.flags;
    const anyUp = entries.some((x) => x.name.split(':')[0] === e.name && (getFlags(iph, x.name, x.family).flags & IFF.UP) !== 0n);
    let state: IfInfo['state'];
    let active = false;
    if ((flags & IFF.RUNNING) === 0n || (flags & IFF.FAILED) !== 0n) state = 'failed';
    else if ((flags & IFF.OFFLINE) !== 0n) state = 'offline';
    else if (!anyUp) state = 'down';
    else {
      state = 'ok';
      active = (flags & IFF.INACTIVE) === 0n;
    }
    let all = flags;
    for (const af of FAMILIES) if (af !== e.family) all |= getFlags(iph, e.name, af).flags;
    const cflags = new Set<IfCurrentFlag>(CFLAGS.filter(([f]) => (all & f) !== 0n).map(([, n]) => n));
    let cls: IfInfo['class'] = 'ip';
    let unders: string[] = [];
    let ipmpif = '';
    if ((flags & IFF.IPMP) !== 0n) {
      cls = 'ipmp';
      unders = activeUnders(iph, e.name);
    } else if (isVni(e.name)) cls = 'vni';
    else if (isLoopback(e.name)) cls = 'loopback';
    else if (isUnderIpmp(iph, e.name)) {
      cflags.add('underIpmp');
      ipmpif = groupIfname(iph, e.name);
    }
    out.push({ name: e.name, class: cls, state, cflags, pflags: new Set(), active, unders, punders: [], ipmpif });
  }
  return out;
}

/** The IPMP interface of a member's group. */
function groupIfname(iph: IpadmHandle, ifname: string): string {
  for (const af of FAMILIES) {
    try {
      const { group } = ioctl(iph.k, 'SIOCGLIFGROUPNAME', { name: ifname, af });
      return ioctl(iph.k, 'SIOCGLIFGROUPINFO', { group }).grifname;
    } catch {
      // not plumbed for this family
    }
  }
  return '';
}
