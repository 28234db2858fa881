# Oracle's "How to Configure an Active-Standby IPMP Group" (Solaris 11.4, gfyeh) typed on an
# illumos host. illumos' ipadm has the IPMP sub-commands but no `standby` interface property:
# the standby is marked with ifconfig, which is not persistent, so after a reboot the group comes
# back active-active until the standby is marked again (ipadm-solaris11.t has the same procedure
# on Solaris 11.4, where `ipadm set-ifprop -p standby=on -m ip` persists it).
$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
$ ipadm create-ipmp ipmp0
$ ipadm create-ip net0
$ ipadm create-ip net1
$ ipadm create-ip net2
$ ipadm add-ipmp -i net0 -i net1 -i net2 ipmp0
$ ipadm create-addr -T static -a 192.168.10.10/24 ipmp0/v4
$ ipadm create-addr -T static -a 192.168.10.15/24 ipmp0/v4a
$ ipadm create-addr -T static -a 192.168.10.30/24 net0/test
$ ipadm create-addr -T static -a 192.168.10.32/24 net1/test
$ ipadm create-addr -T static -a 192.168.10.34/24 net2/test
$ ipadm set-ifprop -p standby=on -m ip net2
ipadm: set-ifprop: standby: Unknown property
[exit 1]
$ ifconfig net2 standby
# The router on the link is in.mpathd's probe target
$ route -p add default 192.168.10.1
add net default: gateway 192.168.10.1
add persistent net default: gateway 192.168.10.1
$ ipmplab target 192.168.10.1 up
ipmplab: probe target 192.168.10.1 answers
$ ipmplab clock advance 30s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:30.000Z (advanced 30s; 14 routing messages)
$ ipadm show-if
IFNAME     STATE    CURRENT      PERSISTENT
lo0        ok       -m-v------46 ---
ipmp0      ok       bm--I-----46 -46
net0       ok       bm--------46 -46
net1       ok       bm--------46 -46
net2       ok       bm---si---46 -46
$ ipadm show-addr -o addrobj,type,state,current,addr
ADDROBJ           TYPE     STATE        CURRENT ADDR
lo0/v4            static   ok           U----   127.0.0.1/8
ipmp0/v4          static   ok           U----   192.168.10.10/24
ipmp0/v4a         static   ok           U----   192.168.10.15/24
net0/test         static   ok           U---d   192.168.10.30/24
net1/test         static   ok           U---d   192.168.10.32/24
net2/test         static   ok           U---d   192.168.10.34/24
lo0/v6            static   ok           U----   ::1/128
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        10.00s    net1 net0 (net2)
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net2        no      ipmp0       is-----   up        ok        ok
net1        yes     ipmp0       -------   up        ok        ok
net0        yes     ipmp0       --mbM--   up        ok        ok
$ ipmpstat -t
INTERFACE   MODE      TESTADDR            TARGETS
net2        routes    192.168.10.34       192.168.10.1
net1        routes    192.168.10.32       192.168.10.1
net0        routes    192.168.10.30       192.168.10.1
$ ipmpstat -an
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
::                        down   ipmp0       --          --
192.168.10.15             up     ipmp0       net0        net1 net0
192.168.10.10             up     ipmp0       net1        net1 net0
$ ifconfig net2
net2: flags=20069040843<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER,STANDBY,INACTIVE> mtu 1500 index 5
	inet 192.168.10.34 netmask ffffff00 broadcast 192.168.10.255
	groupname ipmp0
	ether 2:8:20:4c:3a:12 
# A cable pull: the standby takes over the failed member's data address
$ ipmplab link net0 down
ipmplab: link net0 is down
Jan  1 00:00:30 host0 in.mpathd[105]: [ID 0 daemon.error] The link has gone down on net0
Jan  1 00:00:30 host0 in.mpathd[105]: [ID 0 daemon.error] IP interface failure detected on net0 of group ipmp0
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       degraded  10.00s    net2 net1 [net0]
$ ipmpstat -an
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
::                        down   ipmp0       --          --
192.168.10.15             up     ipmp0       net2        net2 net1
192.168.10.10             up     ipmp0       net1        net2 net1
$ ipadm show-addr net0/
ADDROBJ           TYPE     STATE        ADDR
net0/test         static   inaccessible 192.168.10.30/24
$ ipmplab link net0 up
ipmplab: link net0 is up
Jan  1 00:00:30 host0 in.mpathd[105]: [ID 0 daemon.error] The link has come up on net0
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       degraded  10.00s    net2 net1 [net0]
# The reboot: everything ipadm made comes back; ifconfig's standby mark does not
$ ipmplab reboot
ipmplab: rebooted; applying the persistent configuration
+ ipadm enable-if -t ipmp0
+ route add default 192.168.10.1
add net default: gateway 192.168.10.1
$ ipmplab clock advance 30s
ipmplab: clock is manual, kernel time 2030-01-01T00:01:00.000Z (advanced 30s; 9 routing messages)
$ ipadm show-addr -o addrobj,type,state,current,addr
ADDROBJ           TYPE     STATE        CURRENT ADDR
lo0/v4            static   ok           U----   127.0.0.1/8
ipmp0/v4          static   ok           U----   192.168.10.10/24
ipmp0/v4a         static   ok           U----   192.168.10.15/24
net0/test         static   ok           U---d   192.168.10.30/24
net1/test         static   ok           U---d   192.168.10.32/24
net2/test         static   ok           U---d   192.168.10.34/24
lo0/v6            static   ok           U----   ::1/128
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        10.00s    net2 net1 net0
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net2        yes     ipmp0       -------   up        ok        ok
net1        yes     ipmp0       -------   up        ok        ok
net0        yes     ipmp0       --mbM--   up        ok        ok
$ ifconfig net2 standby
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        10.00s    net1 net0 (net2)
