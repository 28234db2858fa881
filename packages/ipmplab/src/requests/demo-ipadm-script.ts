// The narrated rehearsal `ipmplab demo --dialect ipadm` plays: the same host built the way
// Oracle's Solaris 11.4 procedures and the illumos ipadm(8) manual do it, persistent by default,
// then rebooted. Where the releases differ (illumos' ipadm has no `standby` property) the step
// is the one an administrator of that release types.
import type { Release } from '@ipmplab/core/syscalls';
import { demoEnding, run, say } from './demo-step';
import type { DemoStep } from './demo-step';

export function ipadmDemo(release: Release): readonly DemoStep[] {
  const s11 = release === 'solaris11';
  return [
    say(`A freshly booted ${s11 ? 'Oracle Solaris 11.4' : 'illumos'} host. dladm shows the datalinks; ipadm shows that only the loopback has addresses, as the address objects lo0/v4 and lo0/v6.`),
    run('dladm', 'show-phys'),
    run('ipadm', 'show-addr'),
    say("The lab's kernel clock is frozen so Duplicate Address Detection can be watched step by step."),
    run('ipmplab', 'clock', 'manual'),
    say('Create the IP interface on net0 and a static address object on it. ipadm is persistent by default: both are written to /etc/ipadm/ipadm.conf. While DAD runs, the address is tentative.'),
    run('ipadm', 'create-ip', 'net0'),
    run('ipadm', 'create-addr', '-T', 'static', '-a', '192.168.10.5/24', 'net0/v4'),
    run('ipadm', 'show-addr', 'net0/'),
    say('Half a second of probing later DAD is done: the address is ok, and the routing socket has announced it.'),
    run('ipmplab', 'clock', 'advance', '1s'),
    run('ipadm', 'show-addr', 'net0/'),
    run('netstat', '-rn', '-f', 'inet'),
    say('A second address object on the same interface is a logical interface underneath (net0:1 in ifconfig).'),
    run('ipadm', 'create-addr', '-T', 'static', '-a', '192.168.10.6/24', 'net0/web'),
    say('Another host on the link claims 192.168.10.7, and we try to use it too: the kernel finds the conflict and the object is duplicate.'),
    run('ipmplab', 'dad', 'conflict', '192.168.10.7'),
    run('ipadm', 'create-addr', '-T', 'static', '-a', '192.168.10.7/24', 'net0/dup'),
    run('ipmplab', 'clock', 'advance', '1s'),
    run('ipadm', 'show-addr', '-o', 'addrobj,state,current,addr', 'net0/'),
    run('ipadm', 'delete-addr', 'net0/dup'),
    run('ipmplab', 'dad', 'clear', '192.168.10.7'),
    say('IPv6: an addrconf object gives net0 its link-local address, made from the Ethernet address.'),
    run('ipadm', 'create-addr', '-T', 'addrconf', 'net0/v6'),
    run('ipmplab', 'clock', 'advance', '2s'),
    run('ipadm', 'show-addr', 'net0/'),
    say('Now IPMP. The IPMP interface ipmp0 carries the data address; net1 and net2 are its underlying interfaces, and net2 is the standby.'),
    run('ipadm', 'create-ipmp', 'ipmp0'),
    run('ipadm', 'create-ip', 'net1'),
    run('ipadm', 'create-ip', 'net2'),
    run('ipadm', 'add-ipmp', '-i', 'net1', '-i', 'net2', 'ipmp0'),
    run('ipadm', 'create-addr', '-T', 'static', '-a', '10.0.0.1/24', 'ipmp0/v4'),
    ...(s11
      ? [run('ipadm', 'set-ifprop', '-p', 'standby=on', '-m', 'ip', 'net2')]
      : [say("illumos' ipadm has no standby property: ifconfig marks the standby, for this boot only."), run('ifconfig', 'net2', 'standby')]),
    run('ipmplab', 'clock', 'advance', '1s'),
    run('ipadm', 'show-if'),
    run('ipmpstat', '-g'),
    run('ipmpstat', '-i'),
    say("Pull net1's cable. in.mpathd marks it failed, the standby takes over, and the data address is bound to net2."),
    run('ipmplab', 'link', 'net1', 'down'),
    run('ipmpstat', '-g'),
    run('ipmpstat', '-an'),
    run('ipmplab', 'link', 'net1', 'up'),
    say('Mistakes get the words ipadm uses.'),
    run('ipadm', 'create-ip', 'net9'),
    run('ipadm', 'create-addr', '-T', 'static', '-a', '192.168.10.8/33', 'net0/bad'),
    run('ipadm', 'create-addr', '-T', 'static', '-a', '192.168.10.8/24', 'net0/web'),
    run('ipadm', 'set-ifprop', '-p', 'mtu=9000', '-m', 'ipv4', 'net0'),
    say('What ipadm keeps is in ipmgmtd\'s file, which is not for editing by hand.'),
    run('ipmplab', 'file', 'cat', '/etc/ipadm/ipadm.conf'),
    say(`Reboot. Every interface and address object comes back from ipadm.conf${s11 ? ', the standby too' : '; the standby does not, as ifconfig marked it'}.`),
    run('ipmplab', 'reboot'),
    run('ipmplab', 'clock', 'advance', '2s'),
    run('ipadm', 'show-addr'),
    run('ipmpstat', '-g'),
    ...demoEnding('Carry on with ipadm, dladm, ifconfig, route, netstat, ipmpstat, if_mpadm and rtmon (export PATH="$PWD/bin:$PATH"), or start over with `ipmplab reset`.'),
  ];
}
