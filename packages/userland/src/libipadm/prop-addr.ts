// Address properties (ipadm_addr.c ipadm_addrprop_table, i_ipadm_get/set_* callbacks,
// ipadm_get_addrprop, ipadm_set_addrprop). An address object is found in ipmgmtd's map of the
// running system; whether it is also persistent, in ipadm.conf.
import { canonical, ioctl, IFF, maskFromPrefix, toBytes } from '@ipmplab/core/syscalls';
import type { Family } from '@ipmplab/core/syscalls';
import { nvGet } from '../ipmgmtd';
import { AOBJMAP_PATH, IPADM_CONF_HEADER, IPADM_CONF_PATH, readNvFile } from '../ipmgmtd/files';
import type { IpadmHandle } from './handle';
import { getFlags, setFlags, statusOf } from './handle';
import { getNetmask4, mask2plen } from './inetutil';
import type { IpadmStatus } from './status';
import { getOnoff, OFFSTR, ONSTR } from './prop-callbacks';
import { pd2permstr, storeProp } from './prop';
import { fail, ok, PROP_CLASS } from './prop-types';
import type { GetFn, GetResult, PropDesc, PropOpts, SetFn, ValType } from './prop-types';

/** ipadm_addr_type_t as ipmgmtd's map records it (`_atype`); static when absent. */
export type AobjType = 'static' | 'addrconf' | 'dhcp';

/** struct ipadm_addrobj_s, the part the property callbacks use. */
export interface Aobj {
  ifname: string;
  aobjname: string;
  lifnum: number;
  af: Family;
  atype: AobjType;
  /** IPMGMT_ACTIVE: in the running system's map. */
  active: boolean;
  /** IPMGMT_PERSIST: in ipadm.conf. */
  persist: boolean;
}

const ATYPES: Record<string, AobjType> = { 1: 'static', 2: 'addrconf', 3: 'dhcp', static: 'static', addrconf: 'addrconf', dhcp: 'dhcp' };

/**
 * Looks an address object up by name in ipmgmtd's map (IPMGMT_CMD_AOBJNAME2ADDROBJ): every map
 * line carries `_ifname`, `_aobjname`, `_lifnum` and `_family`. (The address work keeps its own
 * reader of the map; when both are merged this lookup should become a call to it.)
 */
export function lookupAobjByName(iph: IpadmHandle, aobjname: string): Aobj | undefined {
  const map = readNvFile(iph.files, AOBJMAP_PATH).lines;
  const line = map.find((l) => nvGet(l, '_aobjname') === aobjname);
  if (!line) return undefined;
  const persist = readNvFile(iph.files, IPADM_CONF_PATH, IPADM_CONF_HEADER).lines.some((l) =>
    nvGet(l, '_aobjname') === aobjname && l.some(([n]) => ['_ipv4addr', '_ipv6addr', '_dhcp', '_intfid'].includes(n)));
  return {
    ifname: nvGet(line, '_ifname') ?? '',
    aobjname,
    lifnum: Number.parseInt(nvGet(line, '_lifnum') ?? '0', 10) || 0,
    af: nvGet(line, '_family') === '26' ? 'inet6' : 'inet',
    atype: ATYPES[nvGet(line, '_atype') ?? ''] ?? 'static',
    active: true,
    persist,
  };
}

/** The address objects of the map, in its order (for show-addrprop without an address walk). */
export function aobjMapNames(iph: IpadmHandle, ifname?: string): string[] {
  return readNvFile(iph.files, AOBJMAP_PATH).lines
    .filter((l) => ifname === undefined || nvGet(l, '_ifname') === ifname)
    .map((l) => nvGet(l, '_aobjname') ?? '')
    .filter((n) => n !== '');
}

/** i_ipadm_addrobj2lifname. */
export const lifnameOf = (a: Aobj): string => (a.lifnum === 0 ? a.ifname : `${a.ifname}:${a.lifnum}`);

type AGet = GetFn<Aobj>;
type ASet = SetFn<Aobj>;

function lifAddr(iph: IpadmHandle, a: Aobj): { status: IpadmStatus; addr: string } {
  let addr = '';
  const status = statusOf(() => {
    addr = ioctl(iph.k, 'SIOCGLIFADDR', { name: lifnameOf(a), af: a.af }).addr;
  });
  return { status, addr };
}

/** i_ipadm_get_default_prefixlen: the netmasks database or the class (IPv4), 64 (IPv6). */
function defaultPrefixlen(af: Family, addr: string): number {
  return af === 'inet' ? mask2plen('inet', getNetmask4(addr)) : 64;
}

/** i_ipadm_get_prefixlen. */
const getPrefixlen: AGet = (iph, a, _pd, _af, valtype) => {
  const f = getFlags(iph, lifnameOf(a), a.af);
  if (f.status !== 'SUCCESS') return fail(f.status);
  if ((f.flags & IFF.POINTOPOINT) !== 0n) return ok('');
  switch (valtype) {
    case 'possible':
      return ok(a.af === 'inet' ? '1-30,32' : '1-126,128');
    case 'default': {
      const r = lifAddr(iph, a);
      return r.status === 'SUCCESS' ? ok(String(defaultPrefixlen(a.af, r.addr))) : fail(r.status);
    }
    case 'active': {
      let mask = '';
      const status = statusOf(() => {
        mask = ioctl(iph.k, 'SIOCGLIFNETMASK', { name: lifnameOf(a), af: a.af }).addr;
      });
      return status === 'SUCCESS' ? ok(String(mask2plen(a.af, mask))) : fail(status);
    }
    default:
      return fail('INVALID_ARG');
  }
};

/** i_ipadm_set_prefixlen: SIOCSLIFNETMASK, then the address again so the broadcast follows. */
const setPrefixlen: ASet = (iph, a, _pd, pval) => {
  if (a.atype === 'dhcp') return 'NOTSUP';
  if (pval === undefined || !/^[0-9]+$/.test(pval)) return 'INVALID_ARG';
  const plen = Number(pval);
  const abits = a.af === 'inet' ? 32 : 128;
  if (plen === 0 || plen === abits - 1) return 'INVALID_ARG';
  if (plen > abits) return 'INVALID_ARG'; // plen2mask: EINVAL
  const name = lifnameOf(a);
  const st = statusOf(() => ioctl(iph.k, 'SIOCSLIFNETMASK', { name, af: a.af, addr: maskFromPrefix(a.af, plen) }));
  if (st !== 'SUCCESS') return st;
  if (a.af === 'inet') {
    statusOf(() => {
      const { addr } = ioctl(iph.k, 'SIOCGLIFADDR', { name, af: a.af });
      ioctl(iph.k, 'SIOCSLIFADDR', { name, af: a.af, addr });
    });
  }
  return 'SUCCESS';
};

/** i_ipadm_get_broadcast: IPv4 with IFF_BROADCAST only. */
const getBroadcast: AGet = (iph, a, pd, af, valtype) => {
  const f = getFlags(iph, lifnameOf(a), a.af);
  if (f.status !== 'SUCCESS') return fail(f.status);
  if ((f.flags & IFF.BROADCAST) === 0n) return ok('');
  switch (valtype) {
    case 'default': {
      const r = lifAddr(iph, a);
      if (r.status !== 'SUCCESS') return fail(r.status);
      const plen = getPrefixlen(iph, a, pd, af, 'default');
      if (plen.status !== 'SUCCESS') return plen;
      const addr = toBytes('inet', r.addr);
      const mask = toBytes('inet', maskFromPrefix('inet', Number(plen.value)));
      return ok(Array.from(addr, (b, i) => (b & mask[i]!) | (~mask[i]! & 0xff)).join('.'));
    }
    case 'active': {
      let addr = '';
      const status = statusOf(() => {
        addr = ioctl(iph.k, 'SIOCGLIFBRDADDR', { name: lifnameOf(a), af: 'inet' }).addr;
      });
      return status === 'SUCCESS' ? ok(canonical('inet', addr) ?? addr) : fail(status);
    }
    default:
      return fail('INVALID_ARG');
  }
};

/** The flag of deprecated, private and transmit, and whether "on" means the flag set. */
const ADDR_FLAG: Record<string, [bigint, boolean, boolean]> = {
  // name: [flag, on means set, default on]
  private: [IFF.PRIVATE, true, false],
  transmit: [IFF.NOXMIT, false, true],
  deprecated: [IFF.DEPRECATED, true, false],
};

/** i_ipadm_set_addr_flag. */
const setAddrFlag: ASet = (iph, a, pd, pval) => {
  if (a.atype === 'dhcp' && pd.name === 'deprecated') return 'NOTSUP';
  let on: boolean;
  if (pval === ONSTR) on = true;
  else if (pval === OFFSTR) on = false;
  else return 'INVALID_ARG';
  const spec = ADDR_FLAG[pd.name];
  if (!spec) return 'PROP_UNKNOWN';
  const set = on === spec[1];
  return setFlags(iph, lifnameOf(a), a.af, set ? spec[0] : 0n, set ? 0n : spec[0]);
};

/** i_ipadm_get_addr_flag. */
const getAddrFlag: AGet = (iph, a, pd, _af, valtype) => {
  const spec = ADDR_FLAG[pd.name];
  if (!spec) return fail('PROP_UNKNOWN');
  if (valtype === 'default') return ok(spec[2] ? ONSTR : OFFSTR);
  if (valtype !== 'active') return fail('INVALID_ARG');
  const f = getFlags(iph, lifnameOf(a), a.af);
  if (f.status !== 'SUCCESS') return fail(f.status);
  return ok(((f.flags & spec[0]) !== 0n) === spec[1] ? ONSTR : OFFSTR);
};

/** The zones there are: only the global zone is simulated. */
const GLOBAL_ZONENAME = 'global';

/**
 * i_ipadm_set_zone: a persistent zone needs a labeled (Trusted Extensions) system, which this
 * is not; a temporary one must name a ready or running zone (getzoneidbyname: EINVAL else).
 */
const setZone: ASet = (iph, a, _pd, pval, _af, o) => {
  if (o.persist) return 'NOTSUP';
  if (!o.active) return 'INVALID_ARG';
  if (pval === 'all-zones') return 'NOTSUP';
  if (pval !== GLOBAL_ZONENAME) return 'INVALID_ARG';
  return statusOf(() => ioctl(iph.k, 'SIOCSLIFZONE', { name: lifnameOf(a), af: a.af, zone: pval }));
};

/** i_ipadm_get_zone (the global zone's view). */
const getZone: AGet = (iph, a, _pd, _af, valtype) => {
  if (valtype === 'default') return ok(GLOBAL_ZONENAME);
  if (valtype !== 'active') return fail('INVALID_ARG');
  let zone = '';
  const status = statusOf(() => {
    zone = ioctl(iph.k, 'SIOCGLIFZONE', { name: lifnameOf(a), af: a.af }).zone;
  });
  return status === 'SUCCESS' ? ok(zone) : fail(status);
};

/** i_ipadm_get_reqhost: the hostname a DHCPv4 address asked for; no DHCP client runs here. */
const getReqhost: AGet = (_iph, _a, _pd, _af, valtype) => (valtype === 'default' || valtype === 'active' ? ok('') : fail('INVALID_ARG'));

const addrOnoff = getOnoff as unknown as AGet;

/** ipadm_addrprop_table (the same in both releases: illumos has reqhost since its 2016 DHCP work). */
export const ADDRPROP_TABLE: readonly PropDesc<Aobj>[] = [
  { name: 'broadcast', class: PROP_CLASS.ADDR, proto: 0, flags: 0, get: getBroadcast },
  { name: 'deprecated', class: PROP_CLASS.ADDR, proto: 0, flags: 0, set: setAddrFlag, getRange: addrOnoff, get: getAddrFlag },
  { name: 'prefixlen', class: PROP_CLASS.ADDR, proto: 0, flags: 0, set: setPrefixlen, getRange: getPrefixlen, get: getPrefixlen },
  { name: 'private', class: PROP_CLASS.ADDR, proto: 0, flags: 0, set: setAddrFlag, getRange: addrOnoff, get: getAddrFlag },
  { name: 'reqhost', class: PROP_CLASS.ADDR, proto: 0, flags: 0, get: getReqhost },
  { name: 'transmit', class: PROP_CLASS.ADDR, proto: 0, flags: 0, set: setAddrFlag, getRange: addrOnoff, get: getAddrFlag },
  { name: 'zone', class: PROP_CLASS.ADDR, proto: 0, flags: 0, set: setZone, get: getZone },
];

const addrpropDesc = (pname: string) => ADDRPROP_TABLE.find((pd) => pd.name === pname);

/** i_ipadm_get_addrobj: the object, or IPADM_OBJ_NOTFOUND. */
function getAddrobj(iph: IpadmHandle, aobjname: string): { status: IpadmStatus; a?: Aobj } {
  const a = lookupAobjByName(iph, aobjname);
  return a ? { status: 'SUCCESS', a } : { status: 'NOTFOUND' };
}

/** ipadm_get_addrprop. */
export function ipadmGetAddrprop(iph: IpadmHandle, pname: string, aobjname: string, valtype: ValType): GetResult {
  const pd = addrpropDesc(pname);
  if (!pd) return fail('PROP_UNKNOWN');
  const { status, a } = getAddrobj(iph, aobjname);
  if (!a) return fail(status);
  if (a.atype === 'addrconf') return fail('NOTSUP');
  switch (valtype) {
    case 'perm':
      return ok(pd2permstr(pd));
    case 'active':
      return a.active ? pd.get!(iph, a, pd, 0, 'active') : ok('');
    case 'default':
      return pd.get!(iph, a, pd, 0, 'default');
    case 'possible':
      return pd.getRange ? pd.getRange(iph, a, pd, 0, 'possible') : ok('');
    case 'persist': {
      const r = readNvFile(iph.files, IPADM_CONF_PATH, IPADM_CONF_HEADER).lines.find((l) =>
        nvGet(l, '_ifname') === a.ifname && nvGet(l, '_aobjname') === a.aobjname && nvGet(l, '_protocol') === undefined && nvGet(l, pname) !== undefined);
      return r ? ok(nvGet(r, pname)!) : fail('NOTFOUND');
    }
  }
}

/** ipadm_set_addrprop. */
export function ipadmSetAddrprop(iph: IpadmHandle, pname: string, pvalIn: string | undefined, aobjname: string, o: PropOpts): IpadmStatus {
  if (!iph.authorized) return 'EAUTH';
  if (!o.default && pvalIn === undefined) return 'INVALID_ARG';
  const pd = addrpropDesc(pname);
  if (!pd) return 'PROP_UNKNOWN';
  if (!pd.set || (o.default && !pd.get)) return 'NOTSUP';
  const { status, a } = getAddrobj(iph, aobjname);
  if (!a) return status;
  if (!a.active) return 'OP_DISABLE_OBJ';
  if (o.persist && !a.persist) return 'TEMPORARY_OBJ';
  if (a.atype === 'addrconf') return 'NOTSUP';
  let pval = pvalIn;
  if (o.default) {
    const d = pd.get!(iph, a, pd, 0, 'default');
    if (d.status !== 'SUCCESS') return d.status;
    pval = d.value;
  }
  const st = pd.set(iph, a, pd, pval, 0, o);
  if (st !== 'SUCCESS') return st;
  if (o.persist) return persistAddrprop(iph, pd, pval, a, o);
  return 'SUCCESS';
}

/** i_ipadm_persist_propval for an address object: stored under its interface and name. */
function persistAddrprop(iph: IpadmHandle, pd: PropDesc<Aobj>, pval: string | undefined, a: Aobj, o: PropOpts): IpadmStatus {
  return storeProp(iph, { ifname: a.ifname, aobjname: a.aobjname }, pd.name, pval, o);
}
