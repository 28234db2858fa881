# A kernel error in the middle of a command: the requests before it stay done, with their
# routing messages, as on illumos (ifconfig.c carries out each word as it meets it).
$ ifconfig net1 plumb 10.1.0.1/24 up mtu 9000
ifconfig: setifmtu: SIOCSLIFMTU: net1: Invalid argument
[exit 1]
$ ifconfig net1
net1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 10.1.0.1 netmask ffffff00 broadcast 10.1.0.255
	ether 2:8:20:4c:3a:11 
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
10.1.0.0             10.1.0.1             U         2          0 net1      
127.0.0.1            127.0.0.1            UH        2          0 lo0       
$ rtmon --plain -n --since 0 --type RTM_NEWADDR --type RTM_ADD --count 2
got message of size 320
RTM_NEWADDR: address being brought up on iface: len 320, metric 0, flags:<UP>
sockaddrs: <NETMASK,IFP,IFA,BRD>
 255.255.255.0 net1:2.8.20.4c.3a.11 10.1.0.1 default
got message of size 108
RTM_ADD: Add Route: len 108, pid: 0, seq 0, errno 0, flags:<UP,DONE>
locks:  inits: 
sockaddrs: <DST,NETMASK>
 10.1.0.1 255.255.255.0
# What is refused before anything is sent changes nothing.
$ ifconfig net2 plumb 10.2.0.1/33 up
ifconfig: Bad prefix length in 10.2.0.1/33
[exit 1]
$ ifconfig net2
ifconfig: status: SIOCGLIFFLAGS: net2: no such interface
[exit 1]
