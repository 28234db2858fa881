// The boot's first step, before anything IP: datalink management (dlmgmtd, started by
// svc:/network/datalink-management) applies each physical link's persistent properties from
// /etc/dladm/datalink.conf as the link attaches (dlmgmt_door.c dlmgmt_upcall_linkprop_init ->
// dladm_init_linkprop). The lab runs that as `dladm init-linkprop`, the sub-command that does
// the same for every physical link, and shows it like the other boot steps; a host with no
// datalink.conf has nothing to apply and shows nothing.
import { dladmMain } from '@ipmplab/dladm';
import type { ToolIO } from '@ipmplab/userland';

export const DATALINK_CONF = '/etc/dladm/datalink.conf';

export function applyLinkProperties(io: ToolIO, statePath: string, files: ReadonlyMap<string, string>, host?: string): void {
  if (!files.has(DATALINK_CONF)) return;
  io.stdout('+ dladm init-linkprop\n');
  dladmMain(['init-linkprop', '--state', statePath, ...(host === undefined ? [] : ['--host', host])], io);
}
