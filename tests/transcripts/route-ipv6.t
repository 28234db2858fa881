# IPv6 routes: -inet6 (or -f inet6) and prefix lengths (reference routing-socket §3.2).
$ ifconfig net1 inet6 plumb up
$ ifconfig net1 inet6 addif 2001:db8:1::10/64 up
Created new logical interface net1:1
$ route add -inet6 2001:db8:2::/48 2001:db8:1::1
add net 2001:db8:2::/48: gateway 2001:db8:1::1
$ route add -inet6 2001:db8:2::/48 2001:db8:1::1
add net 2001:db8:2::/48: gateway 2001:db8:1::1: entry exists
[exit 17]
$ route add -inet6 2001:db8:3::1 2001:db8:1::1
add host 2001:db8:3::1: gateway 2001:db8:1::1
$ route add -inet6 default 2001:db8:1::1
add net default: gateway 2001:db8:1::1
$ route add -inet6 2001:db8:4::/48 2001:db8:99::1
add net 2001:db8:4::/48: gateway 2001:db8:99::1: Network is unreachable
[exit 128]
$ route add -inet6 2001:db8:5::/64 2001:db8:1::10 -interface
add net 2001:db8:5::/64: gateway 2001:db8:1::10
$ route get -inet6 2001:db8:2:7::1
   route to: 2001:db8:2:7::1
destination: 2001:db8:2::
       mask: ffff:ffff:ffff::
    gateway: 2001:db8:1::1
  interface: net1
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
$ route get -inet6 2001:db8:1::77
   route to: 2001:db8:1::77
destination: 2001:db8:1::
       mask: ffff:ffff:ffff:ffff::
  interface: net1
      flags: <UP,DONE,KERNEL>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
$ route get -inet6 ::1
   route to: localhost
destination: localhost
       mask: ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff
  interface: lo0
      flags: <UP,HOST,DONE,KERNEL>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      8252         0 
$ route -n get -inet6 ::1
   route to: ::1
destination: ::1
       mask: ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff
  interface: lo0
      flags: <UP,HOST,DONE,KERNEL>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      8252         0 
$ route get -inet6 2001:db8:3::1
   route to: 2001:db8:3::1
destination: 2001:db8:3::1
       mask: ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff
    gateway: 2001:db8:1::1
  interface: net1
      flags: <UP,GATEWAY,HOST,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
$ route -n get -inet6 2001:db8:9::/48
 2001:db8:9::: not in table
[exit 3]
$ route change -inet6 2001:db8:2::/48 2001:db8:1::2
change net 2001:db8:2::/48: gateway 2001:db8:1::2
$ route -v get -inet6 2001:db8:2::9
newrt->ri_dst: inet6 2001:db8:2::9; newrt->ri_ifp: link ; RTM_GET: Report Metrics: len 360, pid: 0, seq 1, errno 0, flags:<GATEWAY,HOST,STATIC>
locks:  inits: 
sockaddrs: <DST,IFP>
 2001:db8:2::9 
   route to: 2001:db8:2::9
destination: 2001:db8:2::
       mask: ffff:ffff:ffff::
    gateway: 2001:db8:1::2
  interface: net1 index 2 address 02 08 20 4c 3a 11 
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
locks:  inits: <rttvar,rtt,ssthresh,sendpipe,recvpipe,mtu>
sockaddrs: <DST,GATEWAY,NETMASK,IFP,IFA>
 2001:db8:2:: 2001:db8:1::2 ffff:ffff:ffff:: net1:2.8.20.4c.3a.11 fe80::8:20ff:fe4c:3a11
$ netstat -rn -f inet6

Routing Table: IPv6
  Destination/Mask            Gateway                   Flags Ref   Use    If   
--------------------------- --------------------------- ----- --- ------- ----- 
::1                         ::1                         UH      2       0 lo0   
2001:db8:3::1               2001:db8:1::1               UGH     1       0       
2001:db8:1::/64             2001:db8:1::10              U       2       0 net1  
2001:db8:5::/64             2001:db8:1::10              U       1       0 net1  
2001:db8:2::/48             2001:db8:1::2               UG      1       0       
fe80::/10                   fe80::8:20ff:fe4c:3a11      U       2       0 net1  
default                     2001:db8:1::1               UG      1       0       
$ route delete -inet6 2001:db8:3::1 2001:db8:1::1
delete host 2001:db8:3::1: gateway 2001:db8:1::1
$ route delete -inet6 2001:db8:3::1 2001:db8:1::1
delete host 2001:db8:3::1: gateway 2001:db8:1::1: not in table
[exit 3]
$ route flush
$ route -f inet6 add 2001:db8:6::/48 2001:db8:1::1
default              2001:db8:1::1        done
2001:db8:2::         2001:db8:1::2        done
add net 2001:db8:6::/48: gateway 2001:db8:1::1
$ route flush -inet6
2001:db8:6::         2001:db8:1::1        done
$ netstat -rn -f inet6

Routing Table: IPv6
  Destination/Mask            Gateway                   Flags Ref   Use    If   
--------------------------- --------------------------- ----- --- ------- ----- 
::1                         ::1                         UH      2       0 lo0   
2001:db8:1::/64             2001:db8:1::10              U       2       0 net1  
2001:db8:5::/64             2001:db8:1::10              U       1       0 net1  
fe80::/10                   fe80::8:20ff:fe4c:3a11      U       2       0 net1  
