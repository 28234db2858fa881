# A host running Oracle Solaris 11.4 instead of illumos: the same kernel and tools, printing as
# Solaris 11 prints. The links keep their net0..net3 names (Solaris 11's vanity names).
$ ipmplab init --release solaris10
ipmplab: --release solaris10: expected illumos or solaris11
Try 'ipmplab --help' for usage.
[exit 2]
$ ipmplab init --release solaris11 >/dev/null
$ ipmplab status --json | grep -o '"release":"[^"]*","uname":"[^"]*"'
"release":"solaris11","uname":"SunOS 5.11 11.4.0.15.0"
$ ipmplab status | grep -o 'Release .*11\.4\.0\.15\.0)'
Release     │ Oracle Solaris 11.4 (SunOS 5.11 11.4.0.15.0)
$ ipmplab ioctl UNAME
{"sysname":"SunOS","release":"5.11","version":"11.4.0.15.0","distribution":"solaris11"}
$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
# An IPMP group built with ifconfig, with a test address on each member.
$ ifconfig ipmp0 ipmp
$ ifconfig net0 plumb group ipmp0 up
$ ifconfig net1 plumb group ipmp0 up
$ ifconfig ipmp0 10.0.0.1/24 up
$ ifconfig ipmp0 addif 10.0.0.2/24 up
Created new logical interface ipmp0:1
$ ifconfig net0 addif 10.0.0.30/24 -failover up
Created new logical interface net0:1
$ ifconfig net1 addif 10.0.0.31/24 -failover up
Created new logical interface net1:1
$ ipmplab target 10.0.0.254 up >/dev/null
$ ipmplab clock advance 30s >/dev/null
# PHYSRUNNING shows wherever RUNNING does, except on lo0 (VIRTUAL).
$ ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
ipmp0: flags=108001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP,PHYSRUNNING> mtu 1500 index 2
	inet 10.0.0.1 netmask ffffff00 broadcast 10.0.0.255
	groupname ipmp0
ipmp0:1: flags=108001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP,PHYSRUNNING> mtu 1500 index 2
	inet 10.0.0.2 netmask ffffff00 broadcast 10.0.0.255
net0: flags=100001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 1500 index 3
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:10 
net0:1: flags=100009040843<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER,PHYSRUNNING> mtu 1500 index 3
	inet 10.0.0.30 netmask ffffff00 broadcast 10.0.0.255
net1: flags=100001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 1500 index 4
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:11 
net1:1: flags=100009040843<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER,PHYSRUNNING> mtu 1500 index 4
	inet 10.0.0.31 netmask ffffff00 broadcast 10.0.0.255
lo0: flags=2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL> mtu 8252 index 1
	inet6 ::1/128 
$ ifconfig net0
net0: flags=100001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 1500 index 3
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:10 
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        10.00s    net1 net0
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       -------   up        ok        ok
net0        yes     ipmp0       --mb---   up        ok        ok
# Solaris 11's -t: MODE is 11 columns wide, TARGETS 37.
$ ipmpstat -t
INTERFACE   MODE       TESTADDR            TARGETS
net1        multicast  10.0.0.31           10.0.0.254
net0        multicast  10.0.0.30           10.0.0.254
$ ipmpstat -a
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
10.0.0.2                  up     ipmp0       net1        net1 net0
10.0.0.1                  up     ipmp0       net0        net1 net0
# Solaris 11's probe ids carry the probe type: i for an ICMP target.
$ (sleep 1; ipmplab clock advance 3s >/dev/null) & timeout -s INT 3 ipmpstat -p; wait
TIME      INTERFACE   PROBE  NETRTT    RTT       RTTAVG    TARGET
1.42s     net0        i43    0.33ms    0.35ms    0.44ms    10.0.0.254
1.42s     net1        i44    0.38ms    0.40ms    0.43ms    10.0.0.254
2.84s     net0        i45    0.43ms    0.45ms    0.44ms    10.0.0.254
2.84s     net1        i46    0.48ms    0.50ms    0.44ms    10.0.0.254
# The cable out: RUNNING and PHYSRUNNING go together.
$ ipmplab link net1 down >/dev/null
$ ifconfig net1
net1: flags=11000803<UP,BROADCAST,MULTICAST,IPv4,FAILED> mtu 1500 index 4
	inet 0.0.0.0 netmask ff000000 
	groupname ipmp0
	ether 2:8:20:4c:3a:11 
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       degraded  10.00s    net0 [net1]
# Without in.mpathd, Solaris 11's ipmpstat fails taking its snapshot (illumos' pings first).
$ ipmplab mpathd stop >/dev/null
$ ipmpstat -g
ipmpstat: cannot snapshot IPMP state: cannot contact in.mpathd,see in.mpathd(1M)
[exit 1]
$ ipmpstat -p
ipmpstat: cannot get IPMP group list: cannot contact in.mpathd,see in.mpathd(1M)
[exit 1]
# reset and reboot keep the release.
$ ipmplab reset >/dev/null
$ ipmplab ioctl UNAME | grep distribution
{"sysname":"SunOS","release":"5.11","version":"11.4.0.15.0","distribution":"solaris11"}
$ ipmplab reboot >/dev/null
$ ipmplab ioctl UNAME | grep distribution
{"sysname":"SunOS","release":"5.11","version":"11.4.0.15.0","distribution":"solaris11"}
$ ifconfig lo0
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
	inet 127.0.0.1 netmask ff000000 
