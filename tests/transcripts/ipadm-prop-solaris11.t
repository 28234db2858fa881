# Solaris 11: standby and group are ip interface properties; texts in Solaris 11's words.
$ ipmplab init --release solaris11 >/dev/null
$ ifconfig net2 plumb
$ ipadm set-ifprop -t -p standby=on -m ip net2
$ ifconfig net2
net2: flags=100061000842<BROADCAST,RUNNING,MULTICAST,IPv4,STANDBY,INACTIVE,PHYSRUNNING> mtu 1500 index 2
	inet 0.0.0.0 netmask 0 
	ether 2:8:20:4c:3a:12 
$ ipadm show-ifprop -p standby,group net2
IFNAME      PROPERTY        PROTO PERM CURRENT    PERSISTENT DEFAULT    POSSIBLE
net2        standby         ip    rw   on         --         off        on,off
net2        group           ip    rw   --         --         --         --
$ ipadm show-ifprop -p nosuch -m ipv4 net2
ipadm: warning: cannot get property 'nosuch' for 'net2': Unknown property
IFNAME      PROPERTY        PROTO PERM CURRENT    PERSISTENT DEFAULT    POSSIBLE
net2        nosuch          ipv4  ?    ?          ?          ?          ?
[exit 1]
$ ipadm set-ifprop -t -p mtu=1400 net2
ipadm: usage: 	set-ifprop	[-t] -p <prop>=<value[,...]> -m <protocol> <interface>
[exit 1]
$ ipadm show-ifprop net9
ipadm: no such object 'net9': No such interface
[exit 1]
