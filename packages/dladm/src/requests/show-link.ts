// dladm show-link (dladm.c do_show_link, show_link, print_link): every link, or the one named,
// as CLASS phys, its MTU and the link state the cable gives; no bridge, nothing under it.
// -P shows the persistent configuration (every physical link is persistent). Solaris 11 adds
// the zone options (-Z shows ZONE; -z takes a zone list: only the global zone exists).
// Statistics (-s, -S, -i) are not simulated.
import { walkLinks } from '../libdladm/links';
import { die, dieOptdup, notSimulated, usage } from '../context';
import type { DladmCtx } from '../context';
import { options, showLopts } from '../grammar';
import { linkFields } from '../printer/fields';
import type { LinkRow } from '../printer/fields';
import { openOfmt } from '../printer/ofmt';
import { checkZoneList, GLOBAL_ZONE, isAll, namedLink } from './common';
import { MSG } from '../messages';
import { linkRow } from './rows';

export function doShowLink(ctx: DladmCtx, argv: string[], use: string): void {
  const s11 = ctx.release === 'solaris11';
  let p = false, s = false, S = false, i = false, P = false, o = false, z = false, Z = false;
  let fields: string | undefined;
  const { operands } = options(ctx, argv, s11 ? ':pPsSi:o:z:Z' : ':pPsi:o:', showLopts(ctx.release), use, (opt, arg) => {
    switch (opt) {
      case 'p': if (p) dieOptdup(ctx, opt); p = true; break;
      case 's': if (s) dieOptdup(ctx, opt); s = true; break;
      case 'S': if (S) dieOptdup(ctx, opt); S = true; break;
      case 'P': if (P) dieOptdup(ctx, opt); P = true; break;
      case 'o': o = true; fields = arg; break;
      case 'i':
        if (i) dieOptdup(ctx, opt);
        i = true;
        if (!/^[0-9]+$/.test(arg!) || Number(arg) <= 0 || Number(arg) > 0x7fffffff) die(ctx, MSG.invalidInterval(arg!));
        break;
      case 'z': if (z) dieOptdup(ctx, opt); z = true; checkZoneList(ctx, arg!); break;
      case 'Z': if (Z) dieOptdup(ctx, opt); Z = true; break;
    }
  });
  if (s11) {
    if (i && !(s || S)) die(ctx, MSG.iOnlyWithSorS);
    if (s && S) die(ctx, MSG.sNotWithS);
    if (s && P) die(ctx, MSG.pNotWithS);
    if (z && P) die(ctx, MSG.pNotWithz);
    if (Z && (P || o || S)) die(ctx, MSG.notWithZ(P ? 'P' : o ? 'o' : 'S'));
    if (S && (p || P)) die(ctx, MSG.notWithS(p ? 'p' : 'P'));
  } else {
    if (i && !s) die(ctx, MSG.iOnlyWithS);
    if (s && P) die(ctx, MSG.pNotWithS);
  }
  let only: string | undefined;
  if (operands.length === 1) only = namedLink(ctx, operands[0], true).name;
  else if (operands.length !== 0) {
    if (s11) die(ctx, MSG.usageOf(use));
    usage(ctx);
  }
  if (p && !o) die(ctx, MSG.pRequiresO);
  if (S) notSimulated(ctx, 'the statistics option -S');
  if (p && isAll(fields)) die(ctx, MSG.oAllWithP);
  if (!o || isAll(fields)) {
    if (s) fields = 'link,ipackets,rbytes,ierrors,opackets,obytes,oerrors';
    else if (s11 && o) fields = 'link,zone,class,mtu,state,bridge,over';
    else if (Z) fields = 'link,zone,class,mtu,state,over';
    else if (!P) fields = s11 ? 'link,class,mtu,state,over' : 'link,class,mtu,state,bridge,over';
    else fields = s11 ? 'link,class,over' : 'link,class,bridge,over';
  }
  if (s) notSimulated(ctx, 'the statistics option -s');
  const ofmt = openOfmt(ctx, fields!, linkFields(ctx.release), p, s11 ? 80 : 0, ctx.rows);
  for (const a of walkLinks(ctx.k)) {
    if (only !== undefined && a.name !== only) continue;
    const row: LinkRow = linkRow(a, GLOBAL_ZONE);
    if (P) {
      row.mtu = '';
      row.state = '';
    }
    ctx.out(ofmt.print(row));
  }
}
