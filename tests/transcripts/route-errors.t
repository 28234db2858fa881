# route(8) errors: the texts and exit statuses of illumos route.c (reference routing-socket §3.1–§3.3, §3.5).
$ ifconfig net0 plumb 192.168.1.10/24 up
# Usage: no sub-command, an unknown word, an unknown option.
$ route
usage: route [ -fnpqv ] [-z <zone> ] [ -R <root-dir> ] cmd [[ -<qualifers> ] args ]
[exit 1]
$ route -n
usage: route [ -fnpqv ] [-z <zone> ] [ -R <root-dir> ] cmd [[ -<qualifers> ] args ]
[exit 1]
$ route frobnicate
route: botched keyword: frobnicate
usage: route [ -fnpqv ] [-z <zone> ] [ -R <root-dir> ] cmd [[ -<qualifers> ] args ]
[exit 1]
$ route -k get default
route: illegal option -- k
usage: route [ -fnpqv ] [-z <zone> ] [ -R <root-dir> ] cmd [[ -<qualifers> ] args ]
[exit 1]
$ route -R
route: option requires an argument -- R
usage: route [ -fnpqv ] [-z <zone> ] [ -R <root-dir> ] cmd [[ -<qualifers> ] args ]
[exit 1]
# Syntax errors exit 1.
$ route get
route: destination required
[exit 1]
$ route add 10.0.0.0/8
route: gateway required for add or delete command
[exit 1]
$ route delete 10.0.0.0/8
route: gateway required for add or delete command
[exit 1]
$ route add 10.0.0.0/8 192.168.1.1 -netmask
route: argument required following keyword -netmask
[exit 1]
$ route add 10.0.0.0/8 192.168.1.1 -mtu
route: argument required following keyword -mtu
[exit 1]
$ route add -frob 10.0.0.0/8 192.168.1.1
route: botched keyword: frob
[exit 1]
$ route add -mask 255.0.0.0 10.0.0.0 192.168.1.1
route: botched keyword: mask
[exit 1]
$ route add add 10.0.0.0/8 192.168.1.1
add: bad value
[exit 1]
$ route add -host -net 10.0.0.0 192.168.1.1
route: -host and -net are mutually exclusive
[exit 1]
$ route add 10.0.0.0/x 192.168.1.1
route: bad prefix length x
[exit 1]
$ route add 10.0.0.0/33 192.168.1.1
route: prefix length 33 out of range
[exit 1]
$ route add 10.0.0.0/-33 192.168.1.1
route: bad prefix length: -33
[exit 1]
$ route add /8 192.168.1.1
route: /8: unexpected '/'
[exit 1]
$ route add 10.0.0.0/8 192.168.1.1/24
route: 192.168.1.1/24: unexpected '/'
[exit 1]
$ route add nosuchnet 192.168.1.1
nosuchnet: bad value
[exit 1]
$ route add 10.0.0.0/8 nosuchhost
nosuchhost: bad value
[exit 1]
$ route add -inet6 nosuchhost ::1
route: nosuchhost: bad address
[exit 1]
$ route add -inet6 2001:db8:: fe80::1 -netmask ffff::
route: -netmask not supported for IPv6: use <prefix>/<prefix-length> instead
[exit 1]
$ route add -inet6 2001:db8::/129 fe80::1
route: prefix length 129 out of range
[exit 1]
$ route add 10.0.0.0/8 192.168.1.1 -secattr cipso
route: system is not labeled; cannot specify security attributes.
[exit 1]
$ route show
route: show command requires -p
[exit 1]
$ route -p show extra
route: invalid arguments for show
[exit 1]
$ route flush -inet extra
route: botched keyword: -inet
usage: route [ -fnpqv ] [-z <zone> ] [ -R <root-dir> ] cmd [[ -<qualifers> ] args ]
[exit 1]
$ route flush inet
route: botched keyword: inet
usage: route [ -fnpqv ] [-z <zone> ] [ -R <root-dir> ] cmd [[ -<qualifers> ] args ]
[exit 1]
$ route monitor inet
route: botched keyword: inet
usage: route [ -fnpqv ] [-z <zone> ] [ -R <root-dir> ] cmd [[ -<qualifers> ] args ]
[exit 1]
$ route monitor -frob
route: botched keyword: -frob
usage: route [ -fnpqv ] [-z <zone> ] [ -R <root-dir> ] cmd [[ -<qualifers> ] args ]
[exit 1]
$ route monitor -link
route: socket: Protocol not supported
[exit 120]
$ route -z webzone get default
route: unable to get zone state: Invalid argument
[exit 22]
# The kernel's answers: exit status = errno.
$ route add 10.0.0.0/8 192.168.1.1
add net 10.0.0.0/8: gateway 192.168.1.1
$ route add 10.0.0.0/8 192.168.1.1
add net 10.0.0.0/8: gateway 192.168.1.1: entry exists
[exit 17]
$ route delete 10.9.0.0/16 192.168.1.1
delete net 10.9.0.0/16: gateway 192.168.1.1: not in table
[exit 3]
$ route add 172.16.0.0/16 10.99.99.99
add net 172.16.0.0/16: gateway 10.99.99.99: Network is unreachable
[exit 128]
$ route add 172.16.0.0/16 0.0.0.0
add net 172.16.0.0/16: gateway 0.0.0.0: Network is unreachable
[exit 128]
$ route add 172.16.0.0/16 192.168.1.10
add net 172.16.0.0/16: gateway 192.168.1.10: Network is unreachable
[exit 128]
$ route add 172.16.0.0 192.168.1.1 -netmask 255.0.255.0
writing to routing socket: Operation not supported
add net 172.16.0.0: gateway 192.168.1.1: Operation not supported
[exit 48]
$ route add 10.5.5.5 192.168.1.1 -multirt -net
writing to routing socket: Cannot assign requested address
add net 10.5.5.5: gateway 192.168.1.1: Cannot assign requested address
[exit 126]
$ route add 10.5.5.5 192.168.1.1 -setsrc 127.0.0.1
writing to routing socket: Invalid argument
add host 10.5.5.5: gateway 192.168.1.1: Invalid argument
[exit 22]
$ route add 10.5.5.5 192.168.1.1 -setsrc 10.9.9.9
writing to routing socket: Cannot assign requested address
add host 10.5.5.5: gateway 192.168.1.1: Cannot assign requested address
[exit 126]
$ route get 10.5.5.5 -setsrc 192.168.1.10
writing to routing socket: Operation not supported on transport endpoint
10.5.5.5: Operation not supported on transport endpoint
[exit 122]
$ route change 10.77.0.0/16 192.168.1.1
change net 10.77.0.0/16: gateway 192.168.1.1: not in table
[exit 3]
$ route get 172.31.1.1
172.31.1.1: not in table
[exit 3]
$ route -n get 172.31.1.1
 172.31.1.1: not in table
[exit 3]
$ route get -net 172.31.0.0
172.31.0.0: not in table
[exit 3]
$ route -n get -net 172.31.0.0
 172.31.0.0: not in table
[exit 3]
$ route add 10.0.0.0/8 192.168.1.1 -ifp frob0
route: frob0: no such interface
[exit 1]
# An unprivileged user: add, delete and flush are refused; get works.
$ IPMPLAB_PRIVILEGED=0 route add 10.50.0.0/16 192.168.1.1
add net 10.50.0.0/16: gateway 192.168.1.1: insufficient privileges
[exit 1]
$ IPMPLAB_PRIVILEGED=0 route delete 10.0.0.0/8 192.168.1.1
delete net 10.0.0.0/8: gateway 192.168.1.1: insufficient privileges
[exit 1]
$ IPMPLAB_PRIVILEGED=0 route flush
route: flush: insufficient privileges
[exit 13]
$ IPMPLAB_PRIVILEGED=0 route -p add 10.50.0.0/16 192.168.1.1
add net 10.50.0.0/16: gateway 192.168.1.1: insufficient privileges
[exit 1]
$ IPMPLAB_PRIVILEGED=0 route get 10.1.2.3
   route to: 10.1.2.3
destination: 10.0.0.0
       mask: 255.0.0.0
    gateway: 192.168.1.1
  interface: net0
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
# -t writes to /dev/null, -d builds the request without sending it.
$ route -t add 10.60.0.0/16 192.168.1.1
add net 10.60.0.0/16: gateway 192.168.1.1
$ route -t get 10.60.0.0/16
route: read from routing socket: Bad file number
$ route -t flush
route: setsockopt: Socket operation on non-socket
[exit 95]
$ route -d add 10.60.0.0/16 192.168.1.1
add net 10.60.0.0/16: gateway 192.168.1.1
$ route -n get 10.60.1.1
   route to: 10.60.1.1
destination: 10.0.0.0
       mask: 255.0.0.0
    gateway: 192.168.1.1
  interface: net0
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
