# Persistent routes: route -p and /etc/inet/static_routes (reference routing-socket §3.7).
$ ifconfig net0 plumb 192.168.1.10/24 up
$ ifconfig net1 inet6 plumb up
$ ifconfig net1 inet6 addif 2001:db8:1::10/64 up
Created new logical interface net1:1
$ route -p show
No persistent routes are defined
$ route -p add 10.0.0.0/8 192.168.1.1
add net 10.0.0.0/8: gateway 192.168.1.1
add persistent net 10.0.0.0/8: gateway 192.168.1.1
$ route -p add default 192.168.1.1
add net default: gateway 192.168.1.1
add persistent net default: gateway 192.168.1.1
$ route -p add 172.20.0.0/16 192.168.1.10 -interface
add net 172.20.0.0/16: gateway 192.168.1.10
add persistent net 172.20.0.0/16: gateway 192.168.1.10
$ route -p add -inet6 2001:db8:2::/48 2001:db8:1::1
add net 2001:db8:2::/48: gateway 2001:db8:1::1
add persistent net 2001:db8:2::/48: gateway 2001:db8:1::1
# -f with -p flushes the file's routes of the family as well as the table's.
$ route -p -f inet6 add 2001:db8:3::/48 2001:db8:1::1
delete persistent net 2001:db8:2::/48: gateway 2001:db8:1::1
2001:db8:2::         2001:db8:1::1        done
add net 2001:db8:3::/48: gateway 2001:db8:1::1
add persistent net 2001:db8:3::/48: gateway 2001:db8:1::1
$ route -p show
persistent: route add 10.0.0.0/8 192.168.1.1
persistent: route add default 192.168.1.1
persistent: route add 172.20.0.0/16 192.168.1.10 -interface
persistent: route add -inet6 2001:db8:3::/48 2001:db8:1::1
# Already in the table and in the file: the kernel's answer, then the file's (exit 1).
$ route -p add 10.0.0.0/8 192.168.1.1
add net 10.0.0.0/8: gateway 192.168.1.1: entry exists
add persistent net 10.0.0.0/8: gateway 192.168.1.1: entry exists
[exit 1]
# In the table but not in the file: the route is added to the file, exit 0.
$ route add 10.9.0.0/16 192.168.1.1
add net 10.9.0.0/16: gateway 192.168.1.1
$ route -p add 10.9.0.0/16 192.168.1.1
add net 10.9.0.0/16: gateway 192.168.1.1: entry exists
add persistent net 10.9.0.0/16: gateway 192.168.1.1
# A kernel failure other than EEXIST or ESRCH leaves the file alone.
$ route -p add 10.8.0.0/16 10.99.99.99
add net 10.8.0.0/16: gateway 10.99.99.99: Network is unreachable
[exit 128]
$ route -p get 10.0.0.0/8
   route to: 10.0.0.0
destination: 10.0.0.0
       mask: 255.0.0.0
    gateway: 192.168.1.1
  interface: net0
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
persistent: route add 10.0.0.0/8 192.168.1.1
$ route -p get 10.7.0.0/16
10.7.0.0/16: not in table
get persistent net 10.7.0.0/16: not in file
$ route -p delete 10.0.0.0/8 192.168.1.1
delete net 10.0.0.0/8: gateway 192.168.1.1
delete persistent net 10.0.0.0/8: gateway 192.168.1.1
$ route -p delete 10.0.0.0/8 192.168.1.1
delete net 10.0.0.0/8: gateway 192.168.1.1: not in table
delete persistent net 10.0.0.0/8: gateway 192.168.1.1: not in file
[exit 1]
# change is not supported with -p, but route.c has already changed the kernel's route.
$ route -p change default 192.168.1.2
change net default: gateway 192.168.1.2
route: change command not supported with -p
[exit 1]
$ route -p show
persistent: route add default 192.168.1.1
persistent: route add 172.20.0.0/16 192.168.1.10 -interface
persistent: route add 10.9.0.0/16 192.168.1.1
persistent: route add -inet6 2001:db8:3::/48 2001:db8:1::1
# -R changes only the file under another root.
$ route -p -R /a add 10.5.0.0/16 192.168.1.1
add persistent net 10.5.0.0/16: gateway 192.168.1.1
$ route -p -R /a show
persistent: route add 10.5.0.0/16 192.168.1.1
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
default              192.168.1.2          UG        1          0           
10.9.0.0             192.168.1.1          UG        1          0           
127.0.0.1            127.0.0.1            UH        2          0 lo0       
172.20.0.0           192.168.1.10         U         1          0 net0      
192.168.1.0          192.168.1.10         U         2          0 net0      
# flush -p empties the file of the family too.
$ route -p -n flush
delete persistent net default: gateway 192.168.1.1
delete persistent net 172.20.0.0/16: gateway 192.168.1.10
delete persistent net 10.9.0.0/16: gateway 192.168.1.1
default              192.168.1.2          done
10.9                 192.168.1.1          done
$ route -p show
persistent: route add -inet6 2001:db8:3::/48 2001:db8:1::1
$ route -p flush -inet6
delete persistent net 2001:db8:3::/48: gateway 2001:db8:1::1
2001:db8:3::         2001:db8:1::1        done
$ route -p show
No persistent routes are defined
