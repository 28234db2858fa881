// Applying persistent properties (ipadm_prop.c / ipadm_if.c i_ipadm_init_ifprop, as enable-if
// and boot do for an interface; ipmgmtd's IPH_INIT pass over the protocol properties when it
// starts, ipmgmt_main.c ipmgmt_init_prop). Values are applied to the running system only
// (IPADM_OPT_ACTIVE): the store already holds them. Every stored property is tried; the first
// failure is what is returned.
import { nvGet } from '../ipmgmtd';
import type { NvList } from '../ipmgmtd';
import { IPADM_CONF_HEADER, IPADM_CONF_PATH, readNvFile } from '../ipmgmtd/files';
import type { IpadmHandle } from './handle';
import type { IpadmStatus } from './status';
import { ipadmSetIfprop, ipadmSetProp } from './prop';
import { ipadmStr2proto } from './prop-types';

/** The property pairs of a line: names not starting with '_', and private ones stored as `__name`. */
function props(line: NvList): Array<[string, string]> {
  return line.filter(([n]) => !n.startsWith('_') || n.startsWith('__')).map(([n, v]) => [n.startsWith('__') ? n.slice(1) : n, v]);
}

/** Applies the persistent interface properties of `ifname` (its property lines). */
export function ipadmInitIfProps(iph: IpadmHandle, ifname: string, lines: NvList[]): IpadmStatus {
  let first: IpadmStatus = 'SUCCESS';
  for (const line of lines) {
    if (nvGet(line, '_ifname') !== ifname || nvGet(line, '_aobjname') !== undefined) continue;
    const proto = ipadmStr2proto(nvGet(line, '_protocol'));
    if (proto === 0) continue;
    for (const [name, value] of props(line)) {
      const st = ipadmSetIfprop(iph, ifname, name, value, proto, { active: true, init: true });
      if (st !== 'SUCCESS' && first === 'SUCCESS') first = st;
    }
  }
  return first;
}

/** Applies the persistent protocol properties (ipmgmtd does it when it starts, before any interface). */
export function ipadmInitProtoProps(iph: IpadmHandle): IpadmStatus {
  let first: IpadmStatus = 'SUCCESS';
  for (const line of readNvFile(iph.files, IPADM_CONF_PATH, IPADM_CONF_HEADER).lines) {
    if (nvGet(line, '_ifname') !== undefined || nvGet(line, '_aobjname') !== undefined) continue;
    const proto = ipadmStr2proto(nvGet(line, '_protocol'));
    if (proto === 0) continue;
    for (const [name, value] of props(line)) {
      const st = ipadmSetProp(iph, name, value, proto, { active: true, init: true });
      if (st !== 'SUCCESS' && first === 'SUCCESS') first = st;
    }
  }
  return first;
}
