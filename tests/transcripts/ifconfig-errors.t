# Errors, with the texts and exit statuses of illumos ifconfig.
$ ifconfig net9 up
ifconfig: setifflags: SIOCGLIFFLAGS: net9: no such interface
[exit 1]
$ ifconfig net9 10.0.0.1
ifconfig: error: net9: no such interface
[exit 1]
$ ifconfig net9 plumb
ifconfig: cannot plumb net9: Could not open DLPI link
[exit 1]
$ ifconfig net9 unplumb
ifconfig: cannot unplumb net9: Interface does not exist
[exit 1]
$ ifconfig net0 inet6 unplumb
ifconfig: cannot unplumb net0: Interface does not exist
[exit 1]
$ ifconfig -u
ifconfig: -u: no such interface
[exit 1]
$ ifconfig -y
ifconfig: illegal option -- y
usage: ifconfig <interface> | -a[ 4 | 6 | D ][ u | d ][ Z ]
	[ <addr_family> ]
	[ <address>[/<prefix_length>] [ <dest_address> ] ]
	[ set [ <address>][/<prefix_length>] ] [ <address>/<prefix_length>] ]
	[ destination <dest_address> ]
	[ addif <address>[/<prefix_length>]  [ <dest_address> ] ]
	[ removeif <address>[/<prefix_length>] ]
	[ arp | -arp ]
	[ auto-revarp ]
	[ broadcast <broad_addr> ]
	[ index <if_index> ]
	[ metric <n> ] [ mtu <n> ]
	[ netmask <mask> ]
	[ plumb ] [ unplumb ]
	[ preferred | -preferred ]
	[ private | -private ]
	[ local | -local ]
	[ router | -router ]
	[ subnet <subnet_address>]
	[ trailers | -trailers ]
	[ token <address>/<prefix_length> ]
	[ tsrc <tunnel_src_address> ]
	[ tdst <tunnel_dest_address> ]
	[ auth_algs <tunnel_AH_authentication_algorithm> ]
	[ encr_algs <tunnel_ESP_encryption_algorithm> ]
	[ encr_auth_algs <tunnel_ESP_authentication_algorithm> ]
	[ up ] [ down ]
	[ xmit | -xmit ]
	[ modlist ]
	[ modinsert <module_name@position> ]
	[ modremove <module_name@position> ]
	[ ipmp ]
	[ group <groupname>] | [ group ""]
	[ deprecated | -deprecated ]
	[ standby | -standby ]
	[ failover | -failover ]
	[ zone <zonename> | -zone ]
	[ usesrc <interface> ]
	[ all-zones ]
or
	ifconfig <interface> |  -a[ 4 | 6 | D ] [ u | d ]
	auto-dhcp | dhcp
	[ wait <time> | forever ]
	[ primary ]
	start | drop | ping | release | status | inform
[exit 1]
$ ifconfig averyveryverylonginterfacename0123
averyveryverylonginterfacename0123: interface name too long
[exit 1]
$ ifconfig net0 plumb 10.0.0.1/33
ifconfig: Bad prefix length in 10.0.0.1/33
[exit 1]
$ ifconfig net0 10.0.0.x
ifconfig: 10.0.0.x: bad address
[exit 1]
$ ifconfig net0 mtu
ifconfig: no argument for mtu
[exit 1]
$ ifconfig net0 netmask 255.255.255.0/24
ifconfig: 255.255.255.0/24: unexpected '/'
[exit 1]
$ ifconfig net0 -nud
ifconfig: Operation -nud not supported for inet
[exit 1]
$ ifconfig net0 10.0.0.1 10.0.0.2 10.0.0.3
ifconfig: cannot configure more than two addresses in one command
[exit 1]
$ ifconfig net0 plumb 10.0.0.1/24 up
$ ifconfig net0 mtu 9000
ifconfig: setifmtu: SIOCSLIFMTU: net0: Invalid argument
[exit 1]
$ ifconfig net0 mtu 1400
$ ifconfig net0 netmask 0xff00ff00
ifconfig: SIOCSLIFNETMASK: net0: Operation not supported
[exit 1]
$ ifconfig net0 index 1
ifconfig: setifindex: SIOCSLIFINDEX: net0: already exists
[exit 1]
$ ifconfig net1 plumb 10.0.0.1/24 up
ifconfig: setifflags: SIOCSLIFFLAGS: net1: Cannot assign requested address
[exit 1]
$ ifconfig net1
net1: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
	inet 10.0.0.1 netmask ffffff00 broadcast 10.0.0.255
	ether 2:8:20:4c:3a:11 
$ ifconfig net0 addif 10.0.0.7 up mtu 1300
Created new logical interface net0:1
ifconfig: setifmtu: SIOCSLIFMTU: net0:1: Invalid argument
[exit 1]
$ ifconfig net0:1 addif 10.0.0.8
ifconfig: addif: bad physical interface name net0:1
[exit 1]
$ ifconfig lo0 broadcast 127.255.255.255
ifconfig: SIOCSLIFBRDADDR: lo0: Cannot assign requested address
[exit 1]
$ ifconfig net0 usesrc net0:1
ifconfig: Cannot specify logical interface for usesrc 
[exit 1]
$ ifconfig net0 usesrc net7
ifconfig: Could not get interface index: net7: no such interface
[exit 1]
$ ifconfig net0 bogus
ifconfig: bogus: bad address
[exit 1]
$ ifconfig net0 inet6 plumb
$ ifconfig net0 inet6 2001:db8::1/64
ifconfig: could not create address:Can't assign requested address
[exit 1]
$ ifconfig net0 zone dmz
ifconfig: unknown zone 'dmz'
[exit 1]
$ ifconfig net0 tsrc 10.1.1.1
ifconfig: tsrc: not supported by ipmplab
[exit 1]
# An unprivileged user may look but not touch.
$ IPMPLAB_PRIVILEGED=0 ifconfig net0
net0: flags=1001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,FIXEDMTU> mtu 1400 index 2
	inet 10.0.0.1 netmask ffffff00 broadcast 10.0.0.255
$ IPMPLAB_PRIVILEGED=0 ifconfig net0 down
ifconfig: setifflags: SIOCSLIFFLAGS: net0: permission denied
[exit 1]
$ IPMPLAB_PRIVILEGED=0 ifconfig net2 plumb
ifconfig: cannot plumb net2: Insufficient user authorizations
[exit 1]
$ IPMPLAB_PRIVILEGED=0 ifconfig net0 addif 10.0.0.9/24
ifconfig: addif: SIOCLIFADDIF: net0: permission denied
[exit 1]
$ IPMPLAB_PRIVILEGED=0 ifconfig net0 mtu 1200
ifconfig: setifmtu: SIOCSLIFMTU: net0: permission denied
[exit 1]
$ IPMPLAB_PRIVILEGED=0 ifconfig net0 zone global
ifconfig: SIOCSLIFZONE: net0: permission denied
[exit 1]
$ ifconfig net0 zone global
$ ifconfig net7 zone global
ifconfig: SIOCSLIFZONE: net7: no such interface
[exit 1]
