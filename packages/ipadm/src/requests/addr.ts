// Address sub-commands: create-addr, down-addr, up-addr, disable-addr, enable-addr,
// refresh-addr, delete-addr, show-addr, and the bare `ipadm` overview. (To be written.)
import { die } from '../context';
import type { CmdFunc } from '../context';

const todo: CmdFunc = (ctx, argv) => die(ctx, `${argv[0]}: not yet simulated`);
export const doCreateAddr = todo;
export const doDownAddr = todo;
export const doUpAddr = todo;
export const doDisableAddr = todo;
export const doEnableAddr = todo;
export const doRefreshAddr = todo;
export const doDeleteAddr = todo;
export const doShowAddr = todo;
/** Bare `ipadm`: Solaris 11.4's overview; illumos shows the addresses as show-addr does. */
export const doOverview = todo;
