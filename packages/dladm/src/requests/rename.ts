// dladm rename-link (dladm.c do_rename_link, libdllink.c dladm_rename_link and
// i_dladm_rename_link_c1, dlmgmtd dlmgmt_remapid): the kernel renames the link (DLDIOC_RENAME:
// refused while IP is plumbed on it, "link busy"), then dlmgmtd renames its entry in
// /etc/dladm/datalink.conf. A taken name is EXIST, an unknown link NOTFOUND. The IP
// configuration that names the link (hostname.* files, ipadm.conf) is not renamed.
import { ioctl } from '@ipmplab/core/syscalls';
import { DatalinkConf } from '../libdladm/datalink-conf';
import { dldCall, name2info } from '../libdladm/links';
import { die, dieDlerr, notSimulated } from '../context';
import type { DladmCtx } from '../context';
import { lopts, options } from '../grammar';
import type { DladmStatus } from '../status';
import { MSG } from '../messages';

export function doRenameLink(ctx: DladmCtx, argv: string[], use: string): void {
  let altroot: string | undefined;
  const { operands } = options(ctx, argv, ':R:', lopts(ctx.release), use, (opt, arg) => {
    if (opt === 'R') altroot = arg;
  });
  if (operands.length !== 2) die(ctx, MSG.usageOf(use));
  if (altroot !== undefined) notSimulated(ctx, 'an alternate root (-R)');
  const [link1, link2] = operands;
  const a1 = name2info(ctx.k, link1);
  const a2 = name2info(ctx.k, link2);
  let status: DladmStatus;
  if (typeof a1 === 'string') status = 'NOTFOUND';
  else if (typeof a2 !== 'string') status = 'EXIST';
  else {
    status = dldCall(() => ioctl(ctx.k, 'DLDIOC_RENAME', { link: link1, newName: link2 }));
    if (status === 'OK') new DatalinkConf(ctx.files).rename(link1, link2);
  }
  if (status !== 'OK') dieDlerr(ctx, status, MSG.renameFailed);
}
