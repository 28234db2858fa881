# ipmpstat and if_mpadm over a whole rehearsal: an IPMP interface, an active member and a
# standby, three data addresses; a cable pull; offlining and undoing; leaving the group.
$ ipmplab clock manual >/dev/null
$ ipmpstat -g
ipmpstat: cannot contact in.mpathd(1M) -- is IPMP in use?
[exit 1]
$ ifconfig ipmp0 ipmp
# A new group has no members yet: failed.
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       failed    --        --
$ ifconfig net0 plumb group ipmp0 up
$ ifconfig net1 plumb group ipmp0 standby up
$ ifconfig ipmp0 10.0.0.1/24 up
$ ifconfig ipmp0 addif 10.0.0.2/24 up
Created new logical interface ipmp0:1
$ ifconfig ipmp0 addif 10.0.0.3/24 up
Created new logical interface ipmp0:2
$ ipmplab clock advance 3s >/dev/null
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        --        net0 (net1)
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        no      ipmp0       is-----   up        disabled  ok
net0        yes     ipmp0       --mb---   up        disabled  ok
# Data addresses in in.mpathd's order: the reverse of the kernel's (highest logical id first).
$ ipmpstat -a
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
10.0.0.3                  up     ipmp0       net0        net0
10.0.0.2                  up     ipmp0       net0        net0
10.0.0.1                  up     ipmp0       net0        net0
$ ipmpstat -an
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
10.0.0.3                  up     ipmp0       net0        net0
10.0.0.2                  up     ipmp0       net0        net0
10.0.0.1                  up     ipmp0       net0        net0
$ ipmpstat -t
INTERFACE   MODE      TESTADDR            TARGETS
net1        disabled  --                  --
net0        disabled  --                  --
$ ipmpstat -p
ipmpstat: probe-based failure detection is disabled
[exit 1]
# Fields: -o picks and orders them (names in any case), -o all shows every one.
$ ipmpstat -o groupname,interfaces -g
GROUPNAME   INTERFACES
ipmp0       net0 (net1)
$ ipmpstat -o INTERFACE,Flags,active -i
INTERFACE   FLAGS     ACTIVE
net1        is-----   no
net0        --mb---   yes
$ ipmpstat -o all -a
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
10.0.0.3                  up     ipmp0       net0        net0
10.0.0.2                  up     ipmp0       net0        net0
10.0.0.1                  up     ipmp0       net0        net0
$ ipmpstat -o all -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        no      ipmp0       is-----   up        disabled  ok
net0        yes     ipmp0       --mb---   up        disabled  ok
# Parsable output: no header, ':' between fields, nothing for an empty value.
$ ipmpstat -P -o address,state,inbound,outbound -a
10.0.0.3:up:net0:net0
10.0.0.2:up:net0:net0
10.0.0.1:up:net0:net0
$ ipmpstat -Po interface,flags,link -i
net1:is-----:up
net0:--mb---:up
$ ipmpstat -P -o fdt,group -g
:ipmp0
$ ipmpstat -gP
ipmpstat: output fields must be specified in parsable mode
[exit 1]
$ ipmpstat -P -o all -g
ipmpstat: output field `all' invalid in parsable mode
[exit 1]
$ ipmpstat -P -o foo,state -g
ipmpstat: unknown output field: `foo'
[exit 1]
$ ipmpstat -o foo,state,bar -g
ipmpstat: warning: ignoring unknown output fields: `foo' `bar'
STATE
ok
$ ipmpstat -o foo -g
ipmpstat: no valid output fields
[exit 1]
$ ipmpstat -g -i
ipmpstat: only one output format may be specified
[exit 1]
$ ipmpstat -g extra
usage: ipmpstat [-n] [-o <field> [-P]] -a|-g|-i|-p|-t

  output modes:	 -a  display IPMP data address information
		 -g  display IPMP group information
		 -i  display IPMP-related IP interface information
		 -p  display IPMP probe information
		 -t  display IPMP target information

       options:	 -n  display IP addresses numerically
		 -o  display only the specified fields, in order
		 -P  display using parsable output mode
[exit 1]
$ ipmpstat -q
ipmpstat: illegal option -- q
usage: ipmpstat [-n] [-o <field> [-P]] -a|-g|-i|-p|-t

  output modes:	 -a  display IPMP data address information
		 -g  display IPMP group information
		 -i  display IPMP-related IP interface information
		 -p  display IPMP probe information
		 -t  display IPMP target information

       options:	 -n  display IP addresses numerically
		 -o  display only the specified fields, in order
		 -P  display using parsable output mode
[exit 1]
$ ipmpstat -o
ipmpstat: option requires an argument -- o
usage: ipmpstat [-n] [-o <field> [-P]] -a|-g|-i|-p|-t

  output modes:	 -a  display IPMP data address information
		 -g  display IPMP group information
		 -i  display IPMP-related IP interface information
		 -p  display IPMP probe information
		 -t  display IPMP target information

       options:	 -n  display IP addresses numerically
		 -o  display only the specified fields, in order
		 -P  display using parsable output mode
[exit 1]
$ ipmpstat
usage: ipmpstat [-n] [-o <field> [-P]] -a|-g|-i|-p|-t

  output modes:	 -a  display IPMP data address information
		 -g  display IPMP group information
		 -i  display IPMP-related IP interface information
		 -p  display IPMP probe information
		 -t  display IPMP target information

       options:	 -n  display IP addresses numerically
		 -o  display only the specified fields, in order
		 -P  display using parsable output mode
[exit 1]
# Pull net0's cable: the standby takes over, the group is degraded.
$ ipmplab link net0 down >/dev/null
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       degraded  --        net1 [net0]
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       -smb---   up        disabled  ok
net0        no      ipmp0       -------   down      disabled  failed
$ ipmpstat -a
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
10.0.0.3                  up     ipmp0       net1        net1
10.0.0.2                  up     ipmp0       net1        net1
10.0.0.1                  up     ipmp0       net1        net1
$ ipmplab link net0 up >/dev/null
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        --        net0 (net1)
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        no      ipmp0       is-----   up        disabled  ok
net0        yes     ipmp0       --mb---   up        disabled  ok
$ ipmpstat -a
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
10.0.0.3                  up     ipmp0       net0        net0
10.0.0.2                  up     ipmp0       net0        net0
10.0.0.1                  up     ipmp0       net0        net0
# Offline the standby: its addresses go down, the group is degraded.
$ if_mpadm -d net1
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       degraded  --        net0 [net1]
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        no      ipmp0       -s---d-   up        disabled  offline
net0        yes     ipmp0       --mb---   up        disabled  ok
# The last functioning member cannot be offlined.
$ if_mpadm -d net0
if_mpadm: fatal: cannot offline net0: no other functioning interfaces are in its IPMP group
[exit 1]
$ if_mpadm -d net1
if_mpadm: fatal: interface net1 is already offline
[exit 1]
$ if_mpadm -r net1
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        --        net0 (net1)
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        no      ipmp0       is-----   up        disabled  ok
net0        yes     ipmp0       --mb---   up        disabled  ok
$ if_mpadm -r net1
if_mpadm: fatal: interface net1 is not offline
[exit 1]
$ if_mpadm -d net9
if_mpadm: fatal: cannot get interface flags on net9: No such device or address
[exit 1]
$ if_mpadm -d ipmp0
if_mpadm: fatal: cannot offline ipmp0: not a physical interface or not in an IPMP group
[exit 1]
$ if_mpadm -r ipmp0
if_mpadm: fatal: interface ipmp0 is not offline
[exit 1]
$ IPMPLAB_PRIVILEGED=0 if_mpadm -d net1
if_mpadm: fatal: cannot offline net1: Permission denied
[exit 1]
$ if_mpadm
Usage: if_mpadm [-d | -r] <interface>
[exit 1]
$ if_mpadm -d
if_mpadm: option requires an argument -- d
Usage: if_mpadm [-d | -r] <interface>
[exit 1]
$ if_mpadm -x net0
if_mpadm: illegal option -- x
Usage: if_mpadm [-d | -r] <interface>
[exit 1]
# Offline the active member: the standby carries the data addresses.
$ if_mpadm -d net0
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       degraded  --        net1 [net0]
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net1        yes     ipmp0       -smb---   up        disabled  ok
net0        no      ipmp0       -----d-   up        disabled  offline
$ ipmpstat -a
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
10.0.0.3                  up     ipmp0       net1        net1
10.0.0.2                  up     ipmp0       net1        net1
10.0.0.1                  up     ipmp0       net1        net1
$ if_mpadm -r net0
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        --        net0 (net1)
$ ipmpstat -a
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
10.0.0.3                  up     ipmp0       net0        net0
10.0.0.2                  up     ipmp0       net0        net0
10.0.0.1                  up     ipmp0       net0        net0
# Leave the group.
$ ifconfig net1 group ""
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        --        net0
$ ipmpstat -i
INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE
net0        yes     ipmp0       --mb---   up        disabled  ok
$ ifconfig net0 group ""
$ ipmpstat -g
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       failed    --        --
$ ipmpstat -i
$ ipmpstat -a
ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND
10.0.0.3                  up     ipmp0       --          --
10.0.0.2                  up     ipmp0       --          --
10.0.0.1                  up     ipmp0       --          --
