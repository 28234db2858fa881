// dladm show-phys (dladm.c do_show_phys, print_phys_default, print_phys_mac): each physical
// link with its media, link state, speed in Mb/s, duplex and device (e1000gN: see
// kernel/link/dld.ts); -m its MAC address slots (one, the primary: in use, with IP as its
// client, while IP is plumbed); -P the persistent view. The hardware views (-H rings, and
// Solaris 11's -L locations) are not simulated.
import { walkLinks } from '../libdladm/links';
import { linkNtoa, octetsOf } from '@ipmplab/userland';
import { die, dieOptdup, notSimulated, usage } from '../context';
import type { DladmCtx } from '../context';
import { options, showLopts } from '../grammar';
import { physFields, physMacFields } from '../printer/fields';
import type { MacRow } from '../printer/fields';
import { openOfmt } from '../printer/ofmt';
import { checkZoneList, GLOBAL_ZONE, isAll, namedLink } from './common';
import { linkRow } from './rows';
import { MSG } from '../messages';

export function doShowPhys(ctx: DladmCtx, argv: string[], use: string): void {
  const s11 = ctx.release === 'solaris11';
  let p = false, P = false, o = false, m = false, H = false, L = false, z = false, Z = false;
  let exclusive = 0;
  let fields: string | undefined;
  const { operands } = options(ctx, argv, s11 ? ':pPo:LmHz:Z' : ':pPo:mH', showLopts(ctx.release), use, (opt, arg) => {
    switch (opt) {
      case 'L': L = true; exclusive++; break;
      case 'p': if (p) dieOptdup(ctx, opt); p = true; break;
      case 'P': if (P) dieOptdup(ctx, opt); P = true; break;
      case 'o': if (s11 && o) dieOptdup(ctx, opt); o = true; fields = arg; break;
      case 'm': m = true; exclusive++; break;
      case 'H': H = true; exclusive++; break;
      case 'z': if (z) dieOptdup(ctx, opt); z = true; checkZoneList(ctx, arg!); break;
      case 'Z': if (Z) dieOptdup(ctx, opt); Z = true; break;
    }
  });
  let only: string | undefined;
  if (s11) {
    if (p && !o) die(ctx, MSG.pRequiresO);
    if (exclusive > 1) die(ctx, MSG.mHLCannotCombine);
    if (p && isAll(fields)) die(ctx, MSG.oAllWithP);
    if (z && P) die(ctx, MSG.pNotWithz);
    if (Z && (P || o)) die(ctx, MSG.notWithZ(P ? 'P' : 'o'));
    if (m && P) die(ctx, MSG.mNotWithP);
    if (L && P) die(ctx, MSG.LNotWithP);
    if (operands.length === 1) only = namedLink(ctx, operands[0]).name;
    else if (operands.length !== 0) die(ctx, MSG.usageOf(use));
  } else {
    if (p && !o) die(ctx, MSG.pRequiresO);
    if (m && H) die(ctx, MSG.mNotWithH);
    if (p && isAll(fields)) die(ctx, MSG.oAllWithP);
    if (operands.length === 1) only = namedLink(ctx, operands[0]).name;
    else if (operands.length !== 0) usage(ctx);
    if (m && P) die(ctx, MSG.mNotWithP);
  }
  if (H) notSimulated(ctx, 'the hardware ring view -H');
  if (L) notSimulated(ctx, 'the physical location view -L');
  if (!o || isAll(fields)) {
    if (m) fields = 'link,slot,address,inuse,client';
    else if (s11 && (Z || o) && !P) fields = 'link,zone,media,state,speed,duplex,device';
    else if (!P) fields = 'link,media,state,speed,duplex,device';
    else fields = 'link,device,media,flags';
  }
  const links = walkLinks(ctx.k).filter((a) => only === undefined || a.name === only);
  if (m) {
    const ofmt = openOfmt(ctx, fields!, physMacFields(ctx.release), p, 0, ctx.rows);
    for (const a of links) {
      const row: MacRow = { link: a.name, slot: 'primary', address: linkNtoa(octetsOf(a.mac)), inuse: a.client ? 'yes' : 'no', client: a.client };
      ctx.out(ofmt.print(row));
    }
    return;
  }
  const ofmt = openOfmt(ctx, fields!, physFields(ctx.release), p, 0, ctx.rows);
  for (const a of links) {
    const row = linkRow(a, GLOBAL_ZONE);
    if (P) {
      row.physState = '';
      row.speed = '';
      row.duplex = '';
    }
    ctx.out(ofmt.print(row));
  }
}
