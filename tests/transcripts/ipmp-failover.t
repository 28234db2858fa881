$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
$ ifconfig ipmp0 ipmp 10.0.0.1/24 up
$ ifconfig net0 plumb group ipmp0 up
$ ifconfig net1 plumb group ipmp0 standby up
$ ifconfig ipmp0 addif 10.0.0.2/24 up
Created new logical interface ipmp0:1
$ ipmplab clock advance 2s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:02.000Z (advanced 2s; 5 routing messages)
$ ifconfig -a4
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
net1: flags=61000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,STANDBY,INACTIVE> mtu 1500 index 4
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:11 
$ ipmplab link net0 down
ipmplab: link net0 is down
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] The link has gone down on net0
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] IP interface failure detected on net0 of group ipmp0
$ ifconfig net0
net0: flags=11000803<UP,BROADCAST,MULTICAST,IPv4,FAILED> mtu 1500 index 3
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:10 
$ ifconfig net1
net1: flags=21000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,STANDBY> mtu 1500 index 4
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:11 
$ ipmplab link net0 up
ipmplab: link net0 is up
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] The link has come up on net0
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] IP interface repair detected on net0 of group ipmp0
$ ifconfig net1
net1: flags=61000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,STANDBY,INACTIVE> mtu 1500 index 4
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:11 
$ ipmplab log
Jan  1 00:00:00 host0 in.mpathd[105]: [ID 0 daemon.error] At least 1 IP interface (net0) in group ipmp0 is now usable
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] The link has gone down on net0
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] IP interface failure detected on net0 of group ipmp0
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] The link has come up on net0
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] IP interface repair detected on net0 of group ipmp0
$ ifconfig net1 group ""
$ ipmplab link net0 down
ipmplab: link net0 is down
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] The link has gone down on net0
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] IP interface failure detected on net0 of group ipmp0
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] All IP interfaces in group ipmp0 are now unusable
$ ifconfig ipmp0
ipmp0: flags=8011000803<UP,BROADCAST,MULTICAST,IPv4,FAILED,IPMP> mtu 1500 index 2
	inet 10.0.0.1 netmask ffffff00 broadcast 10.0.0.255
	groupname ipmp0
$ ipmplab log
Jan  1 00:00:00 host0 in.mpathd[105]: [ID 0 daemon.error] At least 1 IP interface (net0) in group ipmp0 is now usable
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] The link has gone down on net0
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] IP interface failure detected on net0 of group ipmp0
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] The link has come up on net0
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] IP interface repair detected on net0 of group ipmp0
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] The link has gone down on net0
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] IP interface failure detected on net0 of group ipmp0
Jan  1 00:00:02 host0 in.mpathd[105]: [ID 0 daemon.error] All IP interfaces in group ipmp0 are now unusable
