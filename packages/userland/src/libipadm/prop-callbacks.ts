// The get/set callbacks of the interface and protocol property tables (ipadm_prop.c
// i_ipadm_get_prop, i_ipadm_set_prop, i_ipadm_get/set_ifprop_flags, _mtu, _metric, _usesrc,
// _forwarding, _hostmodel, _ecnsack, i_ipadm_set_eprivport, i_ipadm_get/set_group,
// i_ipadm_get_onoff), each on the kernel's lifreq ioctls or SIOCGETPROP/SIOCSETPROP.
import { FAMILIES, ioctl, IFF, KernelError, MOD_PROP, MOD_PROTO, ERRNO, parseLifName } from '@ipmplab/core/syscalls';
import type { Family } from '@ipmplab/core/syscalls';
import { ifIndexToName, ifNameToIndex } from '../libsocket';
import { nvGet } from '../ipmgmtd';
import { IPADM_CONF_HEADER, IPADM_CONF_PATH, readNvFile } from '../ipmgmtd/files';
import type { IpadmHandle } from './handle';
import { getFlags, ifEnabled, isIpmp, setFlags, statusOf } from './handle';
import { ipadmErrno2status } from './status';
import type { IpadmStatus } from './status';
import { fail, ok } from './prop-types';
import type { GetFn, GetResult, PropDesc, PropObj, SetFn, ValType } from './prop-types';

export const ONSTR = 'on';
export const OFFSTR = 'off';
const NONESTR = 'none';
const DEF_METRIC_VAL = 0;

const MOD_FLAG: Record<ValType, number> = { active: MOD_PROP.ACTIVE, default: MOD_PROP.DEFAULT, possible: MOD_PROP.POSSIBLE, perm: MOD_PROP.PERM, persist: 0 };
const familyOf = (proto: number): Family => (proto === MOD_PROTO.IPV6 ? 'inet6' : 'inet');

/** An errno as libipadm maps it; EOVERFLOW (a full port list) has its own status. */
function errnoStatus(e: KernelError): IpadmStatus {
  return e.errno === ERRNO.EOVERFLOW ? 'EOVERFLOW' : ipadmErrno2status(e.errno);
}

function kernelStatus(f: () => void): IpadmStatus {
  try {
    f();
    return 'SUCCESS';
  } catch (e) {
    if (e instanceof KernelError) return e.errno === ERRNO.ENOENT ? 'PROP_UNKNOWN' : errnoStatus(e);
    throw e;
  }
}

/** i_ipadm_get_prop: SIOCGETPROP; ENOENT is an unknown property. */
export const getKernelProp: GetFn = (iph, ifname, pd, proto, valtype) => {
  let value = '';
  const status = kernelStatus(() => {
    value = ioctl(iph.k, 'SIOCGETPROP', { proto, name: pd.name, flags: MOD_FLAG[valtype], ifname }).value;
  });
  return status === 'SUCCESS' ? ok(value) : fail(status);
};

/** i_ipadm_set_prop: SIOCSETPROP, MOD_PROP_DEFAULT for a reset (no value then). */
export const setKernelProp: SetFn = (iph, ifname, pd, pval, proto, o) => {
  let flags = 0;
  if (o.default) flags = MOD_PROP.DEFAULT;
  else if (o.active) flags = MOD_PROP.ACTIVE | (o.append ? MOD_PROP.APPEND : o.remove ? MOD_PROP.REMOVE : 0);
  return kernelStatus(() => {
    ioctl(iph.k, 'SIOCSETPROP', { proto, name: pd.name, flags, value: o.default ? undefined : pval, ifname });
  });
};

/** i_ipadm_get_onoff: the POSSIBLE of every on/off property. */
export const getOnoff: GetFn = () => ok(`${ONSTR},${OFFSTR}`);

/** The boot value of a flag property (i_ipadm_get_ifprop_flags, MOD_PROP_DEFAULT). */
function flagDefault(name: string): string | undefined {
  if (['exchange_routes', 'arp', 'nud'].includes(name)) return ONSTR;
  if (['forwarding', 'standby'].includes(name)) return OFFSTR;
  return undefined;
}

/** The interface flag each on/off property stands for, and whether "on" means the flag set. */
const FLAG_OF: Record<string, [bigint, boolean]> = {
  exchange_routes: [IFF.NORTEXCH, false],
  arp: [IFF.NOARP, false],
  nud: [IFF.NONUD, false],
  forwarding: [IFF.ROUTER, true],
  standby: [IFF.STANDBY, true],
};

/** The family an `ip` (both-families) property acts on: IPv4 when the interface has it. */
function afFor(iph: IpadmHandle, ifname: string, proto: number): Family {
  if (proto === MOD_PROTO.IP) return ifEnabled(iph, ifname, 'inet') ? 'inet' : 'inet6';
  return familyOf(proto);
}

/** i_ipadm_set_ifprop_flags. */
export const setIfpropFlags: SetFn = (iph, ifname, pd, pvalIn, proto, o) => {
  let pval = pvalIn;
  if (o.default) {
    pval = flagDefault(pd.name);
    if (pval === undefined) return 'PROP_UNKNOWN';
  }
  let on: boolean;
  if (pval === ONSTR) on = true;
  else if (pval === OFFSTR) on = false;
  else return 'INVALID_ARG';
  const [flag, setWhenOn] = FLAG_OF[pd.name] ?? [0n, true];
  if (flag === 0n) return 'SUCCESS';
  const set = on === setWhenOn;
  return setFlags(iph, ifname!, afFor(iph, ifname!, proto), set ? flag : 0n, set ? 0n : flag);
};

/** i_ipadm_get_ifprop_flags. */
export const getIfpropFlags: GetFn = (iph, ifname, pd, proto, valtype) => {
  if (valtype === 'default') {
    const v = flagDefault(pd.name);
    return v === undefined ? fail('PROP_UNKNOWN') : ok(v);
  }
  if (valtype !== 'active') return fail('INVALID_ARG');
  const f = getFlags(iph, ifname!, afFor(iph, ifname!, proto));
  if (f.status !== 'SUCCESS') return fail(f.status);
  const [flag, setWhenOn] = FLAG_OF[pd.name];
  return ok(((f.flags & flag) !== 0n) === setWhenOn ? ONSTR : OFFSTR);
};

/** i_ipadm_set_forwarding: per interface through IFF_ROUTER, else the global tunable (0/1). */
export const setForwarding: SetFn = (iph, ifname, pd, pval, proto, o) => {
  if (ifname !== undefined) return setIfpropFlags(iph, ifname, pd, pval, proto, o);
  let val = pval;
  if (!o.default && !iph.legacy) {
    if (pval === ONSTR) val = '1';
    else if (pval === OFFSTR) val = '0';
    else return 'INVALID_ARG';
  }
  return setKernelProp(iph, undefined, pd, val, proto, o);
};

/** i_ipadm_get_forwarding: the interface's IFF_ROUTER, or the global value as on/off. */
export const getForwarding: GetFn = (iph, ifname, pd, proto, valtype) => {
  if (ifname !== undefined) return getIfpropFlags(iph, ifname, pd, pd.proto, valtype);
  const r = getKernelProp(iph, undefined, pd, proto, valtype);
  if (r.status !== 'SUCCESS' || iph.legacy || valtype === 'perm') return r;
  return ok(Number.parseInt(r.value, 10) === 1 ? ONSTR : OFFSTR);
};

/** strtol(pval, &end, 10) with the whole string used. */
function strtolAll(s: string | undefined): number | undefined {
  if (s === undefined || !/^\s*[+-]?[0-9]+$/.test(s)) return undefined;
  return Number.parseInt(s, 10);
}

/** i_ipadm_set_mtu: a reset asks the kernel for the interface's default first. */
export const setMtu: SetFn = (iph, ifname, pd, pvalIn, proto, o) => {
  let pval = pvalIn;
  if (o.default) {
    const d = getKernelProp(iph, ifname, pd, proto, 'default');
    if (d.status !== 'SUCCESS') return d.status;
    pval = d.value;
  }
  const mtu = strtolAll(pval);
  if (mtu === undefined) return 'INVALID_ARG';
  // (uint_t) of a negative number wraps: the kernel refuses it as out of range.
  return statusOf(() => ioctl(iph.k, 'SIOCSLIFMTU', { name: ifname!, af: familyOf(proto), mtu: mtu >>> 0 }));
};

/** i_ipadm_get_mtu: DEFAULT and POSSIBLE from the kernel's ip tunables, ACTIVE by SIOCGLIFMTU. */
export const getMtu: GetFn = (iph, ifname, pd, proto, valtype) => {
  if (valtype === 'default' || valtype === 'possible') return getKernelProp(iph, ifname, pd, proto, valtype);
  if (valtype !== 'active') return fail('INVALID_ARG');
  let mtu = 0;
  const status = statusOf(() => {
    mtu = ioctl(iph.k, 'SIOCGLIFMTU', { name: ifname!, af: familyOf(proto) }).mtu;
  });
  return status === 'SUCCESS' ? ok(String(mtu)) : fail(status);
};

/** i_ipadm_set_metric. */
export const setMetric: SetFn = (iph, ifname, _pd, pval, proto, o) => {
  let metric = DEF_METRIC_VAL;
  if (!o.default) {
    const m = strtolAll(pval);
    if (m === undefined) return 'INVALID_ARG';
    metric = m | 0;
  }
  return statusOf(() => ioctl(iph.k, 'SIOCSLIFMETRIC', { name: ifname!, af: familyOf(proto), metric }));
};

/** i_ipadm_get_metric. */
export const getMetric: GetFn = (iph, ifname, _pd, proto, valtype) => {
  if (valtype === 'default') return ok(String(DEF_METRIC_VAL));
  if (valtype !== 'active') return fail('INVALID_ARG');
  let metric = 0;
  const status = statusOf(() => {
    metric = ioctl(iph.k, 'SIOCGLIFMETRIC', { name: ifname!, af: familyOf(proto) }).metric;
  });
  return status === 'SUCCESS' ? ok(String(metric)) : fail(status);
};

/** i_ipadm_validate_ifname: a physical interface name (no logical unit). */
export function validIfname(name: string): boolean {
  const p = parseLifName(name);
  return typeof p !== 'string' && p.id === 0 && !name.includes(':');
}

/** i_ipadm_set_usesrc: the interface whose addresses become the source, or none. */
export const setUsesrc: SetFn = (iph, ifname, _pd, pvalIn, proto, o) => {
  const pval = o.default ? NONESTR : pvalIn!;
  // S11 answers a bad name with IPADM_INVALID_IFNAME, illumos with IPADM_INVALID_ARG.
  if (pval !== NONESTR && !validIfname(pval)) return iph.release === 'solaris11' ? 'INVALID_NAME' : 'INVALID_ARG';
  const af = familyOf(proto);
  let index = 0;
  if (pval !== NONESTR) {
    const r = ifNameToIndex(iph.k, pval);
    if (r.index === 0) return ipadmErrno2status(r.errno);
    index = r.index;
  } else {
    const st = statusOf(() => ioctl(iph.k, 'SIOCGLIFUSESRC', { name: ifname!, af }));
    if (st !== 'SUCCESS') return st;
  }
  return statusOf(() => ioctl(iph.k, 'SIOCSLIFUSESRC', { name: ifname!, af, index }));
};

/** i_ipadm_get_usesrc. */
export const getUsesrc: GetFn = (iph, ifname, _pd, proto, valtype) => {
  if (valtype === 'default') return ok(NONESTR);
  if (valtype !== 'active') return fail('INVALID_ARG');
  let index = 0;
  const status = statusOf(() => {
    index = ioctl(iph.k, 'SIOCGLIFUSESRC', { name: ifname!, af: familyOf(proto) }).index;
  });
  if (status !== 'SUCCESS') return fail(status);
  if (index === 0) return ok(NONESTR);
  const name = ifIndexToName(iph.k, index);
  return name === undefined ? fail('ENXIO') : ok(name);
};

/** esm_arr: the end-system models by their kernel values (3 is what no model matches). */
const HOSTMODELS = ['weak', 'src-priority', 'strong', 'custom'];

/** i_ipadm_set_hostmodel. */
export const setHostmodel: SetFn = (iph, _obj, pd, pval, proto, o) => {
  let val = pval;
  if (!o.default) {
    const i = HOSTMODELS.indexOf(pval ?? '');
    if (i < 0 || i === 3) return 'INVALID_ARG';
    val = String(i);
  }
  return setKernelProp(iph, undefined, pd, val, proto, o);
};

/** i_ipadm_get_hostmodel: only the current value comes from the kernel. */
export const getHostmodel: GetFn = (iph, obj, pd, proto, valtype) => {
  switch (valtype) {
    case 'perm': return ok('3');
    case 'default': return ok('weak');
    case 'possible': return ok('strong,src-priority,weak');
    case 'active': {
      const r = getKernelProp(iph, obj, pd, proto, valtype);
      if (r.status !== 'SUCCESS') return r;
      return ok(HOSTMODELS[Number(r.value)] ?? '?');
    }
    default: return fail('INVALID_ARG');
  }
};

/** ecn_sack_vals. */
const ECN_SACK = ['never', 'passive', 'active'];

/** i_ipadm_set_ecnsack. */
export const setEcnsack: SetFn = (iph, obj, pd, pval, proto, o) => {
  let val = pval;
  if (!o.default && !iph.legacy) {
    const i = ECN_SACK.indexOf(pval ?? '');
    if (i < 0) return 'INVALID_ARG';
    val = String(i);
  }
  return setKernelProp(iph, obj, pd, val, proto, o);
};

/** i_ipadm_get_ecnsack. */
export const getEcnsack: GetFn = (iph, obj, pd, proto, valtype) => {
  if (valtype === 'possible') return ok(ECN_SACK.join(','));
  const r = getKernelProp(iph, obj, pd, proto, valtype);
  if (r.status !== 'SUCCESS' || iph.legacy || valtype === 'perm') return r;
  return ok(ECN_SACK[Number.parseInt(r.value, 10)] ?? r.value);
};

/** ipadm_str2nvlist with IPADM_NORVAL: the names of a comma list (empty items skipped). */
export function splitValues(s: string): string[] {
  return [...new Set(s.split(',').filter((v) => v !== ''))];
}

/** i_ipadm_set_eprivport: one port at a time, except when the store is replayed at boot. */
export const setEprivport: SetFn = (iph, obj, pd, pval, proto, oIn) => {
  if (oIn.default) return setKernelProp(iph, obj, pd, undefined, proto, oIn);
  const ports = splitValues(pval ?? '');
  const o = { ...oIn };
  if (o.init) o.append = true;
  else if (ports.length > 1) return 'INVALID_ARG';
  for (const port of ports) {
    const st = setKernelProp(iph, obj, pd, port, proto, o);
    if (st !== 'SUCCESS') return st;
  }
  return 'SUCCESS';
};

/** i_ipadm_set_group (Solaris 11): only an IPMP interface's group can be renamed. */
export const setGroup: SetFn = (iph, ifname, _pd, pval, _proto, o) => {
  if (!isIpmp(iph, ifname!)) return 'NOTSUP';
  const group = o.default ? ifname! : pval!;
  const af = activeAf(iph, ifname!);
  return statusOf(() => ioctl(iph.k, 'SIOCSLIFGROUPNAME', { name: ifname!, af, group }));
};

/** i_ipadm_get_active_af: IPv4 when the interface has it, else IPv6. */
function activeAf(iph: IpadmHandle, ifname: string): Family {
  return FAMILIES.find((af) => ifEnabled(iph, ifname, af)) ?? 'inet';
}

/** i_ipadm_get_group (Solaris 11). */
export const getGroup: GetFn = (iph, ifname, _pd, _proto, valtype): GetResult => {
  const name = ifname!;
  switch (valtype) {
    case 'perm':
      return ok(isIpmp(iph, name) ? '3' : '1');
    case 'default':
      return ok(isIpmp(iph, name) ? name : '');
    case 'possible':
      return ok('');
    case 'active': {
      let group = '';
      const status = statusOf(() => {
        group = ioctl(iph.k, 'SIOCGLIFGROUPNAME', { name, af: activeAf(iph, name) }).group;
      });
      return status === 'SUCCESS' ? ok(group) : fail(status);
    }
    case 'persist': {
      // The persistent IPMP interface of an underlying interface (its `_ipmpif`), whose own
      // group property, if any, names the group; an IPMP interface's own group property.
      const lines = readNvFile(iph.files, IPADM_CONF_PATH, IPADM_CONF_HEADER).lines;
      const ipmpif = lines.map((l) => (nvGet(l, '_ifname') === name ? nvGet(l, '_ipmpif') : undefined)).find((v) => v);
      const owner = ipmpif ?? name;
      const own = lines.find((l) => nvGet(l, '_ifname') === owner && nvGet(l, 'group') !== undefined);
      return ok(own ? nvGet(own, 'group')! : ipmpif ?? '');
    }
  }
};

/** The persistent interfaces (ipadm.conf `_family` lines) for the family, or either. */
export function ifPexists(iph: IpadmHandle, ifname: string, af?: Family): boolean {
  const fam = af === undefined ? undefined : af === 'inet' ? '2' : '26';
  return readNvFile(iph.files, IPADM_CONF_PATH, IPADM_CONF_HEADER).lines.some((l) =>
    nvGet(l, '_ifname') === ifname && nvGet(l, '_family') !== undefined && nvGet(l, '_aobjname') === undefined &&
    (fam === undefined || nvGet(l, '_family') === fam));
}

export type { PropDesc, PropObj };
