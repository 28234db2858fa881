# arp(8) and netstat -p on a lab of three hosts: what each host learns, how entries age, the
# static entries an administrator sets, and arp's own texts.
$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
$ ipmplab host rename host0 a
ipmplab: host host0 is now a
$ ipmplab host add b --links net0
ipmplab: host b booted with links net0
$ ipmplab host add c --links net0
ipmplab: host c booted with links net0
$ ipmplab segment add sw1
ipmplab: segment sw1 added
$ ipmplab plug a:net0 sw1
ipmplab: a:net0 plugged into sw1
$ ipmplab plug b:net0 sw1
ipmplab: b:net0 plugged into sw1
$ ipmplab plug c:net0 sw1
ipmplab: c:net0 plugged into sw1
$ ifconfig net0 plumb 192.168.1.1/24 up
$ ifconfig net0 plumb 192.168.1.2/24 up --host b
$ ifconfig net0 plumb 192.168.1.3/24 up --host c
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:02.000Z (advanced 2s; 3 routing messages)
# Nobody was talked to yet: only a's own address, published (SPLA).
$ arp -an
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   192.168.1.1          255.255.255.255 SPLA     02:08:20:4c:3a:10
$ ping 192.168.1.2
192.168.1.2 is alive
# a resolved b; b learnt a from a's request; c, which saw the request, keeps nothing.
$ arp -an
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   192.168.1.1          255.255.255.255 SPLA     02:08:20:4c:3a:10
net0   192.168.1.2          255.255.255.255          02:08:20:4c:3b:10
$ arp -an --host b
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   192.168.1.1          255.255.255.255          02:08:20:4c:3a:10
net0   192.168.1.2          255.255.255.255 SPLA     02:08:20:4c:3b:10
$ arp -an --host c
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   192.168.1.3          255.255.255.255 SPLA     02:08:20:4c:3c:10
$ arp 192.168.1.2
192.168.1.2 (192.168.1.2) at 2:8:20:4c:3b:10 temp
$ arp 192.168.1.1
192.168.1.1 (192.168.1.1) at 2:8:20:4c:3a:10 pub permanent
$ arp 192.168.1.3
192.168.1.3 (192.168.1.3) -- no entry
[exit 1]
# Nobody answers for .9: the entry stays unresolved (U) while the request is retried, then goes.
$ ping 192.168.1.9 1
no answer from 192.168.1.9
[exit 1]
$ arp -an
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   192.168.1.9          255.255.255.255 U        
net0   192.168.1.1          255.255.255.255 SPLA     02:08:20:4c:3a:10
net0   192.168.1.2          255.255.255.255          02:08:20:4c:3b:10
$ arp 192.168.1.9
192.168.1.9 (192.168.1.9) at (incomplete) temp
$ ipmplab clock advance 3s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:06.000Z (advanced 3s; 0 routing messages)
$ arp 192.168.1.9
192.168.1.9 (192.168.1.9) -- no entry
[exit 1]
# IPv6 keeps the same cache (NDP), and netstat -p shows its states: b's entry for a went STALE
# from the solicitation, DELAY when b's reply used it, REACHABLE once verified 5 s later.
$ ifconfig net0 inet6 plumb up
$ ifconfig net0 inet6 addif 2001:db8::1/64 up
Created new logical interface net0:1
$ ifconfig net0 inet6 plumb up --host b
$ ifconfig net0 inet6 addif 2001:db8::2/64 up --host b
Created new logical interface net0:1
$ ipmplab clock advance 3s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:09.000Z (advanced 3s; 5 routing messages)
$ ping -A inet6 2001:db8::2
2001:db8::2 is alive
$ netstat -pn -f inet6 --host b

Net to Media Table: IPv6
 If   Physical Address    Type      State      Destination/Mask
----- -----------------  ------- ------------ ---------------------------
net0  02:08:20:4c:3a:10  dynamic DELAY        2001:db8::1                
net0  02:08:20:4c:3b:10  local   REACHABLE    2001:db8::2                
net0  02:08:20:4c:3b:10  local   REACHABLE    fe80::8:20ff:fe4c:3b10     

$ ipmplab clock advance 5s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:14.000Z (advanced 5s; 0 routing messages)
$ netstat -pn -f inet6 --host b

Net to Media Table: IPv6
 If   Physical Address    Type      State      Destination/Mask
----- -----------------  ------- ------------ ---------------------------
net0  02:08:20:4c:3a:10  dynamic REACHABLE    2001:db8::1                
net0  02:08:20:4c:3b:10  local   REACHABLE    2001:db8::2                
net0  02:08:20:4c:3b:10  local   REACHABLE    fe80::8:20ff:fe4c:3b10     

$ netstat -p -f inet6

Net to Media Table: IPv6
 If   Physical Address    Type      State      Destination/Mask
----- -----------------  ------- ------------ ---------------------------
net0  02:08:20:4c:3a:10  local   REACHABLE    2001:db8::1                
net0  02:08:20:4c:3b:10  dynamic REACHABLE    2001:db8::2                
net0  02:08:20:4c:3a:10  local   REACHABLE    fe80::8:20ff:fe4c:3a10     

# Unreachability detection: an entry not confirmed for 30 s is verified when next used. b is off:
# the frames go to its old address, 5 s later unicast requests go unanswered, the entry is deleted;
# the next send starts a new resolution, which fails too.
$ ipmplab host power b off
ipmplab: host b is off
$ ipmplab clock advance 40s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:54.000Z (advanced 40s; 0 routing messages)
$ ping -s 192.168.1.2 56 6
PING 192.168.1.2: 56 data bytes

----192.168.1.2 PING Statistics----
6 packets transmitted, 0 packets received, 100% packet loss
[exit 1]
$ arp -an
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   192.168.1.1          255.255.255.255 SPLA     02:08:20:4c:3a:10
$ ping 192.168.1.2 1
no answer from 192.168.1.2
[exit 1]
$ arp -an
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   192.168.1.1          255.255.255.255 SPLA     02:08:20:4c:3a:10
net0   192.168.1.2          255.255.255.255 U        
# Static entries: permanent unless temp (S), published (P), with authority ("permanent").
$ arp -s 192.168.1.20 0:14:4f:a:b:c
$ arp -s 192.168.1.21 0:14:4f:a:b:d temp pub
$ arp -s 192.168.1.22 0:14:4f:a:b:e permanent
$ arp -an
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   192.168.1.1          255.255.255.255 SPLA     02:08:20:4c:3a:10
net0   192.168.1.2          255.255.255.255 U        
net0   192.168.1.21         255.255.255.255 P        00:14:4f:0a:0b:0d
net0   192.168.1.20         255.255.255.255 S        00:14:4f:0a:0b:0c
net0   192.168.1.22         255.255.255.255 SA       00:14:4f:0a:0b:0e
$ arp 192.168.1.20
192.168.1.20 (192.168.1.20) at 0:14:4f:a:b:c
$ arp 192.168.1.21
192.168.1.21 (192.168.1.21) at 0:14:4f:a:b:d temp pub
$ arp 192.168.1.22
192.168.1.22 (192.168.1.22) at 0:14:4f:a:b:e permanent
$ arp -d 192.168.1.21
192.168.1.21 (192.168.1.21) deleted
$ arp -d 192.168.1.21
192.168.1.21 (192.168.1.21) -- no entry
[exit 1]
$ arp -f tests/fixtures/arp-entries
arp: bad line: lonely

arp: unknown keyword 'bogus'
[exit 1]
$ arp -an
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   192.168.1.41         255.255.255.255          00:14:4f:00:00:41
net0   192.168.1.40         255.255.255.255 S        00:14:4f:00:00:40
net0   192.168.1.43         255.255.255.255 SP       00:14:4f:00:00:43
net0   192.168.1.1          255.255.255.255 SPLA     02:08:20:4c:3a:10
net0   192.168.1.2          255.255.255.255 U        
net0   192.168.1.20         255.255.255.255 S        00:14:4f:0a:0b:0c
net0   192.168.1.22         255.255.255.255 SA       00:14:4f:0a:0b:0e
# What arp refuses.
$ arp -s 192.168.1.23 0:14:4f:a:b
192.168.1.23: Invalid argument
[exit 1]
$ arp -s 192.168.1.23 zz:1
arp: invalid link layer address 'zz:1'
[exit 1]
$ arp -s 192.168.1.23 0:14:4f:a:b:c temp permanent
arp: 'temp' and 'permanent' flags are not usable together.
[exit 1]
$ arp -s 192.168.1.23 0:14:4f:a:b:c bogus
arp: unknown keyword 'bogus'
[exit 1]
$ arp -s 10.9.9.9 0:14:4f:a:b:c
10.9.9.9: No such device or address
[exit 1]
$ arp -s 192.168.1.1 0:14:4f:a:b:c
192.168.1.1: Operation not supported
[exit 1]
$ arp -d 192.168.1.1
SIOCDXARP: Operation not supported
[exit 1]
$ arp -d 10.9.9.9
10.9.9.9 (10.9.9.9) -- no entry
[exit 1]
$ arp -s nosuchhost 0:14:4f:a:b:c
arp: nosuchhost: unknown host
[exit 1]
$ arp nosuchhost
arp: nosuchhost: unknown host
[exit 1]
$ arp -f /nonexistent/ethers
arp: cannot open /nonexistent/ethers
[exit 1]
$ arp -n 192.168.1.2
Usage: arp hostname
       arp -a [-n]
       arp -d hostname
       arp -s hostname ether_addr [temp] [pub] [trail] [permanent]
       arp -f filename
[exit 1]
$ arp -a -d 192.168.1.2
Usage: arp hostname
       arp -a [-n]
       arp -d hostname
       arp -s hostname ether_addr [temp] [pub] [trail] [permanent]
       arp -f filename
[exit 1]
$ arp -aa
Usage: arp hostname
       arp -a [-n]
       arp -d hostname
       arp -s hostname ether_addr [temp] [pub] [trail] [permanent]
       arp -f filename
[exit 1]
$ arp -x
arp: illegal option -- x
Usage: arp hostname
       arp -a [-n]
       arp -d hostname
       arp -s hostname ether_addr [temp] [pub] [trail] [permanent]
       arp -f filename
[exit 1]
$ arp
Usage: arp hostname
       arp -a [-n]
       arp -d hostname
       arp -s hostname ether_addr [temp] [pub] [trail] [permanent]
       arp -f filename
[exit 1]
$ netstat -p -f inet --host nosuch
netstat: the lab has no host named nosuch (ipmplab host ls lists them)
[exit 1]
