# route(8) on a host on 192.168.1.0/24: add, get, change, delete, flush (reference routing-socket §3.3, §3.4, §3.6).
$ ifconfig net0 plumb 192.168.1.10/24 up
$ route add default 192.168.1.1
add net default: gateway 192.168.1.1
$ route add default 192.168.1.1
add net default: gateway 192.168.1.1: entry exists
[exit 17]
$ route add 10.0.0.0/8 192.168.1.1
add net 10.0.0.0/8: gateway 192.168.1.1
$ route add -net 172.16.0.0 192.168.1.2
add net 172.16.0.0: gateway 192.168.1.2
$ route add 10.1.2.3 192.168.1.1
add host 10.1.2.3: gateway 192.168.1.1
$ route add 192.168.7.0 192.168.1.1
add net 192.168.7.0: gateway 192.168.1.1
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
default              192.168.1.1          UG        1          0           
10.0.0.0             192.168.1.1          UG        1          0           
10.1.2.3             192.168.1.1          UGH       1          0           
127.0.0.1            127.0.0.1            UH        2          0 lo0       
172.16.0.0           192.168.1.2          UG        1          0           
192.168.1.0          192.168.1.10         U         2          0 net0      
192.168.7.0          192.168.1.1          UG        1          0           
$ route get default
   route to: default
destination: default
       mask: default
    gateway: 192.168.1.1
  interface: net0
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
$ route get 10.9.9.9
   route to: 10.9.9.9
destination: 10.0.0.0
       mask: 255.0.0.0
    gateway: 192.168.1.1
  interface: net0
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
$ route -n get 172.16.4.4
   route to: 172.16.4.4
destination: 172.16.0.0
       mask: 255.255.0.0
    gateway: 192.168.1.2
  interface: net0
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
# An on-link destination: the interface route answers, without a gateway line.
$ route get 192.168.1.77
   route to: 192.168.1.77
destination: 192.168.1.0
       mask: 255.255.255.0
  interface: net0
      flags: <UP,DONE,KERNEL>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
$ route get 127.0.0.1
   route to: localhost
destination: localhost
       mask: 255.255.255.255
  interface: lo0
      flags: <UP,HOST,DONE,KERNEL>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      8232         0 
$ route -n get 127.0.0.1
   route to: 127.0.0.1
destination: 127.0.0.1
       mask: 255.255.255.255
  interface: lo0
      flags: <UP,HOST,DONE,KERNEL>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      8232         0 
$ route change 10.0.0.0/8 192.168.1.2
change net 10.0.0.0/8: gateway 192.168.1.2
$ route get 10.200.0.1
   route to: 10.200.0.1
destination: 10.0.0.0
       mask: 255.0.0.0
    gateway: 192.168.1.2
  interface: net0
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
$ route delete 10.1.2.3 192.168.1.1
delete host 10.1.2.3: gateway 192.168.1.1
$ route delete 10.1.2.3 192.168.1.1
delete host 10.1.2.3: gateway 192.168.1.1: not in table
[exit 3]
$ route get 10.1.2.3
   route to: 10.1.2.3
destination: 10.0.0.0
       mask: 255.0.0.0
    gateway: 192.168.1.2
  interface: net0
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
$ route -n get 10.1.2.3
   route to: 10.1.2.3
destination: 10.0.0.0
       mask: 255.0.0.0
    gateway: 192.168.1.2
  interface: net0
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
# Interface routes: the gateway is one of our own addresses (-interface, or the old trailing 0).
$ route add 172.20.0.0/16 192.168.1.10 -interface
add net 172.20.0.0/16: gateway 192.168.1.10
$ route add 172.21.0.0 192.168.1.10 0
add net 172.21.0.0: gateway 192.168.1.10
$ route add 172.22.0.0/16 192.168.1.99 -interface
add net 172.22.0.0/16: gateway 192.168.1.99: Network is unreachable
[exit 128]
# Reject and blackhole routes through the loopback address.
$ route add 203.0.113.0/24 127.0.0.1 -reject
add net 203.0.113.0/24: gateway 127.0.0.1
$ route add 198.51.100.0/24 127.0.0.1 -blackhole
add net 198.51.100.0/24: gateway 127.0.0.1
$ route -n get 203.0.113.1
   route to: 203.0.113.1
destination: 203.0.113.0
       mask: 255.255.255.0
      flags: <UP,REJECT,DONE,STATIC,BLACKHOLE>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0         0         0 
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
default              192.168.1.1          UG        1          0           
10.0.0.0             192.168.1.2          UG        1          0           
127.0.0.1            127.0.0.1            UH        2          0 lo0       
172.16.0.0           192.168.1.2          UG        1          0           
172.20.0.0           192.168.1.10         U         1          0 net0      
172.21.0.0           192.168.1.10         U         1          0 net0      
192.168.1.0          192.168.1.10         U         2          0 net0      
192.168.7.0          192.168.1.1          UG        1          0           
198.51.100.0         127.0.0.1            UB        1          0 lo0       
203.0.113.0          127.0.0.1            URB       1          0 lo0       
# Metrics, locks; the hop count is kept (an ipmplab addition, after the z/OS prerouter).
$ route add 10.20.0.0/16 192.168.1.1 -mtu 1400 -hopcount 5 -lock -rtt 20000
add net 10.20.0.0/16: gateway 192.168.1.1
$ route get 10.20.30.40
   route to: 10.20.30.40
destination: 10.20.0.0
       mask: 255.255.0.0
    gateway: 192.168.1.1
  interface: net0
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0        20L        0         5      1400         0 
$ route change 10.20.0.0/16 192.168.1.1 -hopcount 9
change net 10.20.0.0/16: gateway 192.168.1.1
$ route get 10.20.30.40
   route to: 10.20.30.40
destination: 10.20.0.0
       mask: 255.255.0.0
    gateway: 192.168.1.1
  interface: net0
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0        20L        0         9      1400         0 
$ route add 10.30.0.0/16 192.168.1.1 -ifp net0
add net 10.30.0.0/16: gateway 192.168.1.1
$ route add 10.31.0.0/16 192.168.1.1 -ifp net7
route: net7: no such interface
[exit 1]
# -v dumps each request before it is sent.
$ route -v add 192.0.2.0/24 192.168.1.1
newrt->ri_dst: inet 192.0.2.0; newrt->ri_gate: inet 192.168.1.1; newrt->ri_mask: inet 255.255.255.0; RTM_ADD: Add Route: len 124, pid: 0, seq 1, errno 0, flags:<GATEWAY,STATIC>
locks:  inits: 
sockaddrs: <DST,GATEWAY,NETMASK>
 192.0.2.0 192.168.1.1 255.255.255.0
add net 192.0.2.0/24: gateway 192.168.1.1
$ route -v -n get 192.0.2.1
newrt->ri_dst: inet 192.0.2.1; newrt->ri_ifp: link ; RTM_GET: Report Metrics: len 344, pid: 0, seq 1, errno 0, flags:<GATEWAY,HOST,STATIC>
locks:  inits: 
sockaddrs: <DST,IFP>
 192.0.2.1 
   route to: 192.0.2.1
destination: 192.0.2.0
       mask: 255.255.255.0
    gateway: 192.168.1.1
  interface: net0 index 2 address 02 08 20 4c 3a 10 
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
locks:  inits: <rttvar,rtt,ssthresh,sendpipe,recvpipe,mtu>
sockaddrs: <DST,GATEWAY,NETMASK,IFP,IFA>
 192.0.2.0 192.168.1.1 255.255.255.0 net0:2.8.20.4c.3a.10 192.168.1.10
# flush deletes default, prefix and host routes; interface routes stay.
$ route -n flush
default              192.168.1.1          done
10                   192.168.1.2          done
10.20                192.168.1.1          done
10.30                192.168.1.1          done
172.16               192.168.1.2          done
192.0.2              192.168.1.1          done
192.168.7            192.168.1.1          done
$ route flush
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
127.0.0.1            127.0.0.1            UH        2          0 lo0       
172.20.0.0           192.168.1.10         U         1          0 net0      
172.21.0.0           192.168.1.10         U         1          0 net0      
192.168.1.0          192.168.1.10         U         2          0 net0      
198.51.100.0         127.0.0.1            UB        1          0 lo0       
203.0.113.0          127.0.0.1            URB       1          0 lo0       
$ route add 10.0.0.0/8 192.168.1.1
add net 10.0.0.0/8: gateway 192.168.1.1
$ route add 10.1.0.0/16 192.168.1.1
add net 10.1.0.0/16: gateway 192.168.1.1
$ route -v flush
Examining routing table from T_SVR4_OPTMGMT_REQ
RTM_DELETE: Delete Route: len 124, pid: 0, seq 1, errno 0, flags:<GATEWAY>
locks:  inits: 
sockaddrs: <DST,GATEWAY,NETMASK>
 10.0.0.0 192.168.1.1 255.0.0.0
RTM_DELETE: Delete Route: len 124, pid: 0, seq 2, errno 0, flags:<GATEWAY>
locks:  inits: 
sockaddrs: <DST,GATEWAY,NETMASK>
 10.1.0.0 192.168.1.1 255.255.0.0
$ route add 10.0.0.0/8 192.168.1.1
add net 10.0.0.0/8: gateway 192.168.1.1
$ route -q flush
$ route -f add default 192.168.1.1
add net default: gateway 192.168.1.1
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
default              192.168.1.1          UG        1          0           
127.0.0.1            127.0.0.1            UH        2          0 lo0       
172.20.0.0           192.168.1.10         U         1          0 net0      
172.21.0.0           192.168.1.10         U         1          0 net0      
192.168.1.0          192.168.1.10         U         2          0 net0      
198.51.100.0         127.0.0.1            UB        1          0 lo0       
203.0.113.0          127.0.0.1            URB       1          0 lo0       
