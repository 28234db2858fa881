# ipmplab batch: tool command lines run in one process, each its own transaction (lines that
# follow each other committed together, their output printed once committed), or all of them
# as one with --atomic. The first failing line is reported with its number.
$ ipmplab clock manual 2030-01-01T00:00:00Z >/dev/null
$ ifconfig net0 plumb 192.168.0.10/24 up
# Without --keep-going the batch stops at the first line that fails; the lines before it stay.
$ printf 'route add 10.1.0.0/16 192.168.0.1\nroute add 10.1.0.0/16 192.168.0.1\nroute add 10.2.0.0/16 192.168.0.1\n' | ipmplab batch -
add net 10.1.0.0/16: gateway 192.168.0.1
add net 10.1.0.0/16: gateway 192.168.0.1: entry exists
ipmplab: batch: line 2: exit status 17: route add 10.1.0.0/16 192.168.0.1
[exit 1]
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
10.1.0.0             192.168.0.1          UG        1          0           
127.0.0.1            127.0.0.1            UH        2          0 lo0       
192.168.0.0          192.168.0.10         U         2          0 net0      
# --keep-going runs every line; the lab's own commands (ipmplab ...) run between the tools' lines.
$ printf 'route add 10.2.0.0/16 192.168.0.1\n# a comment\n\nroute delete 10.9.0.0/16 192.168.0.1\nipmplab clock advance 5s\nroute add 10.3.0.0/16 192.168.0.1\nnosuchtool -x\nroute -n get 10.3.1.1\n' | ipmplab batch --keep-going -
add net 10.2.0.0/16: gateway 192.168.0.1
delete net 10.9.0.0/16: gateway 192.168.0.1: not in table
ipmplab: batch: line 4: exit status 3: route delete 10.9.0.0/16 192.168.0.1
ipmplab: clock is manual, kernel time 2030-01-01T00:00:05.000Z (advanced 5s; 3 routing messages)
add net 10.3.0.0/16: gateway 192.168.0.1
ipmplab: batch: line 7: unknown command nosuchtool: nosuchtool -x
   route to: 10.3.1.1
destination: 10.3.0.0
       mask: 255.255.0.0
    gateway: 192.168.0.1
  interface: net0
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
[exit 1]
# --atomic: one failing line and nothing of the file is applied.
$ printf 'route add 10.4.0.0/16 192.168.0.1\nroute add 10.1.0.0/16 192.168.0.1\n' | ipmplab batch --atomic -
add net 10.4.0.0/16: gateway 192.168.0.1
add net 10.1.0.0/16: gateway 192.168.0.1: entry exists
ipmplab: batch: line 2: exit status 17: route add 10.1.0.0/16 192.168.0.1
ipmplab: batch: nothing was applied (--atomic)
[exit 1]
$ printf 'route add 10.4.0.0/16 192.168.0.1\nroute add 10.5.0.0/16 192.168.0.1\n' | ipmplab batch --atomic -
add net 10.4.0.0/16: gateway 192.168.0.1
add net 10.5.0.0/16: gateway 192.168.0.1
$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
10.1.0.0             192.168.0.1          UG        1          0           
10.2.0.0             192.168.0.1          UG        1          0           
10.3.0.0             192.168.0.1          UG        1          0           
10.4.0.0             192.168.0.1          UG        1          0           
10.5.0.0             192.168.0.1          UG        1          0           
127.0.0.1            127.0.0.1            UH        2          0 lo0       
192.168.0.0          192.168.0.10         U         2          0 net0      
# What manages the state file itself, or runs until interrupted, cannot run inside a batch.
$ printf 'ipmplab reset\nrtmon\nroute monitor\n' | ipmplab batch --keep-going -
ipmplab: batch: line 1: 'ipmplab reset' cannot run inside a batch: ipmplab reset
ipmplab: batch: line 2: 'rtmon' runs until interrupted and cannot run inside a batch: rtmon
ipmplab: batch: line 3: 'route' runs until interrupted and cannot run inside a batch: route monitor
[exit 1]
