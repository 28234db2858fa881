// ipadm.c cmds[]: every sub-command with its handler and its c_usage text, per release. Solaris
// 11 (11.4) has create-ip/delete-ip and the IPMP sub-commands [S11 ipadm.c]; current illumos has
// create-if/delete-if, create-ip/delete-ip as aliases and the IPMP sub-commands of the 2021
// port [illumos ipadm(8)]. The order is the table's, which usage() prints.
import type { Release } from '@ipmplab/core/syscalls';
import type { CmdFunc } from './context';
import * as ifCmds from './requests/if';
import * as addrCmds from './requests/addr';
import * as propCmds from './requests/prop';

export interface IpadmCommand {
  name: string;
  fn: CmdFunc;
  usage: string;
}

const c = (name: string, fn: CmdFunc, usage: string): IpadmCommand => ({ name, fn, usage });

/** Solaris 11 [S11 ipadm.c cmds[]]. */
const SOLARIS11: readonly IpadmCommand[] = [
  c('create-ip', ifCmds.doCreateIp, '\tcreate-ip\t[-t] <IP-interface>'),
  c('delete-ip', ifCmds.doDeleteIp, '\tdelete-ip\t<IP-interface>'),
  c('create-ipmp', ifCmds.doCreateIpmp, '\tcreate-ipmp\t[-t] [-i <under-interface>[,...]] ... <IPMP-interface>'),
  c('delete-ipmp', ifCmds.doDeleteIpmp, '\tdelete-ipmp\t[-f] <IPMP-interface>'),
  c('add-ipmp', ifCmds.doAddIpmp, '\tadd-ipmp\t[-t] -i <under-interface>[,...] [-i interface,[...] ...] <IPMP-interface>'),
  c('remove-ipmp', ifCmds.doRemoveIpmp, '\tremove-ipmp\t[-t] -i <under-interface>[,...] [-i interface,[...] ...] <IPMP-interface>'),
  c('disable-if', ifCmds.doDisableIf, '\tdisable-if\t-t <interface>'),
  c('enable-if', ifCmds.doEnableIf, '\tenable-if\t-t <interface>'),
  c('show-if', ifCmds.doShowIf, '\tshow-if\t\t[[-p] -o <field>,...] [<interface>]\n'),
  c('set-ifprop', propCmds.doSetIfprop, '\tset-ifprop\t[-t] -p <prop>=<value[,...]> -m <protocol> <interface>'),
  c('reset-ifprop', propCmds.doResetIfprop, '\treset-ifprop\t[-t] -p <prop> -m <protocol> <interface>'),
  c('show-ifprop', propCmds.doShowIfprop, '\tshow-ifprop\t[[-c] -o <field>,...] [-p <prop>,...]\n\t\t\t[-m <protocol>] [<interface>]\n'),
  c('create-addr', addrCmds.doCreateAddr,
    '\tcreate-addr\t[-t] -T static [-d] -a {local|remote}=addr[/prefixlen]\n\t\t\t\t<addrobj>\n' +
    '\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] [-h <hostname>]\n\t\t\t\t<addrobj>\n' +
    '\tcreate-addr\t[-t] -T addrconf [-i {local|remote}=interface-id]\n\t\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj>'),
  c('down-addr', addrCmds.doDownAddr, '\tdown-addr\t[-t] <addrobj>'),
  c('up-addr', addrCmds.doUpAddr, '\tup-addr\t\t[-t] <addrobj>'),
  c('disable-addr', addrCmds.doDisableAddr, '\tdisable-addr\t-t <addrobj>'),
  c('enable-addr', addrCmds.doEnableAddr, '\tenable-addr\t-t <addrobj>'),
  c('refresh-addr', addrCmds.doRefreshAddr, '\trefresh-addr\t[-i] <addrobj>'),
  c('delete-addr', addrCmds.doDeleteAddr, '\tdelete-addr\t[-r] <addrobj>'),
  c('show-addr', addrCmds.doShowAddr, '\tshow-addr\t[[-p] -o <field>,...] [<addrobj>]\n'),
  c('set-addrprop', propCmds.doSetAddrprop, '\tset-addrprop\t[-t] -p <prop>=<value[,...]> <addrobj>'),
  c('reset-addrprop', propCmds.doResetAddrprop, '\treset-addrprop\t[-t] -p <prop> <addrobj>'),
  c('show-addrprop', propCmds.doShowAddrprop, '\tshow-addrprop\t[[-c] -o <field>,...] [-p <prop>,...] [<addrobj>]\n'),
  c('set-prop', propCmds.doSetProp, '\tset-prop\t[-t] -p <prop>[+|-]=<value[,...]> <protocol>'),
  c('reset-prop', propCmds.doResetProp, '\treset-prop\t[-t] -p <prop> <protocol>'),
  c('show-prop', propCmds.doShowProp, '\tshow-prop\t[[-c] -o <field>,...]\n\t\t\t[-p <prop>,... <protocol> | <protocol>]'),
];

/**
 * Current illumos: the 2017 table [illumos ipadm.c 055fd3a8] with the create-ip/delete-ip aliases
 * and the IPMP sub-commands of ipadm(8) (2022) added after delete-if, and `help`.
 */
const ILLUMOS: readonly IpadmCommand[] = [
  c('create-if', ifCmds.doCreateIp, '\tcreate-if\t[-t] <interface>'),
  c('create-ip', ifCmds.doCreateIp, '\tcreate-ip\t[-t] <interface>'),
  c('disable-if', ifCmds.doDisableIf, '\tdisable-if\t-t <interface>'),
  c('enable-if', ifCmds.doEnableIf, '\tenable-if\t-t <interface>'),
  c('delete-if', ifCmds.doDeleteIp, '\tdelete-if\t<interface>'),
  c('delete-ip', ifCmds.doDeleteIp, '\tdelete-ip\t<interface>'),
  c('create-ipmp', ifCmds.doCreateIpmp, '\tcreate-ipmp\t[-t] [-i <interface>[,<interface>]...] <ipmp-interface>'),
  c('delete-ipmp', ifCmds.doDeleteIpmp, '\tdelete-ipmp\t<ipmp-interface>'),
  c('add-ipmp', ifCmds.doAddIpmp, '\tadd-ipmp\t[-t] -i <interface>[,<interface>]... <ipmp-interface>'),
  c('remove-ipmp', ifCmds.doRemoveIpmp, '\tremove-ipmp\t[-t] -i <interface>[,<interface>]... <ipmp-interface>'),
  c('show-if', ifCmds.doShowIf, '\tshow-if\t\t[[-p] -o <field>,...] [<interface>]\n'),
  c('set-ifprop', propCmds.doSetIfprop, '\tset-ifprop\t[-t] -p <prop>=<value[,...]> -m <protocol> <interface>'),
  c('reset-ifprop', propCmds.doResetIfprop, '\treset-ifprop\t[-t] -p <prop> -m <protocol> <interface>'),
  c('show-ifprop', propCmds.doShowIfprop, '\tshow-ifprop\t[[-c] -o <field>,...] [-p <prop>,...]\n\t\t\t[-m <protocol>] [interface]\n'),
  c('create-addr', addrCmds.doCreateAddr,
    '\tcreate-addr\t[-t] -T static [-d] -a{local|remote}=addr[/prefixlen]\n\t\t\t<addrobj>\n' +
    '\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever]\n\t\t\t[-1] [-h <hostname>] <addrobj>\n' +
    '\tcreate-addr\t[-t] -T addrconf [-i interface-id]\n\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj>'),
  c('down-addr', addrCmds.doDownAddr, '\tdown-addr\t[-t] <addrobj>'),
  c('up-addr', addrCmds.doUpAddr, '\tup-addr\t\t[-t] <addrobj>'),
  c('disable-addr', addrCmds.doDisableAddr, '\tdisable-addr\t-t <addrobj>'),
  c('enable-addr', addrCmds.doEnableAddr, '\tenable-addr\t-t <addrobj>'),
  c('refresh-addr', addrCmds.doRefreshAddr, '\trefresh-addr\t[-i] <addrobj>'),
  c('delete-addr', addrCmds.doDeleteAddr, '\tdelete-addr\t[-r] <addrobj>'),
  c('show-addr', addrCmds.doShowAddr, '\tshow-addr\t[[-p] -o <field>,...] [<addrobj>]\n'),
  c('set-addrprop', propCmds.doSetAddrprop, '\tset-addrprop\t[-t] -p <prop>=<value[,...]> <addrobj>'),
  c('reset-addrprop', propCmds.doResetAddrprop, '\treset-addrprop\t[-t] -p <prop> <addrobj>'),
  c('show-addrprop', propCmds.doShowAddrprop, '\tshow-addrprop\t[[-c] -o <field>,...] [-p <prop>,...] <addrobj>\n'),
  c('set-prop', propCmds.doSetProp, '\tset-prop\t[-t] -p <prop>[+|-]=<value[,...]> <protocol>'),
  c('reset-prop', propCmds.doResetProp, '\treset-prop\t[-t] -p <prop> <protocol>'),
  c('show-prop', propCmds.doShowProp, '\tshow-prop\t[[-c] -o <field>,...] [-p <prop>,...] [protocol]'),
];

export function commandsOf(release: Release): readonly IpadmCommand[] {
  return release === 'solaris11' ? SOLARIS11 : ILLUMOS;
}
