# Interface properties: ifconfig plumbs (not persistent), so only temporary changes are allowed.
$ ifconfig net0 plumb 192.168.1.10/24 up
$ ipadm set-ifprop -p mtu=1400 -m ipv4 net0
ipadm: set-ifprop: mtu: Persistent operation on temporary object
[exit 1]
$ ipadm set-ifprop -t -p mtu=1400 -m ipv4 net0
$ ifconfig net0
net0: flags=1001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,FIXEDMTU> mtu 1400 index 2
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
	ether 2:8:20:4c:3a:10 
$ ipadm set-ifprop -t -p mtu=9000 -m ipv4 net0
ipadm: set-ifprop: mtu: Invalid argument provided
[exit 1]
$ ipadm set-ifprop -t -p arp=off -m ipv4 net0
$ ifconfig net0
net0: flags=10010008c3<UP,BROADCAST,RUNNING,NOARP,MULTICAST,IPv4,FIXEDMTU> mtu 1400 index 2
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
	ether 2:8:20:4c:3a:10 
$ ipadm show-ifprop -p mtu,arp -m ipv4 net0
IFNAME      PROPERTY        PROTO PERM CURRENT    PERSISTENT DEFAULT    POSSIBLE
net0        mtu             ipv4  rw   1400       --         1500       68-1500
net0        arp             ipv4  rw   off        --         on         on,off
$ ipadm show-ifprop -c -o property,current,default,possible -p mtu net0
mtu:1400:1500:68-1500
mtu:::
$ ipadm reset-ifprop -t -p mtu -m ipv4 net0
$ ipadm show-ifprop -p mtu -m ipv4 net0
IFNAME      PROPERTY        PROTO PERM CURRENT    PERSISTENT DEFAULT    POSSIBLE
net0        mtu             ipv4  rw   1500       --         1500       68-1500
$ ipadm show-ifprop net9
ipadm: no such object 'net9': Interface does not exist
[exit 1]
$ ipadm set-ifprop -t -p mtu -m ipv4 net0
ipadm: please specify the value to be set.
	set-ifprop	[-t] -p <prop>=<value[,...]> -m <protocol> <interface>
[exit 1]
$ ipadm reset-ifprop -t -p mtu=1500 -m ipv4 net0
ipadm: incorrect syntax used for -p.
	reset-ifprop	[-t] -p <prop> -m <protocol> <interface>
[exit 1]
$ ipadm set-ifprop -t -p mtu=1400 -p arp=on -m ipv4 net0
ipadm: -p must be specified once only
[exit 1]
$ ipadm set-ifprop -t -p mtu=1400 -m foo net0
ipadm: invalid protocol 'foo' specified
[exit 1]
$ ipadm set-ifprop -t -p foo=1 -m ipv4 net0
ipadm: set-ifprop: foo: Unknown property
[exit 1]
$ ipadm set-ifprop -t -p standby=on -m ip net0
ipadm: set-ifprop: standby: Unknown property
[exit 1]
$ ipadm set-ifprop -t -p mtu=1400 net0
ipadm: Usage: 	set-ifprop	[-t] -p <prop>=<value[,...]> -m <protocol> <interface>
[exit 1]
# Protocol properties: forwarding marks every interface of the family a router.
$ ipadm set-prop -p forwarding=on ipv4
$ ifconfig net0
net0: flags=10011008c3<UP,BROADCAST,RUNNING,NOARP,MULTICAST,ROUTER,IPv4,FIXEDMTU> mtu 1500 index 2
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
	ether 2:8:20:4c:3a:10 
$ ifconfig net1 plumb
$ ifconfig net1
net1: flags=1100842<BROADCAST,RUNNING,MULTICAST,ROUTER,IPv4> mtu 1500 index 3
	inet 0.0.0.0 netmask 0 
	ether 2:8:20:4c:3a:11 
$ ipadm show-prop -p forwarding ipv4
PROTO PROPERTY              PERM CURRENT      PERSISTENT   DEFAULT      POSSIBLE
ipv4  forwarding            rw   on           on           off          on,off
$ ipadm show-prop -p hostmodel ip
PROTO PROPERTY              PERM CURRENT      PERSISTENT   DEFAULT      POSSIBLE
ipv6  hostmodel             rw   weak         --           weak         strong,
                                                                        src-priority,
                                                                        weak
ipv4  hostmodel             rw   weak         --           weak         strong,
                                                                        src-priority,
                                                                        weak
$ ipadm set-prop -p extra_priv_ports+=3001 tcp
$ ipadm show-prop -p extra_priv_ports tcp
PROTO PROPERTY              PERM CURRENT      PERSISTENT   DEFAULT      POSSIBLE
tcp   extra_priv_ports      rw   2049,4045,   3001         2049,4045    1-65535
                                 3001                                   
$ ipadm set-prop -p extra_priv_ports-=2049 tcp
$ ipadm show-prop -c -o current,persistent -p extra_priv_ports tcp
4045,3001:3001
$ ipadm set-prop -p ttl+=3 ipv4
ipadm: set-prop: ttl: Invalid argument provided
[exit 1]
$ ipadm set-prop -p ttl=300 ipv4
ipadm: set-prop: ttl: Value is outside the allowed range
[exit 1]
$ ipadm set-prop -p forwarding=yes ipv4
ipadm: set-prop: forwarding: Invalid argument provided
[exit 1]
$ ipmplab file cat /etc/ipadm/ipadm.conf
#
# DO NOT EDIT OR PARSE THIS FILE!
#
# Use the ipadm(1m) command to change the contents of this file.
_protocol=ipv4;forwarding=on;
_protocol=tcp;extra_priv_ports=3001;
$ ipadm reset-prop -p forwarding ipv4
$ ifconfig net0
net0: flags=10010008c3<UP,BROADCAST,RUNNING,NOARP,MULTICAST,IPv4,FIXEDMTU> mtu 1500 index 2
	inet 192.168.1.10 netmask ffffff00 broadcast 192.168.1.255
	ether 2:8:20:4c:3a:10 
$ ipadm show-prop -p forwarding ipv4
PROTO PROPERTY              PERM CURRENT      PERSISTENT   DEFAULT      POSSIBLE
ipv4  forwarding            rw   off          --           off          on,off
$ ipadm show-prop -p forwarding
ipadm: protocol must be specified when property name is used
[exit 1]
$ ipadm show-prop -p ttl foo
ipadm: invalid protocol 'foo' specified
[exit 1]
$ ipadm show-prop udp
PROTO PROPERTY              PERM CURRENT      PERSISTENT   DEFAULT      POSSIBLE
udp   extra_priv_ports      rw   2049,4045    --           2049,4045    1-65535
udp   largest_anon_port     rw   65535        --           65535        32768-65535
udp   max_buf               rw   2097152      --           2097152      65536-1073741824
udp   recv_buf              rw   57344        --           57344        128-2097152
udp   send_buf              rw   57344        --           57344        1024-2097152
udp   smallest_anon_port    rw   32768        --           32768        1024-65535
udp   smallest_nonpriv_port rw   1024         --           1024         1024-32768
$ ipadm show-prop -p nosuch tcp
PROTO PROPERTY              PERM CURRENT      PERSISTENT   DEFAULT      POSSIBLE
tcp   nosuch                ?    ?            ?            ?            ?
[exit 1]
# Address properties: an address ifconfig made has no address object.
$ ipadm show-addrprop net0
ipadm: invalid addrobj name provided
[exit 1]
$ ipadm show-addrprop net0/v9
ipadm: addrobj not found: net0/v9
[exit 1]
