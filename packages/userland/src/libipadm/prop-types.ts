// The shapes libipadm's property code shares (libipadm_impl.h ipadm_prop_desc_t, the
// IPADMPROP_* classes and flags, the IPADM_OPT_* options of a set/get, ipadm_str2proto).
import { MOD_PROTO } from '@ipmplab/core/syscalls';
import type { IpadmHandle } from './handle';
import type { IpadmStatus } from './status';

/** IPADMPROP_CLASS_*: where a property applies. */
export const PROP_CLASS = { MODULE: 0x1, IF: 0x2, MODIF: 0x3, ADDR: 0x4 } as const;
/** IPADMPROP_MULVAL (several values, += and -=), IPADMPROP_GETPERSIST (the getter reads the store). */
export const PROP_FLAG = { MULVAL: 0x1, GETPERSIST: 0x2 } as const;

/** The value a getter is asked for (MOD_PROP_* and the library's PERSIST). */
export type ValType = 'active' | 'default' | 'possible' | 'perm' | 'persist';

/** IPADM_OPT_PERSIST, _ACTIVE, _DEFAULT (reset), _APPEND, _REMOVE. */
export interface PropOpts {
  persist?: boolean;
  active?: boolean;
  default?: boolean;
  append?: boolean;
  remove?: boolean;
  /** IH_INIT: the values come from the store at boot (several extra_priv_ports at once). */
  init?: boolean;
}

/** A getter's answer: SUCCESS with the text, or a status. */
export interface GetResult {
  status: IpadmStatus;
  value: string;
}

/** The object a callback works on: an interface name, none (a protocol), or an address object. */
export type PropObj = string | undefined;

export type GetFn<O = PropObj> = (iph: IpadmHandle, obj: O, pd: PropDesc<O>, proto: number, valtype: ValType) => GetResult;
export type SetFn<O = PropObj> = (iph: IpadmHandle, obj: O, pd: PropDesc<O>, pval: string | undefined, proto: number, opts: PropOpts) => IpadmStatus;

/** ipadm_prop_desc_t. */
export interface PropDesc<O = PropObj> {
  name: string;
  /** ipd_old_name (illumos): the name the property had before, still accepted. */
  oldName?: string;
  class: number;
  proto: number;
  flags: number;
  set?: SetFn<O>;
  getRange?: GetFn<O>;
  get?: GetFn<O>;
}

export const ok = (value: string): GetResult => ({ status: 'SUCCESS', value });
export const fail = (status: IpadmStatus): GetResult => ({ status, value: '' });

/** ipadm_str2proto ("arp" is taken as ip); MOD_PROTO_NONE (0) for anything else. */
export function ipadmStr2proto(s: string | undefined): number {
  switch (s) {
    case 'tcp': return MOD_PROTO.TCP;
    case 'udp': return MOD_PROTO.UDP;
    case 'ip': return MOD_PROTO.IP;
    case 'ipv4': return MOD_PROTO.IPV4;
    case 'ipv6': return MOD_PROTO.IPV6;
    case 'icmp': return MOD_PROTO.RAWIP;
    case 'sctp': return MOD_PROTO.SCTP;
    case 'arp': return MOD_PROTO.IP;
    default: return MOD_PROTO.NONE;
  }
}

/** ipadm_proto2str. */
export function ipadmProto2str(proto: number): string | undefined {
  return ({
    [MOD_PROTO.IP]: 'ip', [MOD_PROTO.IPV4]: 'ipv4', [MOD_PROTO.IPV6]: 'ipv6', [MOD_PROTO.RAWIP]: 'icmp',
    [MOD_PROTO.TCP]: 'tcp', [MOD_PROTO.UDP]: 'udp', [MOD_PROTO.SCTP]: 'sctp',
  } as Record<number, string>)[proto];
}
