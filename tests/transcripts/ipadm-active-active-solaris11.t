# Oracle's "How to Configure an Active-Active IPMP Group" (Solaris 11.4, gfbby) on a Solaris
# 11.4 host, in ipadm only and persistent, in the 11.4 form (create-addr without -T, the library
# names the objects): the links, the members, the IPMP interface with two
# data addresses, a persistent default route; then a reboot gives back the same ipadm, ifconfig,
# ipmpstat and netstat views, and a cable pull leaves the group degraded but serving.
$ ipmplab init --release solaris11 >/dev/null
$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
$ dladm show-link
LINK                CLASS     MTU    STATE    OVER
net0                phys      1500   up       --
net1                phys      1500   up       --
net2                phys      1500   up       --
net3                phys      1500   up       --
$ ipadm create-ip net0
$ ipadm create-ip net1
$ ipadm create-ipmp ipmp0
$ ipadm add-ipmp -i net0 -i net1 ipmp0
$ ipadm create-addr -a 192.168.10.10/24 ipmp0
ipadm: ipmp0/v4
$ ipadm create-addr -a 192.168.10.15/24 ipmp0
ipadm: ipmp0/v4a
$ route -p add default 192.168.10.1
add net default: gateway 192.168.10.1
add persistent net default: gateway 192.168.10.1
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:02.000Z (advanced 2s; 5 routing messages)
$ ipadm show-if
IFNAME     CLASS    STATE    ACTIVE OVER
lo0        loopback ok       yes    --
net0       ip       ok       yes    --
net1       ip       ok       yes    --
ipmp0      ipmp     ok       yes    net0 net1
$ ipadm show-addr
ADDROBJ           TYPE     STATE        ADDR
lo0/v4            static   ok           127.0.0.1/8
ipmp0/v4          static   ok           192.168.10.10/24
ipmp0/v4a         static   ok           192.168.10.15/24
lo0/v6            static   ok           ::1/128
$ ipadm
NAME         CLASS/TYPE STATE     UNDER  ADDR
lo0          loopback   ok        --     --
  lo0/v4     static     ok        --     127.0.0.1/8
  lo0/v6     static     ok        --     ::1/128
net0         ip         ok        ipmp0  --
net1         ip         ok        ipmp0  --
ipmp0        ipmp       ok        --     --
  ipmp0/v4   static     ok        --     192.168.10.10/24
  ipmp0/v4a  static     ok        --     192.168.10.15/24
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        --        net1 net0
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       -------   up        disabled  ok
net0        yes     ipmp0       --mbM--   up        disabled  ok
$ ipmpstat -an
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
::                        down   ipmp0       --          --
192.168.10.15             up     ipmp0       net1        net1 net0
192.168.10.10             up     ipmp0       net0        net1 net0
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
default              192.168.10.1         UG        1          0           
127.0.0.1            127.0.0.1            UH        2          0 lo0       
192.168.10.0         192.168.10.10        U         2          0 ipmp0     
192.168.10.0         192.168.10.15        U         2          0 ipmp0     
$ ifconfig -a4
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
net0: flags=120001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 1500 index 2
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:10 
net1: flags=120001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 1500 index 3
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:11 
ipmp0: flags=128001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP,PHYSRUNNING> mtu 1500 index 4
	inet 192.168.10.10 netmask ffffff00 broadcast 192.168.10.255
	groupname ipmp0
ipmp0:1: flags=128001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP,PHYSRUNNING> mtu 1500 index 4
	inet 192.168.10.15 netmask ffffff00 broadcast 192.168.10.255
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
# The reboot: ipmgmtd's configuration first (net-physical enables the IPMP interface, which
# enables its members, then the other interfaces), the persistent routes, then in.mpathd. The
# same views come back; only the interface indexes follow the new plumbing order, so ifconfig
# lists ipmp0 before its members.
$ ipmplab reboot
ipmplab: rebooted; applying the persistent configuration
+ ipadm enable-if -t ipmp0
+ route add default 192.168.10.1
add net default: gateway 192.168.10.1
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:04.000Z (advanced 2s; 0 routing messages)
$ ipadm show-if
IFNAME     CLASS    STATE    ACTIVE OVER
lo0        loopback ok       yes    --
ipmp0      ipmp     ok       yes    net0 net1
net0       ip       ok       yes    --
net1       ip       ok       yes    --
$ ipadm show-addr
ADDROBJ           TYPE     STATE        ADDR
lo0/v4            static   ok           127.0.0.1/8
ipmp0/v4          static   ok           192.168.10.10/24
ipmp0/v4a         static   ok           192.168.10.15/24
lo0/v6            static   ok           ::1/128
$ ipadm
NAME         CLASS/TYPE STATE     UNDER  ADDR
lo0          loopback   ok        --     --
  lo0/v4     static     ok        --     127.0.0.1/8
  lo0/v6     static     ok        --     ::1/128
ipmp0        ipmp       ok        --     --
  ipmp0/v4   static     ok        --     192.168.10.10/24
  ipmp0/v4a  static     ok        --     192.168.10.15/24
net0         ip         ok        ipmp0  --
net1         ip         ok        ipmp0  --
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        --        net1 net0
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       -------   up        disabled  ok
net0        yes     ipmp0       --mbM--   up        disabled  ok
$ ipmpstat -an
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
::                        down   ipmp0       --          --
192.168.10.15             up     ipmp0       net1        net1 net0
192.168.10.10             up     ipmp0       net0        net1 net0
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
default              192.168.10.1         UG        1          0           
127.0.0.1            127.0.0.1            UH        2          0 lo0       
192.168.10.0         192.168.10.10        U         2          0 ipmp0     
192.168.10.0         192.168.10.15        U         2          0 ipmp0     
$ ifconfig -a4
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
ipmp0: flags=128001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP,PHYSRUNNING> mtu 1500 index 2
	inet 192.168.10.10 netmask ffffff00 broadcast 192.168.10.255
	groupname ipmp0
ipmp0:1: flags=128001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP,PHYSRUNNING> mtu 1500 index 2
	inet 192.168.10.15 netmask ffffff00 broadcast 192.168.10.255
net0: flags=120001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 1500 index 3
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:10 
net1: flags=120001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 1500 index 4
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:11 
# Pull net0's cable: link-based failure detection fails it; both data addresses stay up on net1
$ ipmplab link net0 down
ipmplab: link net0 is down
Jan  1 00:00:04 host0 in.mpathd[105]: [ID 0 daemon.error] The link has gone down on net0
Jan  1 00:00:04 host0 in.mpathd[105]: [ID 0 daemon.error] IP interface failure detected on net0 of group ipmp0
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       degraded  --        net1 [net0]
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       --mbM--   up        disabled  ok
net0        no      ipmp0       -------   down      disabled  failed
$ ipmpstat -an
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
::                        down   ipmp0       --          --
192.168.10.15             up     ipmp0       net1        net1
192.168.10.10             up     ipmp0       net1        net1
$ ipadm show-if
IFNAME     CLASS    STATE    ACTIVE OVER
lo0        loopback ok       yes    --
ipmp0      ipmp     ok       yes    net0 net1
net0       ip       failed   no     --
net1       ip       ok       yes    --
$ ipadm
NAME         CLASS/TYPE STATE     UNDER  ADDR
lo0          loopback   ok        --     --
  lo0/v4     static     ok        --     127.0.0.1/8
  lo0/v6     static     ok        --     ::1/128
ipmp0        ipmp       degraded  --     --
  ipmp0/v4   static     ok        --     192.168.10.10/24
  ipmp0/v4a  static     ok        --     192.168.10.15/24
net0         ip         failed    ipmp0  --
net1         ip         ok        ipmp0  --
$ ipmplab link net0 up
ipmplab: link net0 is up
Jan  1 00:00:04 host0 in.mpathd[105]: [ID 0 daemon.error] The link has come up on net0
Jan  1 00:00:04 host0 in.mpathd[105]: [ID 0 daemon.error] IP interface repair detected on net0 of group ipmp0
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        --        net1 net0
