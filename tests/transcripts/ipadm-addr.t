# ipadm's address sub-commands on illumos (the default release): create-addr with its refusals,
# show-addr and its states (tentative while DAD runs under the manual clock), down/up,
# disable/enable, delete, addresses made by ifconfig showing as IF/_a, and ifconfig -a after the
# ipadm steps.
$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
$ ipadm create-ip net0
$ ipadm create-addr -T static -a 192.168.10.10/24 net0/v4
$ ipadm show-addr
ADDROBJ           TYPE     STATE        ADDR
lo0/v4            static   ok           127.0.0.1/8
net0/v4           static   tentative    192.168.10.10/24
lo0/v6            static   ok           ::1/128
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:02.000Z (advanced 2s; 3 routing messages)
$ ipadm show-addr -o addrobj,type,state,current,persistent,addr net0/
ADDROBJ           TYPE     STATE        CURRENT PERSISTENT ADDR
net0/v4           static   ok           U----   U--        192.168.10.10/24
$ ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
net0: flags=20001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.10.10 netmask ffffff00 broadcast 192.168.10.255
	ether 2:8:20:4c:3a:10 
lo0: flags=2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL> mtu 8252 index 1
	inet6 ::1/128 
net0: flags=20002000840<RUNNING,MULTICAST,IPv6> mtu 1500 index 2
	inet6 ::/0 
	ether 2:8:20:4c:3a:10 
$ ipadm create-addr -T static -a local=192.168.10.11/24 -d net0/data
$ ipadm show-addr -p -o addrobj,state,current net0/
net0/v4:ok:U----
net0/data:down:-----
$ ipadm up-addr net0/data
$ ipmplab clock advance 1s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:03.000Z (advanced 1s; 2 routing messages)
$ ipadm down-addr -t net0/v4
$ ipadm show-addr -o addrobj,state,current,persistent net0/
ADDROBJ           STATE        CURRENT PERSISTENT
net0/v4           down         -----   U--
net0/data         ok           U----   U--
$ ipadm up-addr net0/v4
$ ipmplab clock advance 1s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:04.000Z (advanced 1s; 3 routing messages)
$ ipmplab file cat /etc/ipadm/ipadm.conf
#
# DO NOT EDIT OR PARSE THIS FILE!
#
# Use the ipadm(1m) command to change the contents of this file.
_ifname=net0;_family=2;_class=0;
_ifname=net0;_family=26;_class=0;
_ifname=net0;_aobjname=net0/v4;_ipv4addr=192.168.10.10,;up=yes;
_ifname=net0;_aobjname=net0/v4;prefixlen=24;
_ifname=net0;_aobjname=net0/data;_ipv4addr=192.168.10.11,;up=yes;
_ifname=net0;_aobjname=net0/data;prefixlen=24;
$ ipadm disable-addr net0/data
ipadm: persistent operation not supported for disable-addr
[exit 1]
$ ipadm disable-addr -t net0/data
$ ipadm show-addr net0/data
ADDROBJ           TYPE     STATE        ADDR
net0/data         static   disabled     192.168.10.11/24
$ ifconfig net0:1
ifconfig: status: SIOCGLIFFLAGS: net0:1: no such interface
[exit 1]
$ ipadm up-addr net0/data
ipadm: Could not mark the address up: Operation not supported on disabled object
[exit 1]
$ ipadm enable-addr -t net0/data
$ ipadm enable-addr -t net0/data
ipadm: could not enable address: Address object already exists
[exit 1]
$ ipadm delete-addr net0/data
$ ipadm show-addr net0/data
ipadm: Address object not found
[exit 1]
# errors, word for word
$ ipadm create-addr -a 10.1.1.1/24 net0/x
ipadm: Invalid arguments
usage: 	create-addr	[-t] -T static [-d] -a{local|remote}=addr[/prefixlen]
			<addrobj>
	create-addr	[-t] -T dhcp [-w <seconds> | forever]
			[-1] [-h <hostname>] <addrobj>
	create-addr	[-t] -T addrconf [-i interface-id]
			[-p {stateful|stateless}={yes|no}] <addrobj>
[exit 1]
$ ipadm create-addr -T static -a 10.1.1.1/24 net0
ipadm: invalid address object name: net0
usage: 	create-addr	[-t] -T static [-d] -a{local|remote}=addr[/prefixlen]
			<addrobj>
	create-addr	[-t] -T dhcp [-w <seconds> | forever]
			[-1] [-h <hostname>] <addrobj>
	create-addr	[-t] -T addrconf [-i interface-id]
			[-p {stateful|stateless}={yes|no}] <addrobj>
[exit 1]
$ ipadm create-addr -T static -a 10.1.1.1/24 net0/1x
ipadm: Error in creating address object: Invalid argument provided
[exit 1]
$ ipadm create-addr -T static -a 10.1.1.1/24 net0/v4
ipadm: Could not create address: Address object already exists
[exit 1]
$ ipadm create-addr -T static -a 10.1.1.1/24 net9/v4
ipadm: Could not create address: Interface does not exist
[exit 1]
$ ipadm create-addr -T static -a 10.1.1.1,10.1.1.2,x net0/y
ipadm: Invalid address provided
usage: 	create-addr	[-t] -T static [-d] -a{local|remote}=addr[/prefixlen]
			<addrobj>
	create-addr	[-t] -T dhcp [-w <seconds> | forever]
			[-1] [-h <hostname>] <addrobj>
	create-addr	[-t] -T addrconf [-i interface-id]
			[-p {stateful|stateless}={yes|no}] <addrobj>
[exit 1]
$ ipadm create-addr -T static -a remote=10.1.1.2 net0/y
ipadm: Missing local address
usage: 	create-addr	[-t] -T static [-d] -a{local|remote}=addr[/prefixlen]
			<addrobj>
	create-addr	[-t] -T dhcp [-w <seconds> | forever]
			[-1] [-h <hostname>] <addrobj>
	create-addr	[-t] -T addrconf [-i interface-id]
			[-p {stateful|stateless}={yes|no}] <addrobj>
[exit 1]
$ ipadm create-addr -T static -a 10.1.1.1/24,remote=10.1.1.2 net0/y
ipadm: Missing local address
usage: 	create-addr	[-t] -T static [-d] -a{local|remote}=addr[/prefixlen]
			<addrobj>
	create-addr	[-t] -T dhcp [-w <seconds> | forever]
			[-1] [-h <hostname>] <addrobj>
	create-addr	[-t] -T addrconf [-i interface-id]
			[-p {stateful|stateless}={yes|no}] <addrobj>
[exit 1]
$ ipadm create-addr -T static -a no.such.host net0/y
ipadm: Error in setting local address: Invalid address
[exit 1]
$ ipadm create-addr -T static -a 10.1.1.1/24 -w 5 net0/y
ipadm: Invalid arguments for type static
usage: 	create-addr	[-t] -T static [-d] -a{local|remote}=addr[/prefixlen]
			<addrobj>
	create-addr	[-t] -T dhcp [-w <seconds> | forever]
			[-1] [-h <hostname>] <addrobj>
	create-addr	[-t] -T addrconf [-i interface-id]
			[-p {stateful|stateless}={yes|no}] <addrobj>
[exit 1]
$ ipadm create-addr -T foo net0/y
ipadm: Invalid address type foo
[exit 1]
$ ipadm create-addr -T dhcp net0/d
ipadm: Could not create address: Could not start dhcpagent
[exit 1]
$ ipadm create-addr -T static -a
ipadm: option '-a' requires a value
usage: 	create-addr	[-t] -T static [-d] -a{local|remote}=addr[/prefixlen]
			<addrobj>
	create-addr	[-t] -T dhcp [-w <seconds> | forever]
			[-1] [-h <hostname>] <addrobj>
	create-addr	[-t] -T addrconf [-i interface-id]
			[-p {stateful|stateless}={yes|no}] <addrobj>
[exit 1]
$ ipadm create-addr -x net0/y
ipadm: unrecognized option '-x'
usage: 	create-addr	[-t] -T static [-d] -a{local|remote}=addr[/prefixlen]
			<addrobj>
	create-addr	[-t] -T dhcp [-w <seconds> | forever]
			[-1] [-h <hostname>] <addrobj>
	create-addr	[-t] -T addrconf [-i interface-id]
			[-p {stateful|stateless}={yes|no}] <addrobj>
[exit 1]
$ ipadm show-addr -p
ipadm: -p requires -o
[exit 1]
$ ipadm show-addr net0
ipadm: Invalid address object name provided
[exit 1]
$ ipadm show-addr -o
ipadm: unrecognized option '-o'
usage: 	show-addr	[[-p] -o <field>,...] [<addrobj>]

[exit 1]
$ ipadm show-addr net0/none
ipadm: Address object not found
[exit 1]
$ ipadm show-addr net9/
ipadm: Could not get address: Interface does not exist
[exit 1]
$ ipadm delete-addr net0/none
ipadm: could not delete address: Object not found
[exit 1]
$ ipadm delete-addr
ipadm: Usage: 	delete-addr	[-r] <addrobj>
[exit 1]
$ ipadm refresh-addr net0/none
ipadm: could not refresh address Object not found
[exit 1]
# ifconfig's addresses get the daemon's names; ipadm works on them as on its own
$ ifconfig net1 plumb 10.0.0.5/8 up
$ ifconfig net1 addif 10.0.0.6/8 up
Created new logical interface net1:1
$ ipadm create-addr -T static -a 10.0.0.7/8 net1/ipadm
ipadm: Could not create address: Persistent operation on temporary object
[exit 1]
$ ipadm create-addr -t -T static -a 10.0.0.7/8 net1/ipadm
$ ipmplab clock advance 1s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:05.000Z (advanced 1s; 7 routing messages)
$ ipadm show-addr net1/
ADDROBJ           TYPE     STATE        ADDR
net1/_a           static   ok           10.0.0.5/8
net1/_b           static   ok           10.0.0.6/8
net1/ipadm        static   ok           10.0.0.7/8
$ ipmplab file cat /etc/svc/volatile/ipadm/aobjmap.conf
_aobjname=lo0/v4;_ifname=lo0;_lifnum=0;_family=2;_flags=1;_atype=0;_addr=;
_aobjname=lo0/v6;_ifname=lo0;_lifnum=0;_family=26;_flags=1;_atype=0;_addr=;
_aobjname=net0/v4;_ifname=net0;_lifnum=0;_family=2;_flags=3;_atype=0;_addr=;
_aobjname=net1/_a;_ifname=net1;_lifnum=0;_family=2;_flags=1;_atype=0;_addr=;
_aobjname=net1/_b;_ifname=net1;_lifnum=1;_family=2;_flags=1;_atype=0;_addr=;
_aobjname=net1/ipadm;_ifname=net1;_lifnum=2;_family=2;_flags=1;_atype=0;_addr=;
$ ipadm delete-addr net1/_b
$ ifconfig net1 addif 10.0.0.8/8 up
Created new logical interface net1:1
$ ipadm show-addr -o addrobj,addr net1/
ADDROBJ           ADDR
net1/_a           10.0.0.5/8
net1/_b           10.0.0.8/8
net1/ipadm        10.0.0.7/8
$ ifconfig -a4
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
net0: flags=20001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.10.10 netmask ffffff00 broadcast 192.168.10.255
	ether 2:8:20:4c:3a:10 
net1: flags=20001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 10.0.0.5 netmask ff000000 broadcast 10.255.255.255
	ether 2:8:20:4c:3a:11 
net1:1: flags=20001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 10.0.0.8 netmask ff000000 broadcast 10.255.255.255
net1:2: flags=20001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 10.0.0.7 netmask ff000000 broadcast 10.255.255.255
# IPv6: the link-local from the hardware address (no in.ndpd, no router: nothing more)
$ ipadm create-addr -T addrconf net0/v6
$ ipadm create-addr -T addrconf net0/v6b
ipadm: Could not create address: Addrconf already in progress
[exit 1]
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:07.000Z (advanced 2s; 5 routing messages)
$ ipadm show-addr net0/
ADDROBJ           TYPE     STATE        ADDR
net0/v4           static   ok           192.168.10.10/24
net0/v6           addrconf ok           fe80::8:20ff:fe4c:3a10/10
$ ipadm
ADDROBJ           TYPE     STATE        ADDR
lo0/v4            static   ok           127.0.0.1/8
net0/v4           static   ok           192.168.10.10/24
net1/_a           static   ok           10.0.0.5/8
net1/_b           static   ok           10.0.0.8/8
net1/ipadm        static   ok           10.0.0.7/8
lo0/v6            static   ok           ::1/128
net0/v6           addrconf ok           fe80::8:20ff:fe4c:3a10/10
# removeif of an address ipmgmtd knows deletes it through ipadm_delete_addr: its object goes too
$ ifconfig net1 removeif 10.0.0.8
$ ipmplab file cat /etc/svc/volatile/ipadm/aobjmap.conf
_aobjname=lo0/v4;_ifname=lo0;_lifnum=0;_family=2;_flags=1;_atype=0;_addr=;
_aobjname=lo0/v6;_ifname=lo0;_lifnum=0;_family=26;_flags=1;_atype=0;_addr=;
_aobjname=net0/v4;_ifname=net0;_lifnum=0;_family=2;_flags=3;_atype=0;_addr=;
_aobjname=net1/_a;_ifname=net1;_lifnum=0;_family=2;_flags=1;_atype=0;_addr=;
_aobjname=net1/ipadm;_ifname=net1;_lifnum=2;_family=2;_flags=1;_atype=0;_addr=;
_aobjname=net0/v6;_ifname=net0;_lifnum=0;_family=26;_flags=3;_atype=2;_addr=default;
# address properties come back with their object: enable-if walks the object's lines in order
$ ipadm create-addr -T static -a 192.168.10.11/24 net0/b
$ ipadm set-addrprop -p deprecated=on net0/b
$ ipadm set-addrprop -p private=on net0/b
$ ipmplab reboot
ipmplab: rebooted; applying the persistent configuration
+ ipadm enable-if -t net0
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:09.000Z (advanced 2s; 8 routing messages)
$ ifconfig net0:1
net0:1: flags=20001048843<UP,BROADCAST,RUNNING,MULTICAST,PRIVATE,DEPRECATED,IPv4> mtu 1500 index 2
	inet 192.168.10.11 netmask ffffff00 broadcast 192.168.10.255
$ ipadm show-addrprop -p deprecated,private,prefixlen net0/b
ADDROBJ           PROPERTY   PERM CURRENT         PERSISTENT      DEFAULT         POSSIBLE
net0/b            deprecated rw   on              on              off             on,off
net0/b            private    rw   on              on              off             on,off
net0/b            prefixlen  rw   24              24              24              1-30,32
