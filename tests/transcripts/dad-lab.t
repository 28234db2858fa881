# Two hosts claiming one address. DAD's probes reach the other hosts on the segment: the host
# that has the address defends it and keeps it; the newcomer marks its address DUPLICATE, logs
# it with the defender's hardware address, and retries every five minutes (_dup_recovery) until
# the address is free.
$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
$ ipmplab host add b --links net0
ipmplab: host b booted with links net0
$ ipmplab segment add lan
ipmplab: segment lan added
$ ipmplab plug host0:net0 lan
ipmplab: host0:net0 plugged into lan
$ ipmplab plug b:net0 lan
ipmplab: b:net0 plugged into lan
$ ifconfig net0 plumb 192.168.10.5/24 up
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:02.000Z (advanced 2s; 3 routing messages)
$ ifconfig net0 plumb 192.168.10.5/24 up --host b
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:04.000Z (advanced 2s; 0 routing messages)
Jan  1 00:00:02 b ip: [ID 0 kern.warning] WARNING: net0 has duplicate address 192.168.10.5 (in use by 2:8:20:4c:3a:10); disabled
$ ifconfig net0 --host b
net0: flags=4001000842<BROADCAST,RUNNING,MULTICAST,IPv4,DUPLICATE> mtu 1500 index 2
	inet 192.168.10.5 netmask ffffff00 broadcast 192.168.10.255
	ether 2:8:20:4c:3b:10 
$ ipadm show-addr --host b
ADDROBJ           TYPE     STATE        ADDR
lo0/v4            static   ok           127.0.0.1/8
net0/_a           static   duplicate    192.168.10.5/24
lo0/v6            static   ok           ::1/128
$ ping -s 192.168.10.5 56 1 --host b
PING 192.168.10.5: 56 data bytes
ping: sendto Network is unreachable
ping: wrote 192.168.10.5 64 chars, ret=-1

----192.168.10.5 PING Statistics----
1 packets transmitted, 0 packets received, 100% packet loss
[exit 1]
$ ifconfig net0
net0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.10.5 netmask ffffff00 broadcast 192.168.10.255
	ether 2:8:20:4c:3a:10 
# Still taken five minutes later; then the first host gives the address up.
$ ipmplab clock advance 5m
ipmplab: clock is manual, kernel time 2030-01-01T00:05:14.000Z (advanced 5m; 0 routing messages)
$ ifconfig net0 192.168.10.6
$ ipmplab clock advance 5m
ipmplab: clock is manual, kernel time 2030-01-01T00:10:14.000Z (advanced 5m; 3 routing messages)
Jan  1 00:10:03 b ip: [ID 0 kern.notice] NOTICE: recovered address 192.168.10.5 on net0
$ ifconfig net0 --host b
net0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.10.5 netmask ffffff00 broadcast 192.168.10.255
	ether 2:8:20:4c:3b:10 
$ ipmplab log --host b
Jan  1 00:00:02 b ip: [ID 0 kern.warning] WARNING: net0 has duplicate address 192.168.10.5 (in use by 2:8:20:4c:3a:10); disabled
Jan  1 00:10:03 b ip: [ID 0 kern.notice] NOTICE: recovered address 192.168.10.5 on net0
$ ipmplab log
# A host that is not on the segment, or whose segment is down, hears no probe: no conflict.
$ ipmplab host add c --links net0
ipmplab: host c booted with links net0
$ ifconfig net0 plumb 192.168.10.6/24 up --host c
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:10:16.000Z (advanced 2s; 0 routing messages)
$ ifconfig net0 --host c
net0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
	inet 192.168.10.6 netmask ffffff00 broadcast 192.168.10.255
	ether 2:8:20:4c:3c:10 
