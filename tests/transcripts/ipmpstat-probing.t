# Probe-based failure detection through ipmpstat: test addresses, probe targets, -t, -p, and a
# member whose probes are lost. Both members are active; IPv6 is plumbed too.
$ ipmplab clock manual >/dev/null
$ ifconfig ipmp0 ipmp
$ ifconfig net0 plumb group ipmp0 up
$ ifconfig net1 plumb group ipmp0 up
$ ifconfig ipmp0 10.0.0.1/24 up
$ ifconfig ipmp0 addif 10.0.0.2/24 up
Created new logical interface ipmp0:1
$ ifconfig net0 inet6 plumb up
$ ifconfig net1 inet6 plumb up
$ ifconfig ipmp0 inet6 addif 2001:db8::1/64 up
Created new logical interface ipmp0:1
$ ipmplab clock advance 5s >/dev/null
# IPv6 entries first, highest logical id first (in.mpathd's order).
$ ipmpstat -a
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
2001:db8::1               up     ipmp0       net1        net1 net0
fe80::8585:339f:3615:edff up     ipmp0       net0        net1 net0
10.0.0.2                  up     ipmp0       net1        net1 net0
10.0.0.1                  up     ipmp0       net0        net1 net0
$ ipmpstat -P -o address,state,inbound,outbound -a
2001\:db8\:\:1:up:net1:net1 net0
fe80\:\:8585\:339f\:3615\:edff:up:net0:net1 net0
10.0.0.2:up:net1:net1 net0
10.0.0.1:up:net0:net1 net0
$ ipmpstat -P -o address -a
2001:db8::1
fe80::8585:339f:3615:edff
10.0.0.2
10.0.0.1
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       -------   up        disabled  ok
net0        yes     ipmp0       --mbM--   up        disabled  ok
# Test addresses, but no target answers yet: probing is not usable yet.
$ ifconfig net0 addif 10.0.0.30/24 -failover up
Created new logical interface net0:1
$ ifconfig net1 addif 10.0.0.31/24 -failover up
Created new logical interface net1:1
$ ipmplab clock advance 3s >/dev/null
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       -------   up        unknown   unknown
net0        yes     ipmp0       --mbM--   up        unknown   unknown
$ ipmpstat -t
INTERFACE   MODE      TESTADDR            TARGETS
net1        multicast 10.0.0.31           --
net0        multicast 10.0.0.30           --
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        10.00s    net1 net0
$ ipmplab target 10.0.0.254 up >/dev/null
$ ipmplab target 10.0.0.253 up >/dev/null
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       -------   up        ok        ok
net0        yes     ipmp0       --mbM--   up        ok        ok
$ ipmpstat -t
INTERFACE   MODE      TESTADDR            TARGETS
net1        multicast 10.0.0.31           10.0.0.253 10.0.0.254
net0        multicast 10.0.0.30           10.0.0.253 10.0.0.254
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        10.00s    net1 net0
$ ipmpstat -P -o interface,mode,testaddr,targets -t
net1:multicast:10.0.0.31:10.0.0.253 10.0.0.254
net0:multicast:10.0.0.30:10.0.0.253 10.0.0.254
$ IPMPLAB_PRIVILEGED=0 ipmpstat -p
ipmpstat: insufficient privileges for -p
[exit 1]
# -p runs until interrupted; with a manual clock it prints only when the clock moves.
$ (sleep 1; ipmplab clock advance 3s >/dev/null) & timeout -s INT 3 ipmpstat -p; wait
TIME      INTERFACE   PROBE  NETRTT    RTT       RTTAVG    TARGET
1.28s     net0        1      0.33ms    0.35ms    0.35ms    10.0.0.253
1.28s     net1        2      0.38ms    0.40ms    0.40ms    10.0.0.253
2.71s     net0        3      0.43ms    0.45ms    0.36ms    10.0.0.254
2.71s     net1        4      0.48ms    0.50ms    0.41ms    10.0.0.254
$ (sleep 1; ipmplab clock advance 3s >/dev/null) & timeout -s INT 3 ipmpstat -P -o time,interface,probe,rtt,target -p; wait
1.14s:net0:5:0.55ms:10.0.0.253
1.14s:net1:6:0.60ms:10.0.0.253
2.57s:net0:7:0.30ms:10.0.0.254
2.57s:net1:8:0.35ms:10.0.0.254
$ ipmplab mpathd FAILURE_DETECTION_TIME=20000 >/dev/null
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        20.00s    net1 net0
# net0's probes are lost: after the quiet period and five lost probes it fails.
$ ipmplab probe-loss net0 on >/dev/null
$ ipmplab clock advance 60s >/dev/null
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       degraded  20.00s    net1 [net0]
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       --mbM--   up        ok        ok
net0        no      ipmp0       -------   up        failed    failed
$ ipmpstat -a
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
2001:db8::1               up     ipmp0       net1        net1
fe80::8585:339f:3615:edff up     ipmp0       net1        net1
10.0.0.2                  up     ipmp0       net1        net1
10.0.0.1                  up     ipmp0       net1        net1
$ ipmplab probe-loss net0 off >/dev/null
$ ipmplab clock advance 60s >/dev/null
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        20.00s    net1 net0
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       --mbM--   up        ok        ok
net0        yes     ipmp0       -------   up        ok        ok
$ ipmpstat -o interface,targets -t
INTERFACE   TARGETS
net1        10.0.0.253 10.0.0.254
net0        10.0.0.253 10.0.0.254
$ ipmpstat -P -o interface,active,flags,probe,state -i
net1:yes:--mbM--:ok:ok
net0:yes:-------:ok:ok
