// @ipmplab/ipmpstat: the ipmpstat(8) and if_mpadm(8) clones, their grammars and printers.
export { ipmpstatMain, probingInterfaces, windowRows, FOREVER, PROBE_POLL_MS } from './ipmpstat';
export type { ProbeLoopHooks } from './ipmpstat';
export { ifMpadmMain, parseIfMpadmArgs, runIfMpadm, mpadmErrmsg } from './if-mpadm';
export type { MpadmAction, MpadmParse } from './if-mpadm';
export { parseIpmpstatArgs, OPTSTRING } from './grammar';
export type { IpmpstatArgs, IpmpstatParse } from './grammar';
export { ofmtOpen, Ofmt } from './ofmt';
export type { OfmtField, OfmtStatus, OfmtOptions, OfmtOpenResult, OfmtValue } from './ofmt';
export * from './fields';
export * from './report';
export { cFixed, floatSeconds, nsSeconds, nsMillis, msToNs } from './cfmt';
export { getopt } from './getopt';
export * from './messages';
