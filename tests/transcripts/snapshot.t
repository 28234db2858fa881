# Snapshots of the whole lab: save, break things, see what differs, restore. After the restore
# every view is what it was when the snapshot was saved, /etc files included.
$ ipmplab clock manual 2030-01-01T00:00:00Z > /dev/null
$ ipmplab host add b --links net0 > /dev/null
$ ipmplab segment add lan > /dev/null
$ ipmplab plug host0:net0 lan > /dev/null; ipmplab plug host0:net1 lan > /dev/null; ipmplab plug b:net0 lan > /dev/null
$ ifconfig --host b net0 plumb 192.168.10.1/24 up
$ ifconfig ipmp0 ipmp 192.168.10.10/24 up
$ ifconfig net0 plumb 192.168.10.30/24 -failover group ipmp0 up
$ ifconfig net1 plumb 192.168.10.32/24 -failover group ipmp0 standby up
$ route -p add default 192.168.10.1
add net default: gateway 192.168.10.1
add persistent net default: gateway 192.168.10.1
$ ipmplab file put /etc/hostname.net0 '192.168.10.30/24 -failover group ipmp0 up' > /dev/null
$ ipmplab clock advance 30s > /dev/null
$ ipmplab snapshot ls
no snapshots
$ ipmplab snapshot save before -m 'active-standby, before the change'
ipmplab: snapshot before saved (hosts host0 b; lab time 2030-01-01T00:00:30.000Z)
$ ipmplab snapshot ls
SNAPSHOT  LAB TIME                  HOSTS    NOTE
before    2030-01-01T00:00:30.000Z  host0,b  active-standby, before the change
$ ifconfig -a > $IPMPLAB_STATE.ifconfig; netstat -rn > $IPMPLAB_STATE.netstat; (ipmpstat -g; ipmpstat -i; ipmpstat -a) > $IPMPLAB_STATE.ipmpstat
# Break it: the active member goes offline, the standby leaves the group, the default route
# goes, a file changes, host b is switched off.
$ if_mpadm -d net0
$ ifconfig net1 group ""
$ route delete default 192.168.10.1
delete net default: gateway 192.168.10.1
$ ipmplab file put /etc/hostname.net0 'net0 up' > /dev/null
$ ipmplab host power b off
ipmplab: host b is off
$ ipmplab clock advance 10s > /dev/null
$ ipmplab snapshot diff before
--- snapshot before (lab time 2030-01-01T00:00:30.000Z)
+++ the lab now
lab: hosts
- b       on     illumos  net0@lan
+ b       off    illumos  net0@lan
lab: clock
- clock is manual, kernel time 2030-01-01T00:00:30.000Z
+ clock is manual, kernel time 2030-01-01T00:00:40.000Z
host host0: ifconfig -a
- ipmp0: flags=8001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP> mtu 1500 index 2
- 	inet 192.168.10.10 netmask ffffff00 broadcast 192.168.10.255
- 	groupname ipmp0
- net0: flags=9040843<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER> mtu 1500 index 3
- 	inet 192.168.10.30 netmask ffffff00 broadcast 192.168.10.255
- 	groupname ipmp0
- 	ether 2:8:20:4c:3a:10 
- net1: flags=69040843<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER,STANDBY,INACTIVE> mtu 1500 index 4
- 	inet 192.168.10.32 netmask ffffff00 broadcast 192.168.10.255
- 	groupname ipmp0
- 	ether 2:8:20:4c:3a:11 
+ ipmp0: flags=8011000803<UP,BROADCAST,MULTICAST,IPv4,FAILED,IPMP> mtu 1500 index 2
+ 	inet 192.168.10.10 netmask ffffff00 broadcast 192.168.10.255
+ 	groupname ipmp0
+ net0: flags=89040842<BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER,OFFLINE> mtu 1500 index 3
+ 	inet 192.168.10.30 netmask ffffff00 broadcast 192.168.10.255
+ 	groupname ipmp0
+ 	ether 2:8:20:4c:3a:10 
+ net1: flags=29040843<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER,STANDBY> mtu 1500 index 4
+ 	inet 192.168.10.32 netmask ffffff00 broadcast 192.168.10.255
+ 	ether 2:8:20:4c:3a:11 
host host0: netstat -rn
- default              192.168.10.1         UG
- 192.168.10.0         192.168.10.30        U     net0
host host0: ipmpstat -g
- ipmp0       ipmp0       ok        10.00s    net0 (net1)
+ ipmp0       ipmp0       failed    --        [net0]
host host0: ipmpstat -i
- net1        no      ipmp0       is-----   up        ok        ok
- net0        yes     ipmp0       --mb---   up        ok        ok
+ net0        no      ipmp0       -----d-   up        disabled  offline
host host0: /etc/hostname.net0
- 192.168.10.30/24 -failover group ipmp0 up
+ net0 up
$ ipmplab snapshot restore before
ipmplab: snapshot before restored (hosts host0 b; lab time 2030-01-01T00:00:30.000Z)
$ ifconfig -a | diff $IPMPLAB_STATE.ifconfig - && echo ifconfig -a is the same
ifconfig -a is the same
$ netstat -rn | diff $IPMPLAB_STATE.netstat - && echo netstat -rn is the same
netstat -rn is the same
$ (ipmpstat -g; ipmpstat -i; ipmpstat -a) | diff $IPMPLAB_STATE.ipmpstat - && echo ipmpstat -g, -i and -a are the same
ipmpstat -g, -i and -a are the same
$ ipmplab file cat /etc/hostname.net0
192.168.10.30/24 -failover group ipmp0 up
$ ipmplab host ls
HOST    POWER  RELEASE  LINKS
host0*  on     illumos  net0@lan net1@lan net2 net3
b       on     illumos  net0@lan
$ ipmplab clock
ipmplab: clock is manual, kernel time 2030-01-01T00:00:30.000Z
$ ipmplab snapshot diff before
no differences between snapshot before (lab time 2030-01-01T00:00:30.000Z) and the lab now
# The timers come back with the state: in.mpathd goes on from where it was.
$ ipmplab clock advance 10s > /dev/null
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        10.00s    net0 (net1)
# Two snapshots compared with each other.
$ ifconfig net1 -standby
$ ipmplab snapshot save after
ipmplab: snapshot after saved (hosts host0 b; lab time 2030-01-01T00:00:40.000Z)
$ ipmplab snapshot diff before after
--- snapshot before (lab time 2030-01-01T00:00:30.000Z)
+++ snapshot after (lab time 2030-01-01T00:00:40.000Z)
lab: clock
- clock is manual, kernel time 2030-01-01T00:00:30.000Z
+ clock is manual, kernel time 2030-01-01T00:00:40.000Z
host host0: ifconfig -a
- net1: flags=69040843<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER,STANDBY,INACTIVE> mtu 1500 index 4
- 	inet 192.168.10.32 netmask ffffff00 broadcast 192.168.10.255
- 	groupname ipmp0
- 	ether 2:8:20:4c:3a:11 
+ net1: flags=9040843<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER> mtu 1500 index 4
+ 	inet 192.168.10.32 netmask ffffff00 broadcast 192.168.10.255
+ 	groupname ipmp0
+ 	ether 2:8:20:4c:3a:11 
host host0: ipmpstat -g
- ipmp0       ipmp0       ok        10.00s    net0 (net1)
+ ipmp0       ipmp0       ok        10.00s    net1 net0
host host0: ipmpstat -i
- net1        no      ipmp0       is-----   up        ok        ok
+ net1        yes     ipmp0       -------   up        ok        ok
# A snapshot in a file of its own (- is standard output or input), and into another lab.
$ ipmplab snapshot export before - > $IPMPLAB_STATE.snap; head -c 60 $IPMPLAB_STATE.snap; echo
{"format":"ipmplab-snapshot","version":1,"name":"before","ta
$ ipmplab snapshot import - < $IPMPLAB_STATE.snap
ipmplab: snapshot before: the lab already has a snapshot of that name
[exit 1]
$ ipmplab snapshot import - --name before-copy < $IPMPLAB_STATE.snap
ipmplab: snapshot before-copy imported from standard input (hosts host0 b; lab time 2030-01-01T00:00:30.000Z)
$ ipmplab snapshot rm before
ipmplab: snapshot before removed
$ ipmplab snapshot restore before-copy
ipmplab: snapshot before-copy restored (hosts host0 b; lab time 2030-01-01T00:00:30.000Z)
$ ipmplab snapshot ls
SNAPSHOT     LAB TIME                  HOSTS    NOTE
after        2030-01-01T00:00:40.000Z  host0,b  -
before-copy  2030-01-01T00:00:30.000Z  host0,b  active-standby, before the change
$ ipmplab --state $IPMPLAB_STATE.other init > /dev/null; ipmplab --state $IPMPLAB_STATE.other snapshot import - < $IPMPLAB_STATE.snap && ipmplab --state $IPMPLAB_STATE.other snapshot restore before && ipmplab --state $IPMPLAB_STATE.other host ls
ipmplab: snapshot before imported from standard input (hosts host0 b; lab time 2030-01-01T00:00:30.000Z)
ipmplab: snapshot before restored (hosts host0 b; lab time 2030-01-01T00:00:30.000Z)
HOST    POWER  RELEASE  LINKS
host0*  on     illumos  net0@lan net1@lan net2 net3
b       on     illumos  net0@lan
# Refusals: one line each, nothing changed.
$ ipmplab snapshot save after
ipmplab: snapshot after: the lab already has a snapshot of that name
[exit 1]
$ ipmplab snapshot restore nosuch
ipmplab: snapshot nosuch: no such snapshot
[exit 1]
$ ipmplab snapshot save 'bad name'
ipmplab: bad name: bad snapshot name (a letter or digit, then letters, digits, '_', '.' or '-', at most 64 characters)
Try 'ipmplab --help' for usage.
[exit 2]
$ ipmplab snapshot save x -m "$(printf 'two\nlines')"
ipmplab: snapshot save: -m: a note is one line of at most 200 characters
Try 'ipmplab --help' for usage.
[exit 2]
$ head -c 300 $IPMPLAB_STATE.snap | ipmplab snapshot import -
ipmplab: snapshot import -: damaged snapshot file: 2 rows where the header says 50 (cut short?)
[exit 1]
$ sed 's/"version":1/"version":9/' $IPMPLAB_STATE.snap | ipmplab snapshot import - --name newer
ipmplab: snapshot import -: written by a newer ipmplab (format version 9; this one reads 1)
[exit 1]
$ sed 's/192.168.10.30/192.168.10.31/' $IPMPLAB_STATE.snap | ipmplab snapshot import - --name bad
ipmplab: snapshot import -: damaged snapshot file: the rows do not match the header's checksum
[exit 1]
$ printf 'hello\nworld\n' | ipmplab snapshot import -
ipmplab: snapshot import -: damaged snapshot file: not an ipmplab snapshot file
[exit 1]
$ ipmplab snapshot import no-such-file.snap
ipmplab: snapshot import no-such-file.snap: No such file or directory
[exit 1]
$ echo 'ipmplab snapshot restore after' | ipmplab batch -
ipmplab: batch: line 1: 'ipmplab snapshot' cannot run inside a batch: ipmplab snapshot restore after
[exit 1]
$ ipmplab snapshot ls
SNAPSHOT     LAB TIME                  HOSTS    NOTE
after        2030-01-01T00:00:40.000Z  host0,b  -
before-copy  2030-01-01T00:00:30.000Z  host0,b  active-standby, before the change
