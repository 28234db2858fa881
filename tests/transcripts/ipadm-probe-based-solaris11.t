# Oracle's probe-based failure detection (Solaris 11.4, "Configuring Probe-Based Failure
# Detection" and "How to Manually Specify Target Systems") on a Solaris 11.4 host in ipadm, in 11.4's form: an
# active-active group, a test address on each member (libipadm marks an address on a member as a
# test address: NOFAILOVER, DEPRECATED), a target system named by a persistent static host route;
# in.mpathd then probes with the test addresses. A reboot gives back the same group, addresses,
# targets and routes; lost probes fail a member whose link is still up.
$ ipmplab init --release solaris11 >/dev/null
$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
$ ipadm create-ip net0
$ ipadm create-ip net1
$ ipadm create-ipmp ipmp0
$ ipadm add-ipmp -i net0 -i net1 ipmp0
$ ipadm create-addr -a 192.168.10.10/24 ipmp0
ipadm: ipmp0/v4
$ ipadm create-addr -a 192.168.10.30/24 net0
ipadm: net0/v4
$ ipadm create-addr -a 192.168.10.32/24 net1
ipadm: net1/v4
# The target is another host on the link (in the lab it answers when told so)
$ route -p add -host 192.168.10.254 192.168.10.254 -static
add host 192.168.10.254: gateway 192.168.10.254
add persistent host 192.168.10.254: gateway 192.168.10.254
$ ipmplab target 192.168.10.254 up
ipmplab: probe target 192.168.10.254 answers
$ ipmplab clock advance 30s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:30.000Z (advanced 30s; 9 routing messages)
$ ipadm show-addr -o addrobj,type,state,current,addr
ADDROBJ           TYPE     STATE        CURRENT ADDR
lo0/v4            static   ok           U----   127.0.0.1/8
net0/v4           static   ok           U---d   192.168.10.30/24
net1/v4           static   ok           U---d   192.168.10.32/24
ipmp0/v4          static   ok           U----   192.168.10.10/24
lo0/v6            static   ok           U----   ::1/128
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        10.00s    net1 net0
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       -------   up        ok        ok
net0        yes     ipmp0       --mbM--   up        ok        ok
$ ipmpstat -t
INTERFACE   MODE       TESTADDR            TARGETS
net1        routes     192.168.10.32       192.168.10.254
net0        routes     192.168.10.30       192.168.10.254
$ ipmpstat -an
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
::                        down   ipmp0       --          --
192.168.10.10             up     ipmp0       net0        net1 net0
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
127.0.0.1            127.0.0.1            UH        2          0 lo0       
192.168.10.0         192.168.10.10        U         2          0 ipmp0     
192.168.10.0         192.168.10.30        U         2          0 net0      
192.168.10.0         192.168.10.32        U         2          0 net1      
192.168.10.254       192.168.10.254       UGH       1          0           
$ ifconfig net0
net0: flags=120009040843<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER,PHYSRUNNING> mtu 1500 index 2
	inet 192.168.10.30 netmask ffffff00 broadcast 192.168.10.255
	groupname ipmp0
	ether 2:8:20:4c:3a:10 
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
_ifname=net0;_aobjname=net0/v4;_ipv4addr=192.168.10.30,;up=yes;
_ifname=net0;_aobjname=net0/v4;prefixlen=24;
_ifname=net1;_aobjname=net1/v4;_ipv4addr=192.168.10.32,;up=yes;
_ifname=net1;_aobjname=net1/v4;prefixlen=24;
$ route -p show
persistent: route add -host 192.168.10.254 192.168.10.254 -static
# The reboot brings the test addresses back as test addresses, and the target route with them
$ ipmplab reboot
ipmplab: rebooted; applying the persistent configuration
+ ipadm enable-if -t ipmp0
+ route add -host 192.168.10.254 192.168.10.254 -static
add host 192.168.10.254: gateway 192.168.10.254
$ ipmplab clock advance 30s
ipmplab: clock is manual, kernel time 2030-01-01T00:01:00.000Z (advanced 30s; 6 routing messages)
$ ipadm show-addr -o addrobj,type,state,current,addr
ADDROBJ           TYPE     STATE        CURRENT ADDR
lo0/v4            static   ok           U----   127.0.0.1/8
ipmp0/v4          static   ok           U----   192.168.10.10/24
net0/v4           static   ok           U---d   192.168.10.30/24
net1/v4           static   ok           U---d   192.168.10.32/24
lo0/v6            static   ok           U----   ::1/128
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        10.00s    net1 net0
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       -------   up        ok        ok
net0        yes     ipmp0       --mbM--   up        ok        ok
$ ipmpstat -t
INTERFACE   MODE       TESTADDR            TARGETS
net1        routes     192.168.10.32       192.168.10.254
net0        routes     192.168.10.30       192.168.10.254
$ ipmpstat -an
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
::                        down   ipmp0       --          --
192.168.10.10             up     ipmp0       net0        net1 net0
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
127.0.0.1            127.0.0.1            UH        2          0 lo0       
192.168.10.0         192.168.10.10        U         2          0 ipmp0     
192.168.10.0         192.168.10.30        U         2          0 net0      
192.168.10.0         192.168.10.32        U         2          0 net1      
192.168.10.254       192.168.10.254       UGH       1          0           
# net0's probes are lost while its link stays up: probe-based detection fails it
$ ipmplab probe-loss net0 on
ipmplab: probes from net0 are lost
$ ipmplab clock advance 30s
ipmplab: clock is manual, kernel time 2030-01-01T00:01:30.000Z (advanced 30s; 2 routing messages)
Jan  1 00:01:07 host0 in.mpathd[105]: [ID 0 daemon.error] IP interface failure detected on net0 of group ipmp0
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       --mbM--   up        ok        ok
net0        no      ipmp0       -------   up        failed    failed
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       degraded  10.00s    net1 [net0]
$ ipadm show-addr -o addrobj,state,addr
ADDROBJ           STATE        ADDR
lo0/v4            ok           127.0.0.1/8
ipmp0/v4          ok           192.168.10.10/24
net0/v4           ok           192.168.10.30/24
net1/v4           ok           192.168.10.32/24
lo0/v6            ok           ::1/128
$ ipmplab probe-loss net0 off
ipmplab: probes from net0 are answered
$ ipmplab clock advance 60s
ipmplab: clock is manual, kernel time 2030-01-01T00:02:30.000Z (advanced 1m; 2 routing messages)
Jan  1 00:01:44 host0 in.mpathd[105]: [ID 0 daemon.error] IP interface repair detected on net0 of group ipmp0
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       --mbM--   up        ok        ok
net0        yes     ipmp0       -------   up        ok        ok
