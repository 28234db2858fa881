# ipmplab import: a host rebuilt from what was captured on a real one (here an OmniOS host's
# ipadm show-addr, netstat -rn and dladm show-phys, as its documentation shows them). The host
# becomes a new machine with the captured datalinks; each command is echoed as it runs.
$ ipmplab clock manual 2030-01-01T00:00:00Z > /dev/null
$ ipmplab import tests/fixtures/captures/omnios-wiki-static.txt tests/fixtures/captures/omnios-wiki-netstat-rn.txt tests/fixtures/captures/omnios-wiki-dladm-show-phys.txt
ipmplab: import: host host0 renewed with links e1000g0 e1000g1 (tests/fixtures/captures/omnios-wiki-static.txt: ipadm-show-addr; tests/fixtures/captures/omnios-wiki-netstat-rn.txt: netstat-rn; tests/fixtures/captures/omnios-wiki-dladm-show-phys.txt: dladm-show-phys)
+ ifconfig e1000g0 plumb
+ ifconfig e1000g0 192.168.1.10/24 up
+ route add default 192.168.1.1
add net default: gateway 192.168.1.1
$ ipmplab clock advance 5s > /dev/null
$ ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
	ether 2:8:20:4c:3a:10 
lo0: flags=2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL> mtu 8252 index 1
	inet6 ::1/128 
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
default              192.168.1.1          UG        1          0           
127.0.0.1            127.0.0.1            UH        2          0 lo0       
192.168.1.0          192.168.1.10         U         2          0 e1000g0   
# What the lab cannot reproduce is said, one line each: a DHCP address, the numbering.
$ ipmplab import tests/fixtures/captures/ansible-18377-ifconfig-a.txt
ipmplab: import: host host0 renewed with links rtls0 (tests/fixtures/captures/ansible-18377-ifconfig-a.txt: ifconfig-a)
+ ipmplab mac rtls0 0:20:91:83:45:82
ipmplab: link rtls0 has hardware address 00:20:91:83:45:82
+ ifconfig rtls0 plumb
+ ifconfig rtls0 192.168.125.125/24 up
ipmplab: import: not reproduced: rtls0: configured by DHCP (the lab has no DHCP client): its address is set statically
ipmplab: import: differs: rtls0 (inet): flags UP,BROADCAST,RUNNING,MULTICAST,IPv4 where the capture has UP,BROADCAST,RUNNING,MULTICAST,DHCP,IPv4
ipmplab: import: differs: rtls0 (inet): index 2 where the capture has 3
# A capture cut off mid-line, or text that is none, changes nothing.
$ head -c 250 tests/fixtures/captures/ansible-18377-ifconfig-a.txt > $IPMPLAB_STATE.cut; ipmplab import $IPMPLAB_STATE.cut 2>&1 | sed "s|$IPMPLAB_STATE|STATE|"
ipmplab: import STATE.cut: line 5 is cut off; nothing changed
$ echo hello | ipmplab import -
ipmplab: import -: not a capture the lab reads (ifconfig -a, netstat -rn, ipadm, ipmpstat, dladm output, /etc/hostname.*, static_routes); nothing changed
[exit 1]
$ ipmplab import no-such-capture.txt
ipmplab: import no-such-capture.txt: No such file or directory
[exit 1]
$ echo 'ipmplab import tests/fixtures/captures/omnios-wiki-static.txt' | ipmplab batch -
ipmplab: batch: line 1: 'ipmplab import' cannot run inside a batch: ipmplab import tests/fixtures/captures/omnios-wiki-static.txt
[exit 1]
