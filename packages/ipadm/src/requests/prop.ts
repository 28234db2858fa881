// Property sub-commands: set-/reset-/show-ifprop, set-/reset-/show-addrprop, set-/reset-/show-prop.
// (To be written.)
import { die } from '../context';
import type { CmdFunc } from '../context';

const todo: CmdFunc = (ctx, argv) => die(ctx, `${argv[0]}: not yet simulated`);
export const doSetIfprop = todo;
export const doResetIfprop = todo;
export const doShowIfprop = todo;
export const doSetAddrprop = todo;
export const doResetAddrprop = todo;
export const doShowAddrprop = todo;
export const doSetProp = todo;
export const doResetProp = todo;
export const doShowProp = todo;
