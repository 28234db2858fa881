# Does it survive a reboot? Only what was made persistent does.
$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
$ ifconfig net0 plumb 192.168.1.10/24 up
$ route -p add default 192.168.1.1
add net default: gateway 192.168.1.1
add persistent net default: gateway 192.168.1.1
$ route -p show
persistent: route add default 192.168.1.1
$ ipmplab reboot
ipmplab: rebooted; applying the persistent configuration
+ route add default 192.168.1.1
add net default: gateway 192.168.1.1: Network is unreachable
ipmplab: reboot: 1 boot command failed:
ipmplab: reboot:   /etc/inet/static_routes: default 192.168.1.1
[exit 1]
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
127.0.0.1            127.0.0.1            UH        2          0 lo0       
# Make the interface persistent too, the legacy way (/etc/hostname.net0), and reboot again.
$ ipmplab file put /etc/hostname.net0 '192.168.1.10/24 up'
$ ipmplab file put /etc/hostname.ipmp0 'ipmp 10.0.0.1/24 up'
$ ipmplab file put /etc/hostname.net1 'group ipmp0 up'
$ ipmplab file ls
/etc/default/mpathd
/etc/hostname.ipmp0
/etc/hostname.net0
/etc/hostname.net1
/etc/inet/hosts
/etc/inet/netmasks
/etc/inet/networks
/etc/inet/static_routes
/etc/svc/volatile/ipadm/aobjmap.conf
$ ipmplab reboot
ipmplab: rebooted; applying the persistent configuration
+ ifconfig ipmp0 inet ipmp 10.0.0.1/24 up
+ ifconfig net0 inet plumb
+ ifconfig net0 inet 192.168.1.10/24 up
+ ifconfig net1 inet plumb
+ ifconfig net1 inet group ipmp0 up
+ route add default 192.168.1.1
add net default: gateway 192.168.1.1
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
default              192.168.1.1          UG        1          0           
10.0.0.0             10.0.0.1             U         2          0 ipmp0     
127.0.0.1            127.0.0.1            UH        2          0 lo0       
192.168.1.0          192.168.1.10         U         2          0 net0      
$ ifconfig ipmp0
ipmp0: flags=8001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP> mtu 1500 index 2
	inet 10.0.0.1 netmask ffffff00 broadcast 10.0.0.255
	groupname ipmp0
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        --        net1
