// libinetutil's ifparse_ifspec as libipadm uses it: a name is a device name, a unit (ppa) and
// optionally ":" and a logical unit; the name fits LIFNAMSIZ.
import { LIFNAMSIZ } from '@ipmplab/core/syscalls';

export interface Ifspec {
  valid: boolean;
  /** A logical unit was given ("net0:1"). */
  lunvalid: boolean;
  lun: number;
}

/** ifparse_ifspec: letters/digits/'_'/'.' ending in a decimal unit, then an optional ":<lun>". */
export function ifparseIfspec(ifname: string): Ifspec {
  if (ifname.length >= LIFNAMSIZ) return { valid: false, lunvalid: false, lun: 0 };
  const m = /^([A-Za-z][A-Za-z0-9_.]*?)(\d+)(?::(\d+))?$/.exec(ifname);
  if (!m) return { valid: false, lunvalid: false, lun: 0 };
  return { valid: true, lunvalid: m[3] !== undefined, lun: m[3] === undefined ? 0 : Number(m[3]) };
}

/** i_ipadm_validate_ifname: a valid name, and a logical one only for a legacy caller's non-zero unit. */
export function validateIfname(ifname: string, legacy: boolean): boolean {
  const sp = ifparseIfspec(ifname);
  if (!sp.valid) return false;
  return sp.lunvalid ? sp.lun > 0 && legacy : true;
}
