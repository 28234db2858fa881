# `ipmplab init --topology` builds a whole lab from a file: hosts, segments, cables, and each
# host's boot commands. A built-in is named without a '/' or a .yaml/.json ending.
$ ipmplab init --topology active-active
ipmplab: host a booted with links net0 net1
ipmplab: host r booted with links net0 net1
ipmplab: segment lan added
ipmplab: segment wan added
ipmplab: a:net0 plugged into lan
ipmplab: a:net1 plugged into lan
ipmplab: r:net0 plugged into lan
ipmplab: r:net1 plugged into wan
ipmplab: host a: running its boot commands
+ ipadm create-ip net0
+ ipadm create-ip net1
+ ipadm create-ipmp ipmp0
+ ipadm add-ipmp -i net0 -i net1 ipmp0
+ ipadm create-addr -T static -a 192.168.10.10/24 ipmp0/v4
+ route -p add default 192.168.10.1
add net default: gateway 192.168.10.1
add persistent net default: gateway 192.168.10.1
ipmplab: host r: running its boot commands
+ ipadm create-ip net0
+ ipadm create-addr -T static -a 192.168.10.1/24 net0/v4
+ ipadm create-ip net1
+ ipadm create-addr -T static -a 10.0.0.1/24 net1/v4
+ ipadm set-prop -p forwarding=on ipv4
$ ipmplab clock manual 2030-01-01T00:00:00Z > /dev/null
$ ipmplab clock advance 30s > /dev/null
$ ipmplab host ls
HOST  POWER  RELEASE  LINKS
a*    on     illumos  net0@lan net1@lan
r     on     illumos  net0@lan net1@wan
$ ipmplab segment ls
SEGMENT  STATE  LOSS  PLUGGED
lan      up     0%    a:net0 a:net1 r:net0
wan      up     0%    r:net1
$ ipadm show-addr --host a
ADDROBJ           TYPE     STATE        ADDR
lo0/v4            static   ok           127.0.0.1/8
ipmp0/v4          static   ok           192.168.10.10/24
lo0/v6            static   ok           ::1/128
$ ipmpstat -g --host a
GROUP       GROUPNAME   STATE     FDT       INTERFACES
ipmp0       ipmp0       ok        --        net1 net0
$ netstat -rn -f inet --host a

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
default              192.168.10.1         UG        1          0           
127.0.0.1            127.0.0.1            UH        2          0 lo0       
192.168.10.0         192.168.10.10        U         2          0 ipmp0     
$ ipadm show-prop -p forwarding ipv4 --host r
PROTO PROPERTY              PERM CURRENT      PERSISTENT   DEFAULT      POSSIBLE
ipv4  forwarding            rw   on           on           off          on,off
# Every topology holds its boot commands persistently: a reboot gives them back.
$ ipmplab reboot --host r
ipmplab: rebooted; applying the persistent configuration
+ ipadm enable-if -t net0
+ ipadm enable-if -t net1
# A boot command that fails does not stop the others; the failures are listed at the end.
$ cd "$(dirname "$IPMPLAB_STATE")" && printf 'hosts:\n  - name: h\n    links: [net0]\n    boot:\n      - ipadm create-ip net9\n      - ipadm create-ip net0\n' > boot.yaml && ipmplab init --topology ./boot.yaml
ipmplab: host h booted with links net0
ipmplab: host h: running its boot commands
+ ipadm create-ip net9
ipadm: Could not create net9 : Could not open DLPI link
+ ipadm create-ip net0
ipmplab: topology: 1 boot command failed:
ipmplab: topology:   h: ipadm create-ip net9
[exit 1]
$ ipadm show-if --host h
IFNAME     STATE    CURRENT      PERSISTENT
lo0        ok       -m-v------46 ---
net0       down     bm--------46 -46
# A refused file is one line, exit status 2, and the lab is left as it was (the state file is
# not even opened).
$ ipmplab --host h host power h off
ipmplab: host h is off
$ cat "$IPMPLAB_STATE" "$IPMPLAB_STATE-wal" 2>/dev/null | cksum > "$IPMPLAB_STATE.sum" && echo saved
saved
$ cd "$(dirname "$IPMPLAB_STATE")" && printf 'hosts:\n  - name: a\n  - name: a\n' > bad.yaml && ipmplab init --topology ./bad.yaml
ipmplab: topology ./bad.yaml: line 3, hosts[1].name: host a is named twice (first at line 2)
[exit 2]
$ cd "$(dirname "$IPMPLAB_STATE")" && printf 'hosts:\n  - name: a\n    links: [net0]\ncables:\n  - { host: a, link: net0, segment: lan }\n' > bad.yaml && ipmplab init --topology ./bad.yaml
ipmplab: topology ./bad.yaml: line 5, cables[0].segment: no segment lan in the file
[exit 2]
$ cd "$(dirname "$IPMPLAB_STATE")" && printf 'hosts:\n  - name: a\n    links: [net0]\ncables:\n  - { host: a, link: net1, segment: lan }\nsegments: [lan]\n' > bad.yaml && ipmplab init --topology ./bad.yaml
ipmplab: topology ./bad.yaml: line 5, cables[0].link: host a has no link net1
[exit 2]
$ cd "$(dirname "$IPMPLAB_STATE")" && printf 'hosts:\n  - name: a\n    lnks: [net0]\n' > bad.yaml && ipmplab init --topology ./bad.yaml
ipmplab: topology ./bad.yaml: line 3, hosts[0].lnks: unknown field lnks (expected name, links, release, boot)
[exit 2]
$ cd "$(dirname "$IPMPLAB_STATE")" && printf '{"hosts": [{"name": "a", "boot": ["ping 192.168.10.1"]}]}' > bad.json && ipmplab init --topology ./bad.json
ipmplab: topology ./bad.json: line 1, hosts[0].boot[0]: unknown command ping
[exit 2]
$ cd "$(dirname "$IPMPLAB_STATE")" && printf 'hosts: [name: a\n' > bad.yaml && ipmplab init --topology ./bad.yaml
ipmplab: topology ./bad.yaml: line 2: not YAML or JSON: Flow sequence in block collection must be sufficiently indented and end with a ]
[exit 2]
$ ipmplab init --topology ./no-such-file.yaml
ipmplab: topology ./no-such-file.yaml: cannot read it: No such file or directory
[exit 2]
$ ipmplab init --topology active-passive
ipmplab: topology active-passive: no such built-in topology (built-ins: active-active, active-standby, probe-based; a file is named with a / or ends in .yaml, .yml or .json)
Try 'ipmplab --help' for usage.
[exit 2]
$ ipmplab init --topology active-active --links net0,net1
ipmplab: init: --topology takes the links and the release from the file, not from --links
Try 'ipmplab --help' for usage.
[exit 2]
$ cat "$IPMPLAB_STATE" "$IPMPLAB_STATE-wal" 2>/dev/null | cksum | cmp -s - "$IPMPLAB_STATE.sum" && echo unchanged
unchanged
$ ipmplab host ls
HOST  POWER  RELEASE  LINKS
h*    off    illumos  net0
