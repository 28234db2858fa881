# dladm: the links under IP. STATE and SPEED follow the cable; the MTU is the NIC's.
$ dladm show-link
LINK        CLASS     MTU    STATE    BRIDGE     OVER
net0        phys      1500   up       --         --
net1        phys      1500   up       --         --
net2        phys      1500   up       --         --
net3        phys      1500   up       --         --
$ dladm show-phys
LINK         MEDIA                STATE      SPEED  DUPLEX    DEVICE
net0         Ethernet             up         1000   full      e1000g0
net1         Ethernet             up         1000   full      e1000g1
net2         Ethernet             up         1000   full      e1000g2
net3         Ethernet             up         1000   full      e1000g3
$ dladm show-phys -m net0
LINK         SLOT     ADDRESS            INUSE CLIENT
net0         primary  2:8:20:4c:3a:10    no   --
$ dladm show-linkprop net0
LINK         PROPERTY        PERM VALUE          DEFAULT        POSSIBLE
net0         speed           r-   1000           1000           -- 
net0         duplex          r-   full           full           half,full 
net0         state           r-   up             up             up,down 
net0         mtu             rw   1500           1500           1500-9000 
net0         mac-address     rw   2:8:20:4c:3a:10 2:8:20:4c:3a:10 -- 
# Jumbo frames: the link first, while nothing is plumbed on it (persistent: no -t).
$ dladm set-linkprop -p mtu=9000 net0
$ ifconfig net0 plumb 192.168.1.10/24 up
$ dladm show-phys -m net0
LINK         SLOT     ADDRESS            INUSE CLIENT
net0         primary  2:8:20:4c:3a:10    yes  net0
$ ifconfig net0 mtu 9000
$ ifconfig net0 mtu 9001
ifconfig: setifmtu: SIOCSLIFMTU: net0: Invalid argument
[exit 1]
# The driver is started now: the link MTU cannot change.
$ dladm set-linkprop -p mtu=1500 net0
dladm: warning: cannot set link property 'mtu' on 'net0': link busy
[exit 1]
$ dladm show-link -p -o link,mtu,state net0
net0:9000:up
# The cable: STATE down, speed 0, duplex unknown.
$ ipmplab link net1 down
ipmplab: link net1 is down
$ dladm show-phys net1
LINK         MEDIA                STATE      SPEED  DUPLEX    DEVICE
net1         Ethernet             down       0      unknown   e1000g1
$ dladm show-link net1
LINK        CLASS     MTU    STATE    BRIDGE     OVER
net1        phys      1500   down     --         --
$ ipmplab link net1 up
ipmplab: link net1 is up
# A temporary change (-t) and a persistent MAC address.
$ dladm set-linkprop -t -p mtu=4000 net2
$ dladm set-linkprop -p mac-address=0:14:4f:1:2:3 net3
$ dladm show-linkprop -c -o link,property,value -p mtu,mac-address net3
net3:mtu:1500
net3:mac-address:0\:14\:4f\:1\:2\:3
$ dladm show-linkprop -c -o link,value -p mtu net2
net2:4000
$ dladm show-linkprop -P -c -o link,property,value -p mtu,mac-address
net0:mtu:9000
net0:mac-address:
net1:mtu:
net1:mac-address:
net2:mtu:
net2:mac-address:
net3:mtu:
net3:mac-address:0\:14\:4f\:1\:2\:3
# rename-link: refused while IP is plumbed on the link.
$ dladm rename-link net0 ext0
dladm: rename operation failed: link busy
[exit 1]
$ ifconfig net0 unplumb
$ dladm rename-link net0 ext0
$ dladm show-link -p -o link,mtu
ext0:9000
net1:1500
net2:4000
net3:1500
$ ipmplab file cat /etc/dladm/datalink.conf
#
# DO NOT EDIT OR PARSE THIS FILE!
#
# Use the dladm(1m) command to change the contents of this file.

ext0	class=int,1;media=int,4;devname=string,e1000g0;mtu=string,9000;
net3	class=int,1;media=int,4;devname=string,e1000g3;mac-address=string,0:14:4f:1:2:3;
# Reboot: dlmgmtd applies the persistent properties before IP; -t ones are gone.
$ ipmplab reboot
ipmplab: rebooted; applying the persistent configuration
+ dladm init-linkprop
$ dladm show-link
LINK        CLASS     MTU    STATE    BRIDGE     OVER
ext0        phys      9000   up       --         --
net1        phys      1500   up       --         --
net2        phys      1500   up       --         --
net3        phys      1500   up       --         --
$ dladm show-phys -m
LINK         SLOT     ADDRESS            INUSE CLIENT
ext0         primary  2:8:20:4c:3a:10    no   --
net1         primary  2:8:20:4c:3a:11    no   --
net2         primary  2:8:20:4c:3a:12    no   --
net3         primary  0:14:4f:1:2:3      no   --
# Back to the defaults.
$ dladm reset-linkprop ext0
$ dladm reset-linkprop -p mac-address net3
$ dladm show-link -p -o link,mtu ext0
ext0:1500
$ dladm show-phys -p -o link,device
ext0:e1000g0
net1:e1000g1
net2:e1000g2
net3:e1000g3
$ dladm create-aggr -l net1 aggr0
dladm: create-aggr is not simulated by ipmplab
[exit 1]
$ dladm show-link nosuch0
dladm: link nosuch0 is not valid: object not found
[exit 1]
