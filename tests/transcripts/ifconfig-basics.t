# A freshly booted host: lo0 is up for IPv4 and IPv6, net0..net3 exist but are not plumbed.
$ ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
lo0: flags=2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL> mtu 8252 index 1
	inet6 ::1/128 
$ ifconfig
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
lo0: flags=2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL> mtu 8252 index 1
	inet6 ::1/128 
$ ifconfig lo0
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
$ ifconfig lo0 inet6
lo0: flags=2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL> mtu 8252 index 1
	inet6 ::1/128 
# Plumbing, an address with a prefix, up.
$ ifconfig net0 plumb
$ ifconfig net0
net0: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 0.0.0.0 netmask 0 
	ether 2:8:20:4c:3a:10 
$ ifconfig net0 plumb
ifconfig: cannot plumb net0: Interface already exists
$ ifconfig net0 10.0.0.1/24 up
$ ifconfig net0
net0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 10.0.0.1 netmask ffffff00 broadcast 10.0.0.255
	ether 2:8:20:4c:3a:10 
$ ifconfig net0 inet
net0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 10.0.0.1 netmask ffffff00 broadcast 10.0.0.255
# A logical interface.
$ ifconfig net0 addif 10.0.0.2/24 up
Created new logical interface net0:1
$ ifconfig net0:1
net0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 10.0.0.2 netmask ffffff00 broadcast 10.0.0.255
$ ifconfig net0 addif 10.0.0.3
Created new logical interface net0:2
$ ifconfig -a4
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
net0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 10.0.0.1 netmask ffffff00 broadcast 10.0.0.255
	ether 2:8:20:4c:3a:10 
net0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 10.0.0.2 netmask ffffff00 broadcast 10.0.0.255
net0:2: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 10.0.0.3 netmask ff000000 broadcast 10.255.255.255
$ ifconfig -au
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
net0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 10.0.0.1 netmask ffffff00 broadcast 10.0.0.255
	ether 2:8:20:4c:3a:10 
net0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 10.0.0.2 netmask ffffff00 broadcast 10.0.0.255
lo0: flags=2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL> mtu 8252 index 1
	inet6 ::1/128 
$ ifconfig -ad
net0:2: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 10.0.0.3 netmask ff000000 broadcast 10.255.255.255
$ ifconfig net0 removeif 10.0.0.3
$ ifconfig net0 removeif 10.0.0.1
ifconfig: removeif: cannot remove interface: net0
[exit 1]
$ ifconfig net0 removeif 10.0.0.99
ifconfig: removeif: SIOCLIFREMOVEIF: net0: Cannot assign requested address
[exit 1]
# IPv6 on net0: the link-local address comes from the MAC.
$ ifconfig net0 inet6 plumb up
$ ifconfig net0 inet6
net0: flags=2000841<UP,RUNNING,MULTICAST,IPv6> mtu 1500 index 2
	inet6 fe80::8:20ff:fe4c:3a10/10 
$ ifconfig net0 inet6 addif 2001:db8::5/64 up
Created new logical interface net0:1
$ ifconfig -a6
lo0: flags=2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL> mtu 8252 index 1
	inet6 ::1/128 
net0: flags=2000841<UP,RUNNING,MULTICAST,IPv6> mtu 1500 index 2
	inet6 fe80::8:20ff:fe4c:3a10/10 
	ether 2:8:20:4c:3a:10 
net0:1: flags=2000841<UP,RUNNING,MULTICAST,IPv6> mtu 1500 index 2
	inet6 2001:db8::5/64 
# Address defaults: classful mask, broadcast recomputed.
$ ifconfig net1 plumb 172.16.5.9 up
$ ifconfig net1
net1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 172.16.5.9 netmask ffff0000 broadcast 172.16.255.255
	ether 2:8:20:4c:3a:11 
$ ifconfig net1 netmask 255.255.255.0 broadcast +
$ ifconfig net1
net1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 172.16.5.9 netmask ffffff00 broadcast 172.16.5.255
	ether 2:8:20:4c:3a:11 
$ ifconfig net1 down
$ ifconfig net1
net1: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 172.16.5.9 netmask ffffff00 broadcast 172.16.5.255
	ether 2:8:20:4c:3a:11 
$ ifconfig net1 mtu 1400 metric 3
$ ifconfig net1
net1: flags=1001000842<BROADCAST,RUNNING,MULTICAST,IPv4,FIXEDMTU> metric 3 mtu 1400 index 3
	inet 172.16.5.9 netmask ffffff00 broadcast 172.16.5.255
	ether 2:8:20:4c:3a:11 
$ ifconfig net1 unplumb
$ ifconfig net1
ifconfig: status: SIOCGLIFFLAGS: net1: no such interface
[exit 1]
