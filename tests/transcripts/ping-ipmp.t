# Oracle's active-standby procedure on host a, and the last step of every IPMP procedure: ping the
# data address from another system while the active cable is pulled and put back. The link
# failure is seen at once (link-based detection), so no reply is lost; the data address moves to
# the standby, and the counters show which NIC carries the traffic before and after.
$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
# The lab's first host, the default, becomes a; tools act on it unless --host names another.
$ ipmplab host rename host0 a
ipmplab: host host0 is now a
$ ipmplab host add b --links net0
ipmplab: host b booted with links net0
$ ipmplab segment add sw1
ipmplab: segment sw1 added
$ ipmplab plug a:net0 sw1
ipmplab: a:net0 plugged into sw1
$ ipmplab plug a:net1 sw1
ipmplab: a:net1 plugged into sw1
$ ipmplab plug a:net2 sw1
ipmplab: a:net2 plugged into sw1
$ ipmplab plug b:net0 sw1
ipmplab: b:net0 plugged into sw1
$ ipadm create-ipmp ipmp0
$ ipadm create-ip net0
$ ipadm create-ip net1
$ ipadm create-ip net2
$ ipadm add-ipmp -i net0 -i net1 -i net2 ipmp0
$ ipadm create-addr -T static -a 192.168.10.10/24 ipmp0/v4
$ ipadm create-addr -T static -a 192.168.10.30/24 net0/test
$ ipadm create-addr -T static -a 192.168.10.32/24 net1/test
$ ipadm create-addr -T static -a 192.168.10.34/24 net2/test
$ ifconfig net2 standby
$ ipadm create-ip net0 --host b
$ ipadm create-addr -T static -a 192.168.10.1/24 net0/v4 --host b
$ ipmplab target 192.168.10.1 up
ipmplab: probe target 192.168.10.1 answers
$ ipmplab clock advance 30s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:30.000Z (advanced 30s; 12 routing messages)
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net2        no      ipmp0       is-----   up        ok        ok
net1        yes     ipmp0       -------   up        ok        ok
net0        yes     ipmp0       --mbM--   up        ok        ok
$ ipmpstat -an
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
::                        down   ipmp0       --          --
192.168.10.10             up     ipmp0       net0        net1 net0
# From b: the data address answers on the member it is bound to.
$ ping -s 192.168.10.10 56 5 --host b
PING 192.168.10.10: 56 data bytes
64 bytes from 192.168.10.10: icmp_seq=0. time=0.200 ms
64 bytes from 192.168.10.10: icmp_seq=1. time=0.200 ms
64 bytes from 192.168.10.10: icmp_seq=2. time=0.200 ms
64 bytes from 192.168.10.10: icmp_seq=3. time=0.200 ms
64 bytes from 192.168.10.10: icmp_seq=4. time=0.200 ms

----192.168.10.10 PING Statistics----
5 packets transmitted, 5 packets received, 0% packet loss
round-trip (ms)  min/avg/max/stddev = 0.200/0.200/0.200/0.000
$ netstat -in -f inet
Name  Mtu  Net/Dest      Address        Ipkts  Ierrs Opkts  Oerrs Collis Queue 
lo0   8232 127.0.0.0     127.0.0.1      0      0     0      0     0      0     
ipmp0 1500 192.168.10.0  192.168.10.10  5      0     5      0     0      0     
net0  1500 192.168.10.0  192.168.10.30  5      0     3      0     0      0     
net1  1500 192.168.10.0  192.168.10.32  0      0     2      0     0      0     
net2  1500 192.168.10.0  192.168.10.34  0      0     0      0     0      0     
# b learnt the data address's hardware address: net0's, the member it is bound to. On a, the
# data address is published on ipmp0 with that address, the test addresses on their own NICs,
# and b (learnt from its request) is a neighbour of the group, on ipmp0.
$ arp -an --host b
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   192.168.10.1         255.255.255.255 SPLA     02:08:20:4c:3b:10
net0   192.168.10.10        255.255.255.255          02:08:20:4c:3a:10
$ arp -an
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net2   192.168.10.34        255.255.255.255 SPLA     02:08:20:4c:3a:12
net1   192.168.10.32        255.255.255.255 SPLA     02:08:20:4c:3a:11
ipmp0  192.168.10.1         255.255.255.255          02:08:20:4c:3b:10
ipmp0  192.168.10.10        255.255.255.255 SPLA     02:08:20:4c:3a:10
net0   192.168.10.30        255.255.255.255 SPLA     02:08:20:4c:3a:10
$ dladm show-phys -m
LINK         SLOT     ADDRESS            INUSE CLIENT
net0         primary  2:8:20:4c:3a:10    yes  net0
net1         primary  2:8:20:4c:3a:11    yes  net1
net2         primary  2:8:20:4c:3a:12    yes  net2
net3         primary  2:8:20:4c:3a:13    no   --
# Pull the active cable: in.mpathd fails net0 at once, the data address moves to net1.
$ ipmplab link net0 down
ipmplab: link net0 is down
Jan  1 00:00:34 a in.mpathd[105]: [ID 0 daemon.error] The link has gone down on net0
Jan  1 00:00:34 a in.mpathd[105]: [ID 0 daemon.error] IP interface failure detected on net0 of group ipmp0
$ ipmpstat -an
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
::                        down   ipmp0       --          --
192.168.10.10             up     ipmp0       net1        net2 net1
$ ping -s 192.168.10.10 56 5 --host b
PING 192.168.10.10: 56 data bytes
64 bytes from 192.168.10.10: icmp_seq=0. time=0.200 ms
64 bytes from 192.168.10.10: icmp_seq=1. time=0.200 ms
64 bytes from 192.168.10.10: icmp_seq=2. time=0.200 ms
64 bytes from 192.168.10.10: icmp_seq=3. time=0.200 ms
64 bytes from 192.168.10.10: icmp_seq=4. time=0.200 ms

----192.168.10.10 PING Statistics----
5 packets transmitted, 5 packets received, 0% packet loss
round-trip (ms)  min/avg/max/stddev = 0.200/0.200/0.200/0.000
# The move was announced (gratuitous ARP): b's entry follows to net1's address.
$ arp -an --host b
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   192.168.10.1         255.255.255.255 SPLA     02:08:20:4c:3b:10
net0   192.168.10.10        255.255.255.255          02:08:20:4c:3a:11
# Both active members gone: the standby takes over.
$ ipmplab link net1 down
ipmplab: link net1 is down
Jan  1 00:00:38 a in.mpathd[105]: [ID 0 daemon.error] The link has gone down on net1
Jan  1 00:00:38 a in.mpathd[105]: [ID 0 daemon.error] IP interface failure detected on net1 of group ipmp0
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net2        yes     ipmp0       -smbM--   up        ok        ok
net1        no      ipmp0       -------   down      failed    failed
net0        no      ipmp0       -------   down      failed    failed
$ ping -s 192.168.10.10 56 5 --host b
PING 192.168.10.10: 56 data bytes
64 bytes from 192.168.10.10: icmp_seq=0. time=0.200 ms
64 bytes from 192.168.10.10: icmp_seq=1. time=0.200 ms
64 bytes from 192.168.10.10: icmp_seq=2. time=0.200 ms
64 bytes from 192.168.10.10: icmp_seq=3. time=0.200 ms
64 bytes from 192.168.10.10: icmp_seq=4. time=0.200 ms

----192.168.10.10 PING Statistics----
5 packets transmitted, 5 packets received, 0% packet loss
round-trip (ms)  min/avg/max/stddev = 0.200/0.200/0.200/0.000
# Cables back: repair, FAILBACK, the standby idles again.
$ ipmplab link net0 up
ipmplab: link net0 is up
Jan  1 00:00:42 a in.mpathd[105]: [ID 0 daemon.error] The link has come up on net0
$ ipmplab link net1 up
ipmplab: link net1 is up
Jan  1 00:00:42 a in.mpathd[105]: [ID 0 daemon.error] The link has come up on net1
$ ipmplab clock advance 30s
ipmplab: clock is manual, kernel time 2030-01-01T00:01:12.000Z (advanced 30s; 12 routing messages)
Jan  1 00:00:55 a in.mpathd[105]: [ID 0 daemon.error] IP interface repair detected on net0 of group ipmp0
Jan  1 00:00:55 a in.mpathd[105]: [ID 0 daemon.error] IP interface repair detected on net1 of group ipmp0
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net2        no      ipmp0       is-----   up        ok        ok
net1        yes     ipmp0       -------   up        ok        ok
net0        yes     ipmp0       --mbM--   up        ok        ok
$ ping -s 192.168.10.10 56 3 --host b
PING 192.168.10.10: 56 data bytes
64 bytes from 192.168.10.10: icmp_seq=0. time=0.200 ms
64 bytes from 192.168.10.10: icmp_seq=1. time=0.200 ms
64 bytes from 192.168.10.10: icmp_seq=2. time=0.200 ms

----192.168.10.10 PING Statistics----
3 packets transmitted, 3 packets received, 0% packet loss
round-trip (ms)  min/avg/max/stddev = 0.200/0.200/0.200/0.000
$ netstat -in -f inet
Name  Mtu  Net/Dest      Address        Ipkts  Ierrs Opkts  Oerrs Collis Queue 
lo0   8232 127.0.0.0     127.0.0.1      0      0     0      0     0      0     
ipmp0 1500 192.168.10.0  192.168.10.10  18     0     18     0     0      0     
net0  1500 192.168.10.0  192.168.10.30  8      0     4      0     0      0     
net1  1500 192.168.10.0  192.168.10.32  5      0     6      0     0      0     
net2  1500 192.168.10.0  192.168.10.34  5      0     8      0     0      0     
$ arp -an --host b
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   192.168.10.1         255.255.255.255 SPLA     02:08:20:4c:3b:10
net0   192.168.10.10        255.255.255.255          02:08:20:4c:3a:10
