# ipadm's address sub-commands on a Solaris 11.4 host: -T static by default, objects named by
# the library when only the interface is given (IF/v4, IF/v4a, printed), test addresses on IPMP
# members, the overview of the bare ipadm, and the release's texts.
$ ipmplab init --release solaris11 >/dev/null
$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
$ ipadm create-ip net0
$ ipadm create-ip net1
$ ipadm create-ipmp ipmp0
$ ipadm add-ipmp -i net0 -i net1 ipmp0
$ ipadm create-addr -a 192.168.10.10/24 ipmp0
ipadm: ipmp0/v4
$ ipadm create-addr -a 192.168.10.15/24 ipmp0
ipadm: ipmp0/v4a
$ ipadm create-addr -T static -a 192.168.10.30/24 net0/test
$ ipadm create-addr -a 192.168.10.32/24 net1
ipadm: net1/v4
$ ipadm show-addr -o addrobj,type,state,current,addr
ADDROBJ           TYPE     STATE        CURRENT ADDR
lo0/v4            static   ok           U----   127.0.0.1/8
net0/test         static   tentative    U---d   192.168.10.30/24
net1/v4           static   tentative    U---d   192.168.10.32/24
ipmp0/v4          static   tentative    U----   192.168.10.10/24
ipmp0/v4a         static   tentative    U----   192.168.10.15/24
lo0/v6            static   ok           U----   ::1/128
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:02.000Z (advanced 2s; 11 routing messages)
$ ipadm show-addr ipmp0
ADDROBJ           TYPE     STATE        ADDR
ipmp0/v4          static   ok           192.168.10.10/24
ipmp0/v4a         static   ok           192.168.10.15/24
$ ipadm
NAME         CLASS/TYPE STATE     UNDER  ADDR
lo0          loopback   ok        --     --
  lo0/v4     static     ok        --     127.0.0.1/8
  lo0/v6     static     ok        --     ::1/128
net0         ip         ok        ipmp0  --
  net0/test  static     ok        --     192.168.10.30/24
net1         ip         ok        ipmp0  --
  net1/v4    static     ok        --     192.168.10.32/24
ipmp0        ipmp       ok        --     --
  ipmp0/v4   static     ok        --     192.168.10.10/24
  ipmp0/v4a  static     ok        --     192.168.10.15/24
$ ifconfig net0:1
ifconfig: status: SIOCGLIFFLAGS: net0:1: no such interface
[exit 1]
$ ipadm create-addr -T static -a 10.1.1.1/24 net9/v4
ipadm: cannot create address: No such interface
[exit 1]
$ ipadm create-addr -T static -a 10.1.1.1/24 net0/
ipadm: invalid address object name: net0/
usage: 	create-addr	[-t] -T static [-d] -a {local|remote}=addr[/prefixlen]
				<addrobj>
	create-addr	[-t] -T dhcp [-w <seconds> | forever] [-h <hostname>]
				<addrobj>
	create-addr	[-t] -T addrconf [-i {local|remote}=interface-id]
				[-p {stateful|stateless}={yes|no}] <addrobj>
[exit 1]
$ ipadm create-addr -T foo net0/y
ipadm: invalid address type foo
[exit 1]
$ ipadm delete-addr net0/none
ipadm: cannot delete address: Object not found
[exit 1]
$ ipadm down-addr
ipadm: usage: 	down-addr	[-t] <addrobj>
[exit 1]
$ ipadm show-addr -d -o addrobj
ipadm: -d cannot be used with -o
[exit 1]
$ ipadm show-addr -d
$ ipmplab file cat /etc/ipadm/ipadm.conf
#
# DO NOT EDIT OR PARSE THIS FILE!
#
# Use the ipadm(1m) command to change the contents of this file.
_ifname=lo0;_family=2;_class=2;
_ifname=lo0;_aobjname=lo0/v4;_ipv4addr=127.0.0.1,;up=yes;
_ifname=lo0;_aobjname=lo0/v4;prefixlen=8;
_ifname=lo0;_family=26;_class=2;
_ifname=lo0;_aobjname=lo0/v6;_ipv6addr=::1,;up=yes;
_ifname=lo0;_aobjname=lo0/v6;prefixlen=128;
_ifname=net0;_family=2;_class=0;
_ifname=net0;_family=26;_class=0;
_ifname=net1;_family=2;_class=0;
_ifname=net1;_family=26;_class=0;
_ifname=ipmp0;_family=2;_class=1;
_ifname=ipmp0;_family=26;_class=1;
_ifname=ipmp0;_underif=net0;
_ifname=ipmp0;_underif=net1;
_ifname=ipmp0;_aobjname=ipmp0/v4;_ipv4addr=192.168.10.10,;up=yes;
_ifname=ipmp0;_aobjname=ipmp0/v4;prefixlen=24;
_ifname=ipmp0;_aobjname=ipmp0/v4a;_ipv4addr=192.168.10.15,;up=yes;
_ifname=ipmp0;_aobjname=ipmp0/v4a;prefixlen=24;
_ifname=net0;_aobjname=net0/test;_ipv4addr=192.168.10.30,;up=yes;
_ifname=net0;_aobjname=net0/test;prefixlen=24;
_ifname=net1;_aobjname=net1/v4;_ipv4addr=192.168.10.32,;up=yes;
_ifname=net1;_aobjname=net1/v4;prefixlen=24;
# create-ip undoes its IPv4 half, ipadm.conf line included, when IPv6 is already plumbed
$ ifconfig net2 inet6 plumb
$ ipadm create-ip net2
ipadm: cannot create interface net2: Interface already exists
[exit 1]
$ ipadm show-if -o ifname,current,persistent net2
IFNAME     CURRENT       PERSISTENT
net2       -m-6--------  ----
