# ping between the lab's hosts: each host's kernel routes its own packets, the segments carry
# them, and the host that owns the address answers by its own routes.
$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
$ ipmplab host add b
ipmplab: host b booted with links net0 net1 net2 net3
$ ipmplab host add r --links net0,net1
ipmplab: host r booted with links net0 net1
$ ipmplab host add c --links net0
ipmplab: host c booted with links net0
$ ipmplab segment add lan
ipmplab: segment lan added
$ ipmplab segment add wan
ipmplab: segment wan added
$ ipmplab plug host0:net0 lan
ipmplab: host0:net0 plugged into lan
$ ipmplab plug b:net0 lan
ipmplab: b:net0 plugged into lan
$ ipmplab plug r:net0 lan
ipmplab: r:net0 plugged into lan
$ ipmplab plug r:net1 wan
ipmplab: r:net1 plugged into wan
$ ipmplab plug c:net0 wan
ipmplab: c:net0 plugged into wan
$ ifconfig net0 plumb 192.168.10.5/24 up
$ ipadm create-ip net0 --host b
$ ipadm create-addr -T static -a 192.168.10.7/24 net0/v4 --host b
$ ifconfig net0 plumb 192.168.10.1/24 up --host r
$ ifconfig net1 plumb 10.0.0.1/24 up --host r
$ ifconfig net0 plumb 10.0.0.2/24 up --host c
$ route add default 10.0.0.1 --host c
add net default: gateway 10.0.0.1
$ route add default 192.168.10.1
add net default: gateway 192.168.10.1
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:02.000Z (advanced 2s; 3 routing messages)
$ ipmplab file put /etc/inet/hosts '127.0.0.1 localhost\n192.168.10.7 b\n10.0.0.2 c\n'
# The default mode: one probe a second until a reply, or none in 20 seconds (the timeout operand).
$ ping b
b is alive
$ ping 192.168.10.99
no answer from 192.168.10.99
[exit 1]
$ ping 192.168.10.99 3
no answer from 192.168.10.99
[exit 1]
$ ipmplab clock
ipmplab: clock is manual, kernel time 2030-01-01T00:00:25.000Z
# Statistics mode: -s, then the data size and the number of probes.
$ ping -s b 56 3
PING b: 56 data bytes
64 bytes from b (192.168.10.7): icmp_seq=0. time=0.200 ms
64 bytes from b (192.168.10.7): icmp_seq=1. time=0.200 ms
64 bytes from b (192.168.10.7): icmp_seq=2. time=0.200 ms

----b PING Statistics----
3 packets transmitted, 3 packets received, 0% packet loss
round-trip (ms)  min/avg/max/stddev = 0.200/0.200/0.200/0.000
$ ping -sn b 100 2
PING b (192.168.10.7): 100 data bytes
108 bytes from 192.168.10.7: icmp_seq=0. time=0.200 ms
108 bytes from 192.168.10.7: icmp_seq=1. time=0.200 ms

----b PING Statistics----
2 packets transmitted, 2 packets received, 0% packet loss
round-trip (ms)  min/avg/max/stddev = 0.200/0.200/0.200/0.000
$ ping -s 192.168.10.7 8 1
PING 192.168.10.7: 8 data bytes
16 bytes from b (192.168.10.7): icmp_seq=0. time=0.200 ms

----192.168.10.7 PING Statistics----
1 packets transmitted, 1 packets received, 0% packet loss
round-trip (ms)  min/avg/max/stddev = 0.200/0.200/0.200/NaN
$ ping -s 192.168.10.7 4 2
PING 192.168.10.7: 4 data bytes
12 bytes from b (192.168.10.7): icmp_seq=0. 
12 bytes from b (192.168.10.7): icmp_seq=1. 

----192.168.10.7 PING Statistics----
2 packets transmitted, 2 packets received, 0% packet loss
# A router that does not forward drops what is not for it; with forwarding on, it routes.
$ ping -s c 56 2
PING c: 56 data bytes

----c PING Statistics----
2 packets transmitted, 0 packets received, 100% packet loss
[exit 1]
$ ipadm set-prop -p forwarding=on ipv4 --host r
$ ping -s c 56 2
PING c: 56 data bytes
64 bytes from c (10.0.0.2): icmp_seq=0. time=0.400 ms
64 bytes from c (10.0.0.2): icmp_seq=1. time=0.400 ms

----c PING Statistics----
2 packets transmitted, 2 packets received, 0% packet loss
round-trip (ms)  min/avg/max/stddev = 0.400/0.400/0.400/0.000
# A router turns back what it cannot forward with an ICMP error, which ping prints in either
# mode: no route there (Host Unreachable; r's routing socket sees RTM_MISS), a reject route, a
# TTL that runs out on it. A blackhole route drops without a word.
$ ping -s 10.9.9.9 56 2
PING 10.9.9.9: 56 data bytes
ICMP Host Unreachable from gateway 192.168.10.1
 for icmp from 192.168.10.5 to 10.9.9.9
ICMP Host Unreachable from gateway 192.168.10.1
 for icmp from 192.168.10.5 to 10.9.9.9

----10.9.9.9 PING Statistics----
2 packets transmitted, 0 packets received, 100% packet loss
[exit 1]
$ ping 10.9.9.9 2
ICMP Host Unreachable from gateway 192.168.10.1
 for icmp from 192.168.10.5 to 10.9.9.9
ICMP Host Unreachable from gateway 192.168.10.1
 for icmp from 192.168.10.5 to 10.9.9.9
no answer from 10.9.9.9
[exit 1]
$ route add -net 10.8.0.0/16 10.0.0.2 -reject --host r
add net 10.8.0.0/16: gateway 10.0.0.2
$ route add -net 10.7.0.0/16 10.0.0.2 -blackhole --host r
add net 10.7.0.0/16: gateway 10.0.0.2
$ ping -s 10.8.0.1 56 1
PING 10.8.0.1: 56 data bytes
ICMP Host Unreachable from gateway 192.168.10.1
 for icmp from 192.168.10.5 to 10.8.0.1

----10.8.0.1 PING Statistics----
1 packets transmitted, 0 packets received, 100% packet loss
[exit 1]
$ ping -s 10.7.0.1 56 1
PING 10.7.0.1: 56 data bytes

----10.7.0.1 PING Statistics----
1 packets transmitted, 0 packets received, 100% packet loss
[exit 1]
$ rtmon --host r --since 0 --type RTM_MISS --count 6 -n --plain
got message of size 92
RTM_MISS: Lookup failed on this address: len 92, pid: 0, seq 0, errno 0, flags:<DONE>
locks:  inits: 
sockaddrs: <DST>
 10.9.9.9
got message of size 92
RTM_MISS: Lookup failed on this address: len 92, pid: 0, seq 0, errno 0, flags:<DONE>
locks:  inits: 
sockaddrs: <DST>
 10.9.9.9
got message of size 92
RTM_MISS: Lookup failed on this address: len 92, pid: 0, seq 0, errno 0, flags:<DONE>
locks:  inits: 
sockaddrs: <DST>
 10.9.9.9
got message of size 92
RTM_MISS: Lookup failed on this address: len 92, pid: 0, seq 0, errno 0, flags:<DONE>
locks:  inits: 
sockaddrs: <DST>
 10.9.9.9
got message of size 92
RTM_MISS: Lookup failed on this address: len 92, pid: 0, seq 0, errno 0, flags:<DONE>
locks:  inits: 
sockaddrs: <DST>
 10.8.0.1
got message of size 92
RTM_MISS: Lookup failed on this address: len 92, pid: 0, seq 0, errno 0, flags:<DONE>
locks:  inits: 
sockaddrs: <DST>
 10.7.0.1
$ ping -s -t 1 c 56 2
PING c: 56 data bytes
ICMP Time exceeded in transit from 192.168.10.1
 for icmp from 192.168.10.5 to c (10.0.0.2)
ICMP Time exceeded in transit from 192.168.10.1
 for icmp from 192.168.10.5 to c (10.0.0.2)

----c PING Statistics----
2 packets transmitted, 0 packets received, 100% packet loss
[exit 1]
$ ping -s -t 2 c 56 1
PING c: 56 data bytes
64 bytes from c (10.0.0.2): icmp_seq=0. time=0.400 ms

----c PING Statistics----
1 packets transmitted, 1 packets received, 0% packet loss
round-trip (ms)  min/avg/max/stddev = 0.400/0.400/0.400/NaN
# What the medium does: a segment down, its loss, a host powered off, a cable pulled.
$ ipmplab segment down lan
ipmplab: segment lan is down
$ ping b 2
no answer from b
[exit 1]
$ ipmplab segment up lan
ipmplab: segment lan is up
$ ipmplab segment loss lan 50
ipmplab: segment lan drops 50% of its frames
$ ping -s -I 2 b 56 8
PING b: 56 data bytes
64 bytes from b (192.168.10.7): icmp_seq=3. time=0.200 ms
64 bytes from b (192.168.10.7): icmp_seq=4. time=0.200 ms
64 bytes from b (192.168.10.7): icmp_seq=5. time=0.200 ms

----b PING Statistics----
8 packets transmitted, 3 packets received, 62% packet loss
round-trip (ms)  min/avg/max/stddev = 0.200/0.200/0.200/0.000
$ ipmplab segment loss lan 0
ipmplab: segment lan drops 0% of its frames
$ ipmplab host power b off
ipmplab: host b is off
$ ping -s b 56 2
PING b: 56 data bytes

----b PING Statistics----
2 packets transmitted, 0 packets received, 100% packet loss
[exit 1]
$ ipmplab host power b on
ipmplab: host b powered on; applying the persistent configuration
+ ipadm enable-if -t net0
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:01:55.000Z (advanced 2s; 0 routing messages)
$ ping b
b is alive
$ ipmplab link net0 down --host b
ipmplab: link net0 is down
$ ping b 1
no answer from b
[exit 1]
$ ipmplab link net0 up --host b
ipmplab: link net0 is up
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:01:58.000Z (advanced 2s; 0 routing messages)
# The sender's own errors: no route, an interface that is not there, bad words.
$ route delete default 192.168.10.1
delete net default: gateway 192.168.10.1
$ ping 10.0.0.2
ping: sendto Network is unreachable
[exit 1]
$ ping -s 10.0.0.2 56 2
PING 10.0.0.2: 56 data bytes
ping: sendto Network is unreachable
ping: wrote 10.0.0.2 64 chars, ret=-1
ping: sendto Network is unreachable
ping: wrote 10.0.0.2 64 chars, ret=-1

----10.0.0.2 PING Statistics----
2 packets transmitted, 0 packets received, 100% packet loss
[exit 1]
$ ping -i net0 b 1
b is alive
$ ping -i net5 b
ping: net5 is an invalid IPv4 interface
[exit 1]
$ ping -i 192.168.10.5 b 1
b is alive
$ ping nosuch
ping: unknown host nosuch
[exit 1]
$ ping
usage: ping host [timeout]
usage: ping -s [-l | -U] [-abdDLnRrv] [-A addr_family] [-c traffic_class]
	[-g gateway [-g gateway ...]] [-N nexthop] [-F flow_label] [-I interval]
	[-i interface] [-P tos] [-p port] [-t ttl] host [data_size] [npackets]
[exit 1]
$ ping -z b
ping: illegal option -- z
usage: ping host [timeout]
usage: ping -s [-l | -U] [-abdDLnRrv] [-A addr_family] [-c traffic_class]
	[-g gateway [-g gateway ...]] [-N nexthop] [-F flow_label] [-I interval]
	[-i interface] [-P tos] [-p port] [-t ttl] host [data_size] [npackets]
[exit 1]
$ ping -t 256 b
ping: ttl 256 out of range
[exit 1]
$ ping -s b 56 0
ping: packet count 0 out of range
[exit 1]
$ ping -s b x
ping: bad data size: x
[exit 1]
$ ping -I -1 b
ping: bad interval: -1
[exit 1]
$ ping -A inet7 b
ping: unknown address family inet7
[exit 1]
$ ping -U b
ping: option -U is not simulated
[exit 1]
$ ping -s b 70000
ping: data size too large for IPv4 packet
[exit 1]
# The NICs' counters and the routes' use.
$ netstat -in -f inet
Name  Mtu  Net/Dest      Address        Ipkts  Ierrs Opkts  Oerrs Collis Queue 
lo0   8232 127.0.0.0     127.0.0.1      0      0     0      0     0      0     
net0  1500 192.168.10.0  192.168.10.5   25     0     61     0     0      0     
$ netstat -rn -f inet --host b

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
127.0.0.1            127.0.0.1            UH        2          0 lo0       
192.168.10.0         192.168.10.7         U         2          3 net0      
