// What the show sub-commands share: the named link (dladm_name2info, or the zone-aware
// dladm_apply_linknamefilters of Solaris 11), the zone list of -z, the field defaults.
import type { DldLinkAttr } from '@ipmplab/core/syscalls';
import { die, dieDlerr } from '../context';
import type { DladmCtx } from '../context';
import { name2info } from '../libdladm/links';
import { MSG } from '../messages';

/** MAXLINKNAMELEN. */
export const MAXLINKNAMELEN = 32;
/** The only zone of the lab's hosts. */
export const GLOBAL_ZONE = 'global';

/**
 * The link an operand names. Solaris 11 (dladm_apply_linknamefilters): a name too long for a
 * link is BADARG, an unknown one NOTFOUND, both "link X is not valid". illumos: the same
 * lookup; show-link first refuses an overlong name itself (`tooLong`).
 */
export function namedLink(ctx: DladmCtx, name: string, tooLong = false): DldLinkAttr {
  if (Buffer.byteLength(name) >= MAXLINKNAMELEN) {
    if (tooLong && ctx.release === 'illumos') die(ctx, MSG.linkNameTooLong);
    if (ctx.release === 'solaris11') dieDlerr(ctx, 'BADARG', MSG.linkNotValid(name));
  }
  const a = name2info(ctx.k, name);
  if (typeof a === 'string') return dieDlerr(ctx, a, MSG.linkNotValid(name));
  return a;
}

/** dladm_parse_zonelist: every name must be a zone of the host (only "global" here). */
export function checkZoneList(ctx: DladmCtx, list: string): void {
  const zones = list.split(',');
  if (zones.some((z) => z !== GLOBAL_ZONE)) die(ctx, MSG.invalidZoneList(list));
}

/** strcasecmp(s, "all") == 0. */
export const isAll = (s: string | undefined) => s !== undefined && s.toLowerCase() === 'all';
