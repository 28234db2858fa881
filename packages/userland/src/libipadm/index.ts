// libipadm: the library illumos ifconfig (and ipadm) configure interfaces and addresses through.
export type { IpadmHandle } from './handle';
export { ipadmStatus2str, ipadmErrno2status } from './status';
export type { IpadmStatus } from './status';
export { ipadmCreateIf } from './plumb';
export type { CreateIfOptions, CreateIfResult } from './plumb';
export { ipadmDeleteIf } from './delete-if';
export { ipadmCreateAddr, ipadmCreateAddrObj } from './create-addr';
export type { StaticAddr, CreateAddrFlags } from './create-addr';
export { ipadmCreateAddrobj, ipadmSetAddr, ipadmSetDstAddr, ipadmSetInterfaceId } from './addr-obj';
export type { AddrObj } from './addr-obj';
export { ipadmDeleteAddr } from './delete-addr';
export { ipadmUpAddr, ipadmDownAddr, ipadmRefreshAddr, ipadmEnableAddr, ipadmDisableAddr } from './addr-ops';
export { mask2plen } from './inetutil';
export type * from './types';
export { ipadmIfInfo } from './if-info';
export { ipadmAddrInfo } from './addr-info';
export { ipadmInitAddrs } from './addr-init';
export { ipadmInitIfProps, ipadmInitProtoProps } from './prop-init';
export { ipadmNetLoopback } from './loopback';
export { ipadmCreateIp, ipadmCreateIpmp } from './create-ip';
export { ipadmDeleteIp, ipadmDeleteIpmp } from './delete-ip';
export {
  ipadmAddIpmp, ipadmRemoveIpmp, ipadmCreateIpmpImplicit, ipadmDownAddrs, ipadmUpAddrs, ipadmMarkTestaddrs,
  ipadmUpdateIpmpMember,
} from './ipmp';
export type { Lif } from './ipmp';
export { ipadmEnableIf, ipadmDisableIf } from './enable-if';
export { ifparseIfspec } from './ifspec';
export { ipadmGetProp, ipadmGetIfprop, ipadmSetProp, ipadmSetIfprop, ipadmWalkProptbl, ipadmWalkProp, MAXPROPVALLEN } from './prop';
export type { PropWalkFn } from './prop';
export { ipadmGetAddrprop, ipadmSetAddrprop, ADDRPROP_TABLE, lookupAobjByName, aobjMapNames } from './prop-addr';
export { ipadmStr2proto, ipadmProto2str, PROP_CLASS } from './prop-types';
export type { PropOpts, ValType, GetResult } from './prop-types';
