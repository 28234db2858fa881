# Probe-based failure detection against the lab's own hosts: in.mpathd's probes are ICMP echoes
# from each test address, on its member, to the router the routing table names, carried by the
# segment. They are lost because the router host is powered off, a cable is unplugged or the
# segment is down, not because a flag says so.
$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
$ ipmplab host rename host0 a
ipmplab: host host0 is now a
$ ipmplab host add r --links net0
ipmplab: host r booted with links net0
$ ipmplab segment add lan
ipmplab: segment lan added
$ ipmplab plug a:net0 lan
ipmplab: a:net0 plugged into lan
$ ipmplab plug a:net1 lan
ipmplab: a:net1 plugged into lan
$ ipmplab plug r:net0 lan
ipmplab: r:net0 plugged into lan
$ ipadm create-ip net0 --host r
$ ipadm create-addr -T static -a 192.168.10.1/24 net0/v4 --host r
$ ipadm create-ip net0
$ ipadm create-ip net1
$ ipadm create-ipmp -i net0 -i net1 ipmp0
$ ipadm create-addr -T static -a 192.168.10.10/24 ipmp0/v4
$ ipadm create-addr -T static -a 192.168.10.30/24 net0/test
$ ipadm create-addr -T static -a 192.168.10.32/24 net1/test
$ route -p add default 192.168.10.1
add net default: gateway 192.168.10.1
add persistent net default: gateway 192.168.10.1
$ ipmplab clock advance 30s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:30.000Z (advanced 30s; 9 routing messages)
$ ipmpstat -t
INTERFACE   MODE      TESTADDR            TARGETS
net1        routes    192.168.10.32       192.168.10.1
net0        routes    192.168.10.30       192.168.10.1
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        10.00s    net1 net0
# The probes went where ARP sends them: a keeps the router's address (on ipmp0, where IPMP keeps
# its group's neighbours) and the router keeps each test address. Probes count nothing else.
$ arp -an
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net1   192.168.10.32        255.255.255.255 SPLA     02:08:20:4c:3a:11
ipmp0  192.168.10.1         255.255.255.255          02:08:20:4c:3b:10
ipmp0  192.168.10.10        255.255.255.255 SPLA     02:08:20:4c:3a:10
net0   192.168.10.30        255.255.255.255 SPLA     02:08:20:4c:3a:10
$ arp -an --host r
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   192.168.10.32        255.255.255.255          02:08:20:4c:3a:11
net0   192.168.10.1         255.255.255.255 SPLA     02:08:20:4c:3b:10
net0   192.168.10.30        255.255.255.255          02:08:20:4c:3a:10
# The router goes down: every probe is lost, both members fail at once (a group failure).
$ ipmplab host power r off
ipmplab: host r is off
$ ipmplab clock advance 20s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:50.000Z (advanced 20s; 6 routing messages)
Jan  1 00:00:37 a in.mpathd[105]: [ID 0 daemon.error] IP interface failure detected on net0 of group ipmp0
Jan  1 00:00:37 a in.mpathd[105]: [ID 0 daemon.error] IP interface failure detected on net1 of group ipmp0
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       failed    10.00s    [net1 net0]
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        no      ipmp0       -------   up        failed    failed
net0        no      ipmp0       -------   up        failed    failed
# It comes back: its persistent configuration is applied, its address passes DAD, and the
# probes are answered again.
$ ipmplab host power r on
ipmplab: host r powered on; applying the persistent configuration
+ ipadm enable-if -t net0
$ ipmplab clock advance 30s
ipmplab: clock is manual, kernel time 2030-01-01T00:01:20.000Z (advanced 30s; 8 routing messages)
Jan  1 00:01:04 a in.mpathd[105]: [ID 0 daemon.error] IP interface repair detected on net0 of group ipmp0
Jan  1 00:01:04 a in.mpathd[105]: [ID 0 daemon.error] IP interface repair detected on net1 of group ipmp0
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        10.00s    net1 net0
# A cable unplugged from the switch (the NIC keeps its carrier): only probe-based detection sees it.
$ ipmplab unplug a:net0
ipmplab: a:net0 unplugged from lan
$ ipmplab clock advance 20s
ipmplab: clock is manual, kernel time 2030-01-01T00:01:40.000Z (advanced 20s; 2 routing messages)
Jan  1 00:01:27 a in.mpathd[105]: [ID 0 daemon.error] IP interface failure detected on net0 of group ipmp0
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       --mbM--   up        ok        ok
net0        no      ipmp0       -------   up        failed    failed
$ ipmpstat -an
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
::                        down   ipmp0       --          --
192.168.10.10             up     ipmp0       net1        net1
$ ipmplab plug a:net0 lan
ipmplab: a:net0 plugged into lan
$ ipmplab clock advance 30s
ipmplab: clock is manual, kernel time 2030-01-01T00:02:10.000Z (advanced 30s; 2 routing messages)
Jan  1 00:01:54 a in.mpathd[105]: [ID 0 daemon.error] IP interface repair detected on net0 of group ipmp0
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       --mbM--   up        ok        ok
net0        yes     ipmp0       -------   up        ok        ok
# The switch stops forwarding.
$ ipmplab segment down lan
ipmplab: segment lan is down
$ ipmplab clock advance 20s
ipmplab: clock is manual, kernel time 2030-01-01T00:02:30.000Z (advanced 20s; 6 routing messages)
Jan  1 00:02:17 a in.mpathd[105]: [ID 0 daemon.error] IP interface failure detected on net0 of group ipmp0
Jan  1 00:02:17 a in.mpathd[105]: [ID 0 daemon.error] IP interface failure detected on net1 of group ipmp0
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       failed    10.00s    [net1 net0]
$ ipmplab segment up lan
ipmplab: segment lan is up
$ ipmplab clock advance 30s
ipmplab: clock is manual, kernel time 2030-01-01T00:03:00.000Z (advanced 30s; 8 routing messages)
Jan  1 00:02:44 a in.mpathd[105]: [ID 0 daemon.error] IP interface repair detected on net0 of group ipmp0
Jan  1 00:02:44 a in.mpathd[105]: [ID 0 daemon.error] IP interface repair detected on net1 of group ipmp0
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        10.00s    net1 net0
# Without routers, the targets are the hosts on the segment (all-hosts multicast).
$ route -p delete default 192.168.10.1
delete net default: gateway 192.168.10.1
delete persistent net default: gateway 192.168.10.1
$ ipmplab clock advance 5s
ipmplab: clock is manual, kernel time 2030-01-01T00:03:05.000Z (advanced 5s; 0 routing messages)
$ ipmpstat -t
INTERFACE   MODE      TESTADDR            TARGETS
net1        multicast 192.168.10.32       192.168.10.1
net0        multicast 192.168.10.30       192.168.10.1
