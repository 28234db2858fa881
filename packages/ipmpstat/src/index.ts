// @ipmplab/ipmpstat: the ipmpstat(8) and if_mpadm(8) clones, their grammars and printers.
export { ipmpstatMain, windowRows } from './main';
export { probingInterfaces, FOREVER, PROBE_POLL_MS } from './requests';
export type { ProbeLoopHooks } from './requests';
export { ifMpadmMain } from './if-mpadm/main';
export { parseIfMpadmArgs } from './if-mpadm/grammar';
export { runIfMpadm, mpadmErrmsg } from './if-mpadm/requests';
export type { MpadmAction, MpadmParse } from './if-mpadm/grammar';
export { parseIpmpstatArgs, OPTSTRING } from './grammar';
export type { IpmpstatArgs, IpmpstatParse } from './grammar';
export * from './printer/fields';
export * from './printer/report';
export { cFixed, floatSeconds, nsSeconds, nsMillis, msToNs } from './printer/cfmt';
export * from './messages';
