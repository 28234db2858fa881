// dladm.c cmds[]: every sub-command with its handler and its c_usage text, per release, in the
// table's order (which usage() prints; NULL usages are hidden sub-commands). Solaris 11 from
// [S11 dladm.c], illumos from [illumos dladm.c] (the 2016 file). The lab simulates the link
// sub-commands; the others answer that they are not simulated (exit 1).
import type { Release } from '@ipmplab/core/syscalls';
import type { CmdFunc } from './context';
import { notSimulated } from './context';
import { doShowLink } from './requests/show-link';
import { doShowPhys } from './requests/show-phys';
import { doInitLinkprop, doResetLinkprop, doSetLinkprop, doShowLinkprop } from './requests/linkprop';
import { doRenameLink } from './requests/rename';

export interface DladmCommand {
  name: string;
  fn: CmdFunc;
  /** c_usage; undefined for the hidden ones. */
  usage?: string;
}

const no: CmdFunc = (ctx, argv) => notSimulated(ctx, argv[0]);
const c = (name: string, fn: CmdFunc, usage?: string): DladmCommand => ({ name, fn, usage });

/** Solaris 11 [S11 dladm.c cmds[]]. */
const SOLARIS11: readonly DladmCommand[] = [
  c('rename-link', doRenameLink, '    rename-link      <oldlink> <newlink>'),
  c('show-link', doShowLink, '    show-link        [-PZ] [[-p] -o <field>,...] [-s [-i <interval>]]\n\t\t     [-z <zone>,...] [<link>]\n'),
  c('create-aggr', no, '    create-aggr      [-t] [-P <policy>] [-L <mode>] [-T <time>] [-u <address>]\n\t\t     -l <link> [-l <link>...] <link>'),
  c('delete-aggr', no, '    delete-aggr      [-t] <link>'),
  c('add-aggr', no, '    add-aggr         [-t] -l <link> [-l <link>...] <link>'),
  c('remove-aggr', no, '    remove-aggr      [-t] -l <link> [-l <link>...] <link>'),
  c('modify-aggr', no, '    modify-aggr      [-t] [-P <policy>] [-L <mode>] [-T <time>] [-u <address>]\n\t\t     <link>'),
  c('show-aggr', no, '    show-aggr        [-PLZx] [[-p] -o <field>,...] [-s [-i <interval>]]\n\t\t     [-z <zone>,...] [<link>]\n'),
  c('up-aggr', no),
  c('scan-wifi', no, '    scan-wifi        [[-p] -o <field>,...] [<link>]'),
  c('connect-wifi', no, '    connect-wifi     [-e <essid>] [-i <bssid>] [-k <key>,...] [-s wep|wpa]\n\t\t     [-a open|shared] [-b bss|ibss] [-c] [-m a|b|g] [-T <time>]\n\t\t     [<link>]'),
  c('disconnect-wifi', no, '    disconnect-wifi  [-a] [<link>]'),
  c('show-wifi', no, '    show-wifi        [-Z] [[-p] -o <field>,...] [-z <zone>,...] [<link>]\n'),
  c('set-linkprop', doSetLinkprop, '    set-linkprop     [-t] -p <prop>=<value>[,...] <name>'),
  c('reset-linkprop', doResetLinkprop, '    reset-linkprop   [-t] [-p <prop>,...] <name>'),
  c('show-linkprop', doShowLinkprop, '    show-linkprop    [-PZ] [[-c] -o <field>,...] [-p <prop>,...] [-z <zone>,...]\n\t\t      <name>\n'),
  c('show-ether', no, '    show-ether       [-xZ] [[-p] -o <field>,...] [-z <zone>,...] [<link>]\n'),
  c('create-secobj', no, '    create-secobj    [-t] [-f <file>] -c <class> <secobj>'),
  c('delete-secobj', no, '    delete-secobj    [-t] <secobj>[,...]'),
  c('show-secobj', no, '    show-secobj      [-P] [[-p] -o <field>,...] [<secobj>,...]\n'),
  c('init-linkprop', doInitLinkprop),
  c('init-secobj', no),
  c('create-vlan', no, '    create-vlan      [-ft] -l <link> -v <vid> [link]'),
  c('delete-vlan', no, '    delete-vlan      [-t] <link>'),
  c('show-vlan', no, '    show-vlan        [-PZ] [[-p] -o <field>,...] [-z <zone>,...] [<link>]\n'),
  c('up-vlan', no),
  c('create-iptun', no, '    create-iptun     [-t] -T <type> [-a {local|remote}=<addr>,...] <link>]'),
  c('delete-iptun', no, '    delete-iptun     [-t] <link>'),
  c('modify-iptun', no, '    modify-iptun     [-t] -a {local|remote}=<addr>,... <link>'),
  c('show-iptun', no, '    show-iptun       [-PZ] [[-p] -o <field>,...] [-z <zone>,...] [<link>]\n'),
  c('up-iptun', no),
  c('down-iptun', no),
  c('delete-phys', no, '    delete-phys      <link>'),
  c('show-phys', doShowPhys, '    show-phys        [-PHLZm] [[-p] -o <field>,...] [-z <zone>,...] [<link>]\n'),
  c('init-phys', no),
  c('reinit-phys', no),
  c('show-linkmap', no),
  c('create-vnic', no, '    create-vnic      [-t] -l <link> [-m <value> | auto |\n\t\t     {factory [-n <slot-id>]} | {random [-r <prefix>]} |\n\t\t     {vrrp -V <vrid> -A {inet | inet6}} [-v <vid> [-f]]\n\t\t     [-p <prop>=<value>[,...]] <vnic-link>'),
  c('delete-vnic', no, '    delete-vnic      [-t] <vnic-link>'),
  c('show-vnic', no, '    show-vnic        [-PZ] [[-p] -o <field>,...] [-l <link>]\n\t\t     [-s [-i <interval>]] [-z <zone>,...] [<link>]\n'),
  c('up-vnic', no),
  c('create-part', no, '    create-part      [-t] [-f] -l <link> [-P <pkey>]\n\t\t     [-R <root-dir>] <part-link>'),
  c('delete-part', no, '    delete-part      [-t] [-R <root-dir>] <part-link>'),
  c('show-part', no, '    show-part        [-P] [[-p] -o <field>,...] [-l <linkover>]\n\t\t     [<part-link>]'),
  c('show-ib', no, '    show-ib          [[-p] -o <field>,...] [<link>]\n'),
  c('up-part', no),
  c('create-etherstub', no, '    create-etherstub [-t] <link>'),
  c('delete-etherstub', no, '    delete-etherstub [-t] <link>'),
  c('show-etherstub', no, '    show-etherstub   [-tZ] [[-p] -o <field>,...] [-z <zone>,...] [<link>]\n'),
  c('create-simnet', no),
  c('modify-simnet', no),
  c('delete-simnet', no),
  c('show-simnet', no),
  c('up-simnet', no),
  c('create-bridge', no, '    create-bridge    [-R <root-dir>] [-P <protect>] [-p <priority>]\n\t\t     [-m <max-age>] [-h <hello-time>] [-d <forward-delay>]\n\t\t     [-f <force-protocol>] [-l <link>]... <bridge>'),
  c('modify-bridge', no, '    modify-bridge    [-R <root-dir>] [-P <protect>] [-p <priority>]\n\t\t     [-m <max-age>] [-h <hello-time>] [-d <forward-delay>]\n\t\t     [-f <force-protocol>] <bridge>'),
  c('delete-bridge', no, '    delete-bridge    [-R <root-dir>] <bridge>'),
  c('add-bridge', no, '    add-bridge       [-R <root-dir>] -l <link> [-l <link>]... <bridge>'),
  c('remove-bridge', no, '    remove-bridge    [-R <root-dir>] -l <link> [-l <link>]... <bridge>'),
  c('show-bridge', no, '    show-bridge      [[-p] -o <field>,...] [-s [-i <interval>]] [<bridge>]\n' +
    '    show-bridge      -l [[-p] -o <field>,...] [-s [-i <interval>]] <bridge>\n' +
    '    show-bridge      -f [[-p] -o <field>,...] [-s [-i <interval>]] <bridge>\n' +
    '    show-bridge      -t [[-p] -o <field>,...] [-s [-i <interval>]] <bridge>\n'),
  c('show-usage', no, '    show-usage       [-a] [-d | -F <format>] [-s <DD/MM/YYYY,HH:MM:SS>]\n\t\t     [-e <DD/MM/YYYY,HH:MM:SS>] -f <logfile> [<link>]'),
];

/** illumos [illumos dladm.c cmds[]]. */
const ILLUMOS: readonly DladmCommand[] = [
  c('rename-link', doRenameLink, '    rename-link      <oldlink> <newlink>'),
  c('show-link', doShowLink, '    show-link        [-pP] [-o <field>,..] [-s [-i <interval>]] [<link>]\n'),
  c('create-aggr', no, '    create-aggr      [-t] [-P <policy>] [-L <mode>] [-T <time>] [-u <address>]\n\t\t     -l <link> [-l <link>...] <link>'),
  c('delete-aggr', no, '    delete-aggr      [-t] <link>'),
  c('add-aggr', no, '    add-aggr         [-t] -l <link> [-l <link>...] <link>'),
  c('remove-aggr', no, '    remove-aggr      [-t] -l <link> [-l <link>...] <link>'),
  c('modify-aggr', no, '    modify-aggr      [-t] [-P <policy>] [-L <mode>] [-T <time>] [-u <address>]\n\t\t     <link>'),
  c('show-aggr', no, '    show-aggr        [-pPLx] [-o <field>,..] [-s [-i <interval>]] [<link>]\n'),
  c('up-aggr', no),
  c('scan-wifi', no, '    scan-wifi        [-p] [-o <field>,...] [<link>]'),
  c('connect-wifi', no, '    connect-wifi     [-e <essid>] [-i <bssid>] [-k <key>,...] [-s wep|wpa]\n\t\t     [-a open|shared] [-b bss|ibss] [-c] [-m a|b|g] [-T <time>]\n\t\t     [<link>]'),
  c('disconnect-wifi', no, '    disconnect-wifi  [-a] [<link>]'),
  c('show-wifi', no, '    show-wifi        [-p] [-o <field>,...] [<link>]\n'),
  c('set-linkprop', doSetLinkprop, '    set-linkprop     [-t] -p <prop>=<value>[,...] <name>'),
  c('reset-linkprop', doResetLinkprop, '    reset-linkprop   [-t] [-p <prop>,...] <name>'),
  c('show-linkprop', doShowLinkprop, '    show-linkprop    [-cP] [-o <field>,...] [-p <prop>,...] <name>\n'),
  c('show-ether', no, '    show-ether       [-px][-o <field>,...] <link>\n'),
  c('create-secobj', no, '    create-secobj    [-t] [-f <file>] -c <class> <secobj>'),
  c('delete-secobj', no, '    delete-secobj    [-t] <secobj>[,...]'),
  c('show-secobj', no, '    show-secobj      [-pP] [-o <field>,...] [<secobj>,...]\n'),
  c('init-linkprop', doInitLinkprop),
  c('init-secobj', no),
  c('create-vlan', no, '    create-vlan      [-ft] -l <link> -v <vid> [link]'),
  c('delete-vlan', no, '    delete-vlan      [-t] <link>'),
  c('show-vlan', no, '    show-vlan        [-pP] [-o <field>,..] [<link>]\n'),
  c('up-vlan', no),
  c('create-iptun', no, '    create-iptun     [-t] -T <type> [-a {local|remote}=<addr>,...] <link>]'),
  c('delete-iptun', no, '    delete-iptun     [-t] <link>'),
  c('modify-iptun', no, '    modify-iptun     [-t] -a {local|remote}=<addr>,... <link>'),
  c('show-iptun', no, '    show-iptun       [-pP] [-o <field>,..] [<link>]\n'),
  c('up-iptun', no),
  c('down-iptun', no),
  c('delete-phys', no, '    delete-phys      <link>'),
  c('show-phys', doShowPhys, '    show-phys        [-m | -H | -P] [[-p] [-o <field>[,...]] [<link>]\n'),
  c('init-phys', no),
  c('show-linkmap', no),
  c('create-vnic', no, '    create-vnic      [-t] -l <link> [-m <value> | auto |\n\t\t     {factory [-n <slot-id>]} | {random [-r <prefix>]} |\n\t\t     {vrrp -V <vrid> -A {inet | inet6}} [-v <vid> [-f]]\n\t\t     [-p <prop>=<value>[,...]] <vnic-link>'),
  c('delete-vnic', no, '    delete-vnic      [-t] <vnic-link>'),
  c('show-vnic', no, '    show-vnic        [-pP] [-l <link>] [-s [-i <interval>]] [<link>]\n'),
  c('up-vnic', no),
  c('create-part', no, '    create-part      [-t] [-f] -l <link> [-P <pkey>]\n\t\t     [-R <root-dir>] <part-link>'),
  c('delete-part', no, '    delete-part      [-t] [-R <root-dir>] <part-link>'),
  c('show-part', no, '    show-part        [-pP] [-o <field>,...][-l <linkover>]\n\t\t     [<part-link>]'),
  c('show-ib', no, '    show-ib          [-p] [-o <field>,...] [<link>]\n'),
  c('up-part', no),
  c('create-etherstub', no, '    create-etherstub [-t] <link>'),
  c('delete-etherstub', no, '    delete-etherstub [-t] <link>'),
  c('show-etherstub', no, '    show-etherstub   [-t] [<link>]\n'),
  c('create-simnet', no),
  c('modify-simnet', no),
  c('delete-simnet', no),
  c('show-simnet', no),
  c('up-simnet', no),
  c('create-bridge', no, '    create-bridge    [-R <root-dir>] [-P <protect>] [-p <priority>]\n\t\t     [-m <max-age>] [-h <hello-time>] [-d <forward-delay>]\n\t\t     [-f <force-protocol>] [-l <link>]... <bridge>'),
  c('modify-bridge', no, '    modify-bridge    [-R <root-dir>] [-P <protect>] [-p <priority>]\n\t\t     [-m <max-age>] [-h <hello-time>] [-d <forward-delay>]\n\t\t     [-f <force-protocol>] <bridge>'),
  c('delete-bridge', no, '    delete-bridge    [-R <root-dir>] <bridge>'),
  c('add-bridge', no, '    add-bridge       [-R <root-dir>] -l <link> [-l <link>]... <bridge>'),
  c('remove-bridge', no, '    remove-bridge    [-R <root-dir>] -l <link> [-l <link>]... <bridge>'),
  c('show-bridge', no, '    show-bridge      [-p] [-o <field>,...] [-s [-i <interval>]] [<bridge>]\n' +
    '    show-bridge      -l [-p] [-o <field>,...] [-s [-i <interval>]] <bridge>\n' +
    '    show-bridge      -f [-p] [-o <field>,...] [-s [-i <interval>]] <bridge>\n' +
    '    show-bridge      -t [-p] [-o <field>,...] [-s [-i <interval>]] <bridge>\n'),
  c('show-usage', no, '    show-usage       [-a] [-d | -F <format>] [-s <DD/MM/YYYY,HH:MM:SS>]\n\t\t     [-e <DD/MM/YYYY,HH:MM:SS>] -f <logfile> [<link>]'),
];

export function commandsOf(release: Release): readonly DladmCommand[] {
  return release === 'solaris11' ? SOLARIS11 : ILLUMOS;
}
