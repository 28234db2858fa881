# Build an IPMP group the Clearview way: an explicit IPMP interface, two members, data addresses on ipmp0.
$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
$ ifconfig ipmp0 ipmp
$ ifconfig ipmp0
ipmp0: flags=8011000802<BROADCAST,MULTICAST,IPv4,FAILED,IPMP> mtu 68 index 2
	inet 0.0.0.0 netmask 0 
	groupname ipmp0
$ ifconfig net0 plumb group ipmp0 up
$ ifconfig net1 plumb group ipmp0 up
$ ifconfig ipmp0 10.0.0.1/24 up
$ ifconfig ipmp0 addif 10.0.0.2/24 up
Created new logical interface ipmp0:1
$ ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
ipmp0: flags=8001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP> mtu 1500 index 2
	inet 10.0.0.1 netmask ffffff00 broadcast 10.0.0.255
	groupname ipmp0
ipmp0:1: flags=8001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP> mtu 1500 index 2
	inet 10.0.0.2 netmask ffffff00 broadcast 10.0.0.255
net0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:10 
net1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 4
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:11 
lo0: flags=2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL> mtu 8252 index 1
	inet6 ::1/128 
# A data address brought up on a member migrates to the IPMP interface.
$ ifconfig net1 addif 10.0.0.3/24 up
Created new logical interface net1:1
$ ifconfig ipmp0:2
ipmp0:2: flags=8001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP> mtu 1500 index 2
	inet 10.0.0.3 netmask ffffff00 broadcast 10.0.0.255
# Test addresses stay: -failover before up.
$ ifconfig net0 addif 10.0.0.30/24 -failover up
Created new logical interface net0:1
$ ifconfig net0:1
net0:1: flags=9040843<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER> mtu 1500 index 3
	inet 10.0.0.30 netmask ffffff00 broadcast 10.0.0.255
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:02.000Z (advanced 2s; 9 routing messages)
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
10.0.0.0             10.0.0.1             U         2          0 ipmp0     
10.0.0.0             10.0.0.2             U         2          0 ipmp0     
10.0.0.0             10.0.0.3             U         2          0 ipmp0     
10.0.0.0             10.0.0.30            U         2          0 net0      
127.0.0.1            127.0.0.1            UH        2          0 lo0       
# Joining with an address already up: ifconfig takes it down, joins, and brings it back up.
$ ifconfig net2 plumb 10.0.0.5/24 up
$ ifconfig net2 group ipmp0
$ ifconfig net2
net2: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 5
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:12 
$ ifconfig ipmp0:3
ipmp0:3: flags=8001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP> mtu 1500 index 2
	inet 10.0.0.5 netmask ffffff00 broadcast 10.0.0.255
# Leaving and the errors.
$ ifconfig net2 group ""
$ ifconfig net2
net2: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 5
	inet 0.0.0.0 netmask ff000000 
	ether 2:8:20:4c:3a:12 
$ ifconfig ipmp0 unplumb
ifconfig: cannot unplumb ipmp0: IPMP group is not empty
[exit 1]
$ ifconfig ipmp0 group ipmp1
$ ifconfig lo0 group ipmp0
ifconfig: lo0: SIOCSLIFGROUPNAME: Invalid argument
[exit 1]
$ ifconfig net0:1 group ipmp0
ifconfig: net0:1: SIOCSLIFGROUPNAME: Invalid argument
[exit 1]
$ ifconfig ipmp0 -failover
ifconfig: setifflags: SIOCSLIFFLAGS: ipmp0: Invalid argument
[exit 1]
$ ifconfig ipmp0 standby
ifconfig: setifflags: SIOCSLIFFLAGS: ipmp0: Invalid argument
[exit 1]
$ ifconfig net3 plumb group fieldops
$ ifconfig ipmp1
ifconfig: status: SIOCGLIFFLAGS: ipmp1: no such interface
[exit 1]
