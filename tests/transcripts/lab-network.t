# A lab is a network: hosts, segments, and the cables between them. A new lab is one host,
# host0, the default: every tool acts on it unless told otherwise.
$ ipmplab host ls
HOST    POWER  RELEASE  LINKS
host0*  on     illumos  net0 net1 net2 net3
# A host boots at its first command; plugging a cable into it is one.
$ ipmplab segment add spare
ipmplab: segment spare added
$ ipmplab plug host0:net3 spare
ipmplab: host0:net3 plugged into spare
$ ipmplab segment rm spare
ipmplab: segment spare removed (1 cable unplugged)
$ ipmplab clock manual 2030-01-01T00:00:00Z
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
$ ipmplab host add router --links net0,net1
ipmplab: host router booted with links net0 net1
$ ipmplab host add b --release solaris11
ipmplab: host b booted with links net0 net1 net2 net3
$ ipmplab host ls
HOST    POWER  RELEASE    LINKS
host0*  on     illumos    net0 net1 net2 net3
router  on     illumos    net0 net1
b       on     solaris11  net0 net1 net2 net3
# Each host boots with NICs of its own (another Ethernet address), on the lab's clock.
$ dladm show-phys -m --host b
LINK                SLOT     ADDRESS            INUSE CLIENT
net0                primary  2:8:20:4c:3c:10    no   --
net1                primary  2:8:20:4c:3c:11    no   --
net2                primary  2:8:20:4c:3c:12    no   --
net3                primary  2:8:20:4c:3c:13    no   --
$ ipmplab --host router clock
ipmplab: clock is manual, kernel time 2030-01-01T00:00:00.000Z
# Segments are switches or VLANs; a cable plugs a host's datalink into one.
$ ipmplab segment add lan
ipmplab: segment lan added
$ ipmplab segment add wan
ipmplab: segment wan added
$ ipmplab plug host0:net0 lan
ipmplab: host0:net0 plugged into lan
$ ipmplab plug host0:net1 lan
ipmplab: host0:net1 plugged into lan
$ ipmplab plug router:net0 lan
ipmplab: router:net0 plugged into lan
$ ipmplab plug router:net1 wan
ipmplab: router:net1 plugged into wan
$ ipmplab plug b:net0 lan
ipmplab: b:net0 plugged into lan
$ ipmplab segment loss wan 2.5
ipmplab: segment wan drops 2.5% of its frames
$ ipmplab segment down wan
ipmplab: segment wan is down
$ ipmplab segment ls
SEGMENT  STATE  LOSS  PLUGGED
lan      up     0%    host0:net0 host0:net1 router:net0 b:net0
wan      down   2.5%  router:net1
$ ipmplab host ls
HOST    POWER  RELEASE    LINKS
host0*  on     illumos    net0@lan net1@lan net2 net3
router  on     illumos    net0@lan net1@wan
b       on     solaris11  net0@lan net1 net2 net3
# Every tool takes --host NAME, or $IPMPLAB_HOST; each host is a whole kernel of its own.
$ ifconfig net0 plumb 192.168.10.1/24 up --host router
$ IPMPLAB_HOST=router netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
127.0.0.1            127.0.0.1            UH        2          0 lo0       
192.168.10.0         192.168.10.1         U         2          0 net0      
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
127.0.0.1            127.0.0.1            UH        2          0 lo0       
$ ipadm show-if --host b
IFNAME     CLASS    STATE    ACTIVE OVER
lo0        loopback ok       yes    --
# One clock for the lab: advancing it moves every running host.
$ ipmplab clock advance 5s
ipmplab: clock is manual, kernel time 2030-01-01T00:00:05.000Z (advanced 5s; 0 routing messages)
$ ipmplab --host b clock
ipmplab: clock is manual, kernel time 2030-01-01T00:00:05.000Z
# A cable stays in its port when dladm renames the link.
$ dladm rename-link net0 lan0 --host b
$ ipmplab segment ls
SEGMENT  STATE  LOSS  PLUGGED
lan      up     0%    host0:net0 host0:net1 router:net0 b:lan0
wan      down   2.5%  router:net1
$ ipmplab unplug b:lan0
ipmplab: b:lan0 unplugged from lan
$ ipmplab unplug b:lan0
ipmplab: b:lan0: not plugged into any segment
[exit 1]
# Power: a host that is off runs nothing; on, it boots from its persistent configuration.
$ ipadm create-ip net1 --host b
$ ipadm create-addr -T static -a 192.168.10.7/24 net1/v4 --host b
$ ipmplab host power b off
ipmplab: host b is off
$ ifconfig -a --host b
ifconfig: host b is powered off (ipmplab host power b on boots it)
[exit 1]
$ ipmplab host ls
HOST    POWER  RELEASE    LINKS
host0*  on     illumos    net0@lan net1@lan net2 net3
router  on     illumos    net0@lan net1@wan
b       off    solaris11  lan0 net1 net2 net3
$ ipmplab host power b on
ipmplab: host b powered on; applying the persistent configuration
+ ipadm enable-if -t net1
$ ipadm show-addr net1/v4 --host b
ADDROBJ           TYPE     STATE        ADDR
net1/v4           static   tentative    192.168.10.7/24
# The default host, names, removal.
$ ipmplab host rename router r1
ipmplab: host router is now r1
$ ipmplab host default r1
ipmplab: host r1 is the default host
$ ipmplab status | sed -n '/^Hosts/,$p'
Hosts
  HOST   POWER  RELEASE    LINKS
  host0  on     illumos    net0@lan net1@lan net2 net3
  r1*    on     illumos    net0@lan net1@wan
  b      on     solaris11  lan0 net1 net2 net3

Segments
  SEGMENT  STATE  LOSS  PLUGGED
  lan      up     0%    host0:net0 host0:net1 r1:net0
  wan      down   2.5%  r1:net1
$ ipmplab host rm r1
ipmplab: host r1: is the default host; make another one the default first (ipmplab host default NAME)
[exit 1]
$ ipmplab host default host0
ipmplab: host host0 is the default host
$ ipmplab host rm r1
ipmplab: host r1 removed
$ ipmplab segment rm lan
ipmplab: segment lan removed (2 cables unplugged)
$ ipmplab host ls
HOST    POWER  RELEASE    LINKS
host0*  on     illumos    net0 net1 net2 net3
b       on     solaris11  lan0 net1 net2 net3
# Refusals: one line each, nothing changed.
$ ipmplab host add b
ipmplab: host b: the lab already has a host of that name
[exit 1]
$ ipmplab host add -bad
ipmplab: host add: missing NAME (usage: ipmplab host add NAME [--links NAME,...] [--release RELEASE])
Try 'ipmplab --help' for usage.
[exit 2]
$ ipmplab host add 'a b'
ipmplab: a b: bad host name (letters, digits and '-', not first or last, at most 63 characters)
Try 'ipmplab --help' for usage.
[exit 2]
$ ipmplab host rm host0 --host b
ipmplab: host host0: is the default host; make another one the default first (ipmplab host default NAME)
[exit 1]
$ ipmplab host rm nosuch
ipmplab: host nosuch: no such host
[exit 1]
$ ipmplab host rename b host0
ipmplab: host host0: the lab already has a host of that name
[exit 1]
$ ipmplab host power nosuch on
ipmplab: host nosuch: no such host
[exit 1]
$ ipmplab segment add lan
ipmplab: segment lan added
$ ipmplab segment add lan
ipmplab: segment lan: the lab already has a segment of that name
[exit 1]
$ ipmplab segment add 9lan
ipmplab: 9lan: bad segment name (a letter, then letters, digits, '_', '.' or '-', at most 31 characters)
Try 'ipmplab --help' for usage.
[exit 2]
$ ipmplab segment loss lan 101
ipmplab: 101: expected a percentage from 0 to 100
Try 'ipmplab --help' for usage.
[exit 2]
$ ipmplab segment loss lan -1
ipmplab: -1: expected a percentage from 0 to 100
Try 'ipmplab --help' for usage.
[exit 2]
$ ipmplab segment up nosuch
ipmplab: segment nosuch: no such segment
[exit 1]
$ ipmplab plug b:net9 lan
ipmplab: b:net9: no such datalink
[exit 1]
$ ipmplab plug nosuch:net0 lan
ipmplab: host nosuch: no such host
[exit 1]
$ ipmplab plug b:net1 nosuch
ipmplab: segment nosuch: no such segment
[exit 1]
$ ipmplab plug b:net1
ipmplab: plug: missing SEGMENT (usage: ipmplab plug HOST:LINK SEGMENT)
Try 'ipmplab --help' for usage.
[exit 2]
$ ipmplab plug b lan
ipmplab: b: expected HOST:LINK, such as host0:net0
Try 'ipmplab --help' for usage.
[exit 2]
$ ipmplab plug b:net1:x lan
ipmplab: b:net1:x: expected HOST:LINK, such as host0:net0
Try 'ipmplab --help' for usage.
[exit 2]
$ ipmplab plug b:net1 lan
ipmplab: b:net1 plugged into lan
$ ipmplab plug b:net1 lan
ipmplab: b:net1: already plugged into lan (ipmplab unplug b:net1 first)
[exit 1]
$ ifconfig -a --host nosuch
ifconfig: the lab has no host named nosuch (ipmplab host ls lists them)
[exit 1]
$ ifconfig -a --host
ifconfig: option --host requires a host name
[exit 1]
$ IPMPLAB_HOST=nosuch netstat -rn
netstat: the lab has no host named nosuch (ipmplab host ls lists them)
[exit 1]
$ ipmplab host ls
HOST    POWER  RELEASE    LINKS
host0*  on     illumos    net0 net1 net2 net3
b       on     solaris11  lan0 net1@lan net2 net3
$ ipmplab segment ls
SEGMENT  STATE  LOSS  PLUGGED
wan      down   2.5%  -
lan      up     0%    b:net1
# A new lab is one host again.
$ ipmplab init > /dev/null
$ ipmplab host ls
HOST    POWER  RELEASE  LINKS
host0*  on     illumos  net0 net1 net2 net3
$ ipmplab segment ls
no segments
