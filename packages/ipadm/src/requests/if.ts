// Interface sub-commands: create-ip/create-if, delete-ip/delete-if, create-ipmp, delete-ipmp,
// add-ipmp, remove-ipmp, disable-if, enable-if, show-if. (To be written.)
import { die } from '../context';
import type { CmdFunc } from '../context';

const todo: CmdFunc = (ctx, argv) => die(ctx, `${argv[0]}: not yet simulated`);
export const doCreateIp = todo;
export const doDeleteIp = todo;
export const doCreateIpmp = todo;
export const doDeleteIpmp = todo;
export const doAddIpmp = todo;
export const doRemoveIpmp = todo;
export const doDisableIf = todo;
export const doEnableIf = todo;
export const doShowIf = todo;
