# ifconfig and route as illumos writes them: numbers through atoi, libipadm's paths and texts,
# Perror prefixes, and the IPMP interface's link-layer address.
$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
# metric is atoi's int: beyond the int range it wraps (2^32 is 0, not printed).
$ ifconfig net0 plumb metric 2147483648
$ ifconfig net0
net0: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> metric -2147483648 mtu 1500 index 2
	inet 0.0.0.0 netmask 0 
	ether 2:8:20:4c:3a:10 
$ ifconfig net0 metric 4294967296
$ ifconfig net0
net0: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 0.0.0.0 netmask 0 
	ether 2:8:20:4c:3a:10 
# An address with its mask in one command goes through libipadm, which sets the mask first:
# the kernel refuses a /31 address (ip_addr_ok_v4). The same values in two steps are taken.
$ ifconfig net1 plumb 10.1.0.1/31 up
ifconfig: could not create address:Can't assign requested address
[exit 1]
$ ifconfig net1 10.1.0.1
$ ifconfig net1 netmask 255.255.255.254
$ ifconfig net1
net1: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 10.1.0.1 netmask fffffffe broadcast 10.255.255.255
	ether 2:8:20:4c:3a:11 
# An IPMP interface has no datalink to plumb a second family on: nothing is created.
$ ifconfig ipmp0 ipmp 10.0.0.1/24 up
$ ifconfig ipmp0 inet6 plumb
ifconfig: cannot plumb ipmp0: Could not open DLPI link
[exit 1]
$ ifconfig ipmp0 inet6
ifconfig: status: SIOCGLIFFLAGS: ipmp0: no such interface
[exit 1]
# On an IPMP interface addif sets a given mask at once, perror'ed under addif's name.
$ ifconfig ipmp0 addif 10.0.0.11 netmask 255.0.255.0 up
Created new logical interface ipmp0:1
ifconfig: addif: SIOCSLIFNETMASK: ipmp0:1: Operation not supported
[exit 1]
$ ifconfig net2 plumb group ipmp0 up
# The IPMP interface's link address: the members' length, zero bytes.
$ route -nv get 10.0.0.5
newrt->ri_dst: inet 10.0.0.5; newrt->ri_ifp: link ; RTM_GET: Report Metrics: len 344, pid: 0, seq 1, errno 0, flags:<GATEWAY,HOST,STATIC>
locks:  inits: 
sockaddrs: <DST,IFP>
 10.0.0.5 
   route to: 10.0.0.5
destination: 10.0.0.0
       mask: 255.255.255.0
  interface: ipmp0 index 4 address 00 00 00 00 00 00 
      flags: <UP,DONE,KERNEL>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
locks:  inits: <rttvar,rtt,ssthresh,sendpipe,recvpipe,mtu>
sockaddrs: <DST,GATEWAY,NETMASK,IFP,IFA>
 10.0.0.0 10.0.0.1 255.255.255.0 ipmp0:0.0.0.0.0.0 10.0.0.1
# Route metrics are atoi's into a uint_t: 2^32 is 0 (the interface's MTU is reported).
$ route add 10.9.0.0/16 10.0.0.254 -mtu 4294967296
add net 10.9.0.0/16: gateway 10.0.0.254
$ route -n get 10.9.0.0/16
   route to: 10.9.0.0
destination: 10.9.0.0
       mask: 255.255.0.0
    gateway: 10.0.0.254
  interface: ipmp0
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
