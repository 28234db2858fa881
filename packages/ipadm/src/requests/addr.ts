// Address sub-commands: create-addr, down-addr, up-addr, disable-addr, enable-addr,
// refresh-addr, delete-addr, show-addr, and the bare `ipadm` (Solaris 11.4's overview, illumos'
// show-addr). They are not simulated yet: each says so in one line and exits 1, the way
// dladm's unsimulated sub-commands do, so a rehearsal never mistakes them for real ones.
// Addresses are configured with ifconfig meanwhile (ifconfig IF addif ADDR/LEN up).
import { die } from '../context';
import type { CmdFunc } from '../context';
import { MSG } from '../messages';

const notSimulated: CmdFunc = (ctx, argv) => die(ctx, MSG.notSimulated(argv[0]));
export const doCreateAddr = notSimulated;
export const doDownAddr = notSimulated;
export const doUpAddr = notSimulated;
export const doDisableAddr = notSimulated;
export const doEnableAddr = notSimulated;
export const doRefreshAddr = notSimulated;
export const doDeleteAddr = notSimulated;
export const doShowAddr = notSimulated;
/** Bare `ipadm`. */
export const doOverview: CmdFunc = (ctx) => die(ctx, MSG.notSimulated('ipadm without a sub-command (the address overview)'));
