# ipadm's interface sub-commands on illumos (the default release): both families plumbed, no
# address, ipadm.conf kept by ipmgmtd; an IPMP group built and taken apart; the refusals of
# add-ipmp, remove-ipmp and delete-ipmp; disable-if/enable-if; a reboot that brings it back.
$ ipadm create-ip net0
$ ipadm create-if net1
$ ipadm create-ip net2
$ ifconfig net0
net0: flags=20001000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 0.0.0.0 netmask 0 
	ether 2:8:20:4c:3a:10 
$ ipadm create-ipmp -i net0,net1 ipmp0
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        --        net1 net0
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       -------   up        disabled  ok
net0        yes     ipmp0       --mbM--   up        disabled  ok
$ ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
net0: flags=20001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:10 
net1: flags=20001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:11 
net2: flags=20001000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 4
	inet 0.0.0.0 netmask 0 
	ether 2:8:20:4c:3a:12 
ipmp0: flags=28001000842<BROADCAST,RUNNING,MULTICAST,IPv4,IPMP> mtu 1500 index 5
	inet 0.0.0.0 netmask 0 
	groupname ipmp0
lo0: flags=2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL> mtu 8252 index 1
	inet6 ::1/128 
net0: flags=20002000841<UP,RUNNING,MULTICAST,IPv6> mtu 1500 index 2
	inet6 ::/0 
	groupname ipmp0
	ether 2:8:20:4c:3a:10 
net1: flags=20002000841<UP,RUNNING,MULTICAST,IPv6> mtu 1500 index 3
	inet6 ::/0 
	groupname ipmp0
	ether 2:8:20:4c:3a:11 
net2: flags=20002000840<RUNNING,MULTICAST,IPv6> mtu 1500 index 4
	inet6 ::/0 
	ether 2:8:20:4c:3a:12 
ipmp0: flags=28002000840<RUNNING,MULTICAST,IPv6,IPMP> mtu 1500 index 5
	inet6 ::/0 
	groupname ipmp0
$ ipadm show-if
IFNAME     STATE    CURRENT      PERSISTENT
lo0        ok       -m-v------46 ---
net0       ok       bm--------46 -46
net1       ok       bm--------46 -46
net2       down     bm--------46 -46
ipmp0      down     bm--I-----46 -46
$ ipadm show-if -p -o ifname,current ipmp0
ipmp0:bm--I-----46
$ ipadm show-if -p
ipadm: output fields must be specified in parsable mode
[exit 1]
$ ipadm show-if -o ifname,bogus net2
ipadm: warning: ignoring unknown output field: `bogus'
IFNAME
net2
$ ipadm show-if net9
ipadm: Could not get interface(s): Interface does not exist
[exit 1]
$ ipmplab file cat /etc/ipadm/ipadm.conf
#
# DO NOT EDIT OR PARSE THIS FILE!
#
# Use the ipadm(1m) command to change the contents of this file.
_ifname=net0;_family=2;_class=0;
_ifname=net0;_family=26;_class=0;
_ifname=net1;_family=2;_class=0;
_ifname=net1;_family=26;_class=0;
_ifname=net2;_family=2;_class=0;
_ifname=net2;_family=26;_class=0;
_ifname=ipmp0;_family=2;_class=1;
_ifname=ipmp0;_family=26;_class=1;
_ifname=ipmp0;_underif=net0;
_ifname=ipmp0;_underif=net1;
$ ipadm create-ip net0
ipadm: Could not create net0 : Interface already exists
[exit 1]
$ ipadm create-ip net9
ipadm: Could not create net9 : Could not open DLPI link
[exit 1]
$ ipadm create-ip net0:1
ipadm: Could not create net0:1 : Invalid argument provided
[exit 1]
$ ipadm create-ip
ipadm: Usage: 	create-ip	[-t] <interface>
[exit 1]
$ ipadm add-ipmp ipmp0
ipadm: Usage: 	add-ipmp	[-t] -i <interface>[,<interface>]... <ipmp-interface>
[exit 1]
$ ipadm add-ipmp -i net0 ipmp0
ipadm: Could not add net0 to ipmp0: Interface already in use
[exit 1]
$ ipadm add-ipmp -i net9 ipmp0
ipadm: Could not add net9 to ipmp0: Operation not supported on disabled object
[exit 1]
$ ipadm add-ipmp -i net2 net1
ipadm: Could not add net2 to net1: Invalid argument provided
[exit 1]
$ ipadm add-ipmp -i net9,net0 ipmp0
ipadm: warning: Could not add net9 to ipmp0: Operation not supported on disabled object
ipadm: warning: Could not add net0 to ipmp0: Interface already in use
ipadm: Could not add any of the interfaces to ipmp0
[exit 1]
$ ipadm add-ipmp -x ipmp0
ipadm: unrecognized option '-x'
usage: 	add-ipmp	[-t] -i <interface>[,<interface>]... <ipmp-interface>
[exit 1]
$ ipadm add-ipmp -i
ipadm: option '-i' requires a value
usage: 	add-ipmp	[-t] -i <interface>[,<interface>]... <ipmp-interface>
[exit 1]
$ ipadm remove-ipmp -i net2 ipmp0
ipadm: Could not remove net2 from ipmp0: Invalid argument provided
[exit 1]
$ ipadm remove-ipmp -i net9,net2 ipmp0
ipadm: warning: Could not remove net9 from ipmp0: Operation not supported on disabled object
ipadm: warning: Could not remove net2 from ipmp0: Invalid argument provided
ipadm: Could not remove any of the interfaces from ipmp0
[exit 1]
$ ipadm delete-ipmp ipmp0
ipadm: Could not delete ipmp0: IPMP group is not empty
[exit 1]
$ ipadm delete-ipmp -f ipmp0
ipadm: unrecognized option '-f'
usage: 	delete-ipmp	<ipmp-interface>
[exit 1]
$ ipadm delete-ipmp net2
ipadm: Could not delete net2: Interface does not exist
[exit 1]
$ ipadm remove-ipmp -i net1 ipmp0
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net0        yes     ipmp0       --mbM--   up        disabled  ok
$ ipadm add-ipmp -i net2 ipmp0
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        --        net2 net0
$ ipadm disable-if net2
ipadm: persistent operation not supported for disable-if
[exit 1]
$ ipadm disable-if -t net2
$ ipadm show-if
IFNAME     STATE    CURRENT      PERSISTENT
lo0        ok       -m-v------46 ---
net0       ok       bm--------46 -46
net1       ok       bm--------46 -46
ipmp0      down     bm--I-----46 -46
net2       disabled ------------ -46
$ ipadm enable-if -t net2
$ ipadm enable-if -t net2
ipadm: Could not enable net2 : Interface already exists
[exit 1]
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        --        net2 net0
$ ipmplab reboot
ipmplab: rebooted; applying the persistent configuration
+ ipadm enable-if -t ipmp0
+ ipadm enable-if -t net1
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        --        net2 net0
$ ipadm show-if
IFNAME     STATE    CURRENT      PERSISTENT
lo0        ok       -m-v------46 ---
ipmp0      down     bm--I-----46 -46
net0       ok       bm--------46 -46
net1       down     bm--------46 -46
net2       ok       bm--------46 -46
$ ipadm delete-ip net1
$ ipadm delete-ip net1
ipadm: Could not delete net1: Interface does not exist
[exit 1]
$ ipmplab file put /etc/ipadm/ipadm.conf x
ipmplab: file /etc/ipadm/ipadm.conf: ipmgmtd's file ("DO NOT EDIT OR PARSE THIS FILE!"); use ipadm
[exit 1]
