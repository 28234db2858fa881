# Oracle's active-standby procedure on a Solaris 11.4 host, in ipadm's dialect: the IPMP
# interface, its members, data addresses with Solaris 11.4's automatic names, test addresses on
# the members, the standby. Then a reboot: everything ipadm made persistent comes back.
$ ipmplab init --release solaris11 --json | grep -c solaris11
1
$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
$ ipadm create-ipmp ipmp0
$ ipadm create-ip net0
$ ipadm create-ip net1
$ ipadm create-ip net2
$ ipadm add-ipmp -i net0 -i net1 -i net2 ipmp0
$ ipadm create-addr -a 192.168.10.10/24 ipmp0
ipadm: ipmp0/v4
$ ipadm create-addr -a 192.168.10.15/24 ipmp0
ipadm: ipmp0/v4a
$ ipadm create-addr -a 192.168.10.30/24 net0
ipadm: net0/v4
$ ipadm create-addr -a 192.168.10.32/24 net1
ipadm: net1/v4
$ ipadm create-addr -a 192.168.10.34/24 net2
ipadm: net2/v4
$ ipadm set-ifprop -p standby=on -m ip net2
$ ipadm show-if
IFNAME     CLASS    STATE    ACTIVE OVER
lo0        loopback ok       yes    --
ipmp0      ipmp     ok       yes    net0 net1 net2
net0       ip       ok       yes    --
net1       ip       ok       yes    --
net2       ip       ok       no     --
$ ipadm show-if -o all
IFNAME     CLASS    STATE    ACTIVE CURRENT       PERSISTENT OVER
lo0        loopback ok       yes    -m46-v------  46--       --
ipmp0      ipmp     ok       yes    bm46--------  46--       net0 net1 net2
net0       ip       ok       yes    bm46---l----  46-l       --
net1       ip       ok       yes    bm46---l----  46-l       --
net2       ip       ok       no     bm46--sli---  46sl       --
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        10.00s    net1 net0 (net2)
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net2        no      ipmp0       is-----   up        unknown   unknown
net1        yes     ipmp0       -------   up        unknown   unknown
net0        yes     ipmp0       --mbM--   up        unknown   unknown
$ ifconfig net2
net2: flags=120069040843<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER,STANDBY,INACTIVE,PHYSRUNNING> mtu 1500 index 5
	inet 192.168.10.34 netmask ffffff00 broadcast 192.168.10.255
	groupname ipmp0
	ether 2:8:20:4c:3a:12 
$ ipadm show-ifprop -p standby net2
IFNAME      PROPERTY        PROTO PERM CURRENT    PERSISTENT DEFAULT    POSSIBLE
net2        standby         ip    rw   on         on         off        on,off
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:02.000Z (advanced 2s; 14 routing messages)
$ ipadm show-addr
ADDROBJ           TYPE     STATE        ADDR
lo0/v4            static   ok           127.0.0.1/8
ipmp0/v4          static   ok           192.168.10.10/24
ipmp0/v4a         static   ok           192.168.10.15/24
net0/v4           static   ok           192.168.10.30/24
net1/v4           static   ok           192.168.10.32/24
net2/v4           static   ok           192.168.10.34/24
lo0/v6            static   ok           ::1/128
$ ipadm show-addr -o addrobj,type,state,current,addr
ADDROBJ           TYPE     STATE        CURRENT ADDR
lo0/v4            static   ok           U----   127.0.0.1/8
ipmp0/v4          static   ok           U----   192.168.10.10/24
ipmp0/v4a         static   ok           U----   192.168.10.15/24
net0/v4           static   ok           U---d   192.168.10.30/24
net1/v4           static   ok           U---d   192.168.10.32/24
net2/v4           static   ok           U---d   192.168.10.34/24
lo0/v6            static   ok           U----   ::1/128
$ ipadm
NAME         CLASS/TYPE STATE     UNDER  ADDR
lo0          loopback   ok        --     --
  lo0/v4     static     ok        --     127.0.0.1/8
  lo0/v6     static     ok        --     ::1/128
ipmp0        ipmp       ok        --     --
  ipmp0/v4   static     ok        --     192.168.10.10/24
  ipmp0/v4a  static     ok        --     192.168.10.15/24
net0         ip         ok        ipmp0  --
  net0/v4    static     ok        --     192.168.10.30/24
net1         ip         ok        ipmp0  --
  net1/v4    static     ok        --     192.168.10.32/24
net2         ip         ok        ipmp0  --
  net2/v4    static     ok        --     192.168.10.34/24
# The refusals of Solaris 11's wording.
$ ipadm delete-ipmp ipmp0
ipadm: cannot delete IPMP interface ipmp0: IPMP group is not empty
[exit 1]
$ ipadm add-ipmp -i net0 ipmp0
$ ipadm remove-ipmp -i net3 ipmp0
ipadm: cannot remove net3 from ipmp0: No such underlying interface
[exit 1]
$ ipadm add-ipmp -i net9 ipmp0
ipadm: cannot add net9 to ipmp0: No such underlying interface
[exit 1]
$ ipadm create-ip net9
ipadm: cannot create interface net9: Datalink does not exist
[exit 1]
$ ipadm delete-ip net3
ipadm: cannot delete interface net3: No such interface
[exit 1]
$ ipadm show-if -p
ipadm: -p requires -o
[exit 1]
$ ipadm create-addr -a 192.168.10.15/24 ipmp0
ipadm: cannot create address: Can't assign requested address
[exit 1]
$ ipadm create-addr -T dhcp net3/v4
ipadm: cannot create address: No such interface
[exit 1]
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
_ifname=ipmp0;_family=2;_class=1;
_ifname=ipmp0;_family=26;_class=1;
_ifname=net0;_family=2;_class=0;
_ifname=net0;_family=26;_class=0;
_ifname=net1;_family=2;_class=0;
_ifname=net1;_family=26;_class=0;
_ifname=net2;_family=2;_class=0;
_ifname=net2;_family=26;_class=0;
_ifname=ipmp0;_underif=net0;
_ifname=ipmp0;_underif=net1;
_ifname=ipmp0;_underif=net2;
_ifname=ipmp0;_aobjname=ipmp0/v4;_ipv4addr=192.168.10.10,;up=yes;
_ifname=ipmp0;_aobjname=ipmp0/v4;prefixlen=24;
_ifname=ipmp0;_aobjname=ipmp0/v4a;_ipv4addr=192.168.10.15,;up=yes;
_ifname=ipmp0;_aobjname=ipmp0/v4a;prefixlen=24;
_ifname=net0;_aobjname=net0/v4;_ipv4addr=192.168.10.30,;up=yes;
_ifname=net0;_aobjname=net0/v4;prefixlen=24;
_ifname=net1;_aobjname=net1/v4;_ipv4addr=192.168.10.32,;up=yes;
_ifname=net1;_aobjname=net1/v4;prefixlen=24;
_ifname=net2;_aobjname=net2/v4;_ipv4addr=192.168.10.34,;up=yes;
_ifname=net2;_aobjname=net2/v4;prefixlen=24;
_protocol=ip;_ifname=net2;standby=on;
$ dladm show-link
LINK                CLASS     MTU    STATE    OVER
net0                phys      1500   up       --
net1                phys      1500   up       --
net2                phys      1500   up       --
net3                phys      1500   up       --
$ ipmplab reboot
ipmplab: rebooted; applying the persistent configuration
+ ipadm enable-if -t ipmp0
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:04.000Z (advanced 2s; 9 routing messages)
$ ipadm show-if
IFNAME     CLASS    STATE    ACTIVE OVER
lo0        loopback ok       yes    --
ipmp0      ipmp     ok       yes    net0 net1 net2
net0       ip       ok       yes    --
net1       ip       ok       yes    --
net2       ip       ok       no     --
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        10.00s    net1 net0 (net2)
$ ipadm show-addr
ADDROBJ           TYPE     STATE        ADDR
lo0/v4            static   ok           127.0.0.1/8
ipmp0/v4          static   ok           192.168.10.10/24
ipmp0/v4a         static   ok           192.168.10.15/24
net0/v4           static   ok           192.168.10.30/24
net1/v4           static   ok           192.168.10.32/24
net2/v4           static   ok           192.168.10.34/24
lo0/v6            static   ok           ::1/128
$ ifconfig ipmp0
ipmp0: flags=128001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP,PHYSRUNNING> mtu 1500 index 2
	inet 192.168.10.10 netmask ffffff00 broadcast 192.168.10.255
	groupname ipmp0
# A member's cable: in.mpathd fails it; show-if follows.
$ ipmplab link net0 down
ipmplab: link net0 is down
Jan  1 00:00:04 host0 in.mpathd[105]: [ID 0 daemon.error] The link has gone down on net0
Jan  1 00:00:04 host0 in.mpathd[105]: [ID 0 daemon.error] IP interface failure detected on net0 of group ipmp0
$ ipadm show-if
IFNAME     CLASS    STATE    ACTIVE OVER
lo0        loopback ok       yes    --
ipmp0      ipmp     ok       yes    net0 net1 net2
net0       ip       failed   no     --
net1       ip       ok       yes    --
net2       ip       ok       yes    --
$ ipadm show-addr
ADDROBJ           TYPE     STATE        ADDR
lo0/v4            static   ok           127.0.0.1/8
ipmp0/v4          static   ok           192.168.10.10/24
ipmp0/v4a         static   ok           192.168.10.15/24
net0/v4           static   inaccessible 192.168.10.30/24
net1/v4           static   ok           192.168.10.32/24
net2/v4           static   ok           192.168.10.34/24
lo0/v6            static   ok           ::1/128
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       degraded  10.00s    net2 net1 [net0]
