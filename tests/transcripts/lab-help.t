# --help on a tool: what illumos prints for it (an illegal option and the usage), then the lab options.
$ ifconfig --help
ifconfig: illegal option -- -
usage: ifconfig <interface> | -a[ 4 | 6 | D ][ u | d ][ Z ]
	[ <addr_family> ]
	[ <address>[/<prefix_length>] [ <dest_address> ] ]
	[ set [ <address>][/<prefix_length>] ] [ <address>/<prefix_length>] ]
	[ destination <dest_address> ]
	[ addif <address>[/<prefix_length>]  [ <dest_address> ] ]
	[ removeif <address>[/<prefix_length>] ]
	[ arp | -arp ]
	[ auto-revarp ]
	[ broadcast <broad_addr> ]
	[ index <if_index> ]
	[ metric <n> ] [ mtu <n> ]
	[ netmask <mask> ]
	[ plumb ] [ unplumb ]
	[ preferred | -preferred ]
	[ private | -private ]
	[ local | -local ]
	[ router | -router ]
	[ subnet <subnet_address>]
	[ trailers | -trailers ]
	[ token <address>/<prefix_length> ]
	[ tsrc <tunnel_src_address> ]
	[ tdst <tunnel_dest_address> ]
	[ auth_algs <tunnel_AH_authentication_algorithm> ]
	[ encr_algs <tunnel_ESP_encryption_algorithm> ]
	[ encr_auth_algs <tunnel_ESP_authentication_algorithm> ]
	[ up ] [ down ]
	[ xmit | -xmit ]
	[ modlist ]
	[ modinsert <module_name@position> ]
	[ modremove <module_name@position> ]
	[ ipmp ]
	[ group <groupname>] | [ group ""]
	[ deprecated | -deprecated ]
	[ standby | -standby ]
	[ failover | -failover ]
	[ zone <zonename> | -zone ]
	[ usesrc <interface> ]
	[ all-zones ]
or
	ifconfig <interface> |  -a[ 4 | 6 | D ] [ u | d ]
	auto-dhcp | dhcp
	[ wait <time> | forever ]
	[ primary ]
	start | drop | ping | release | status | inform
Lab options (ipmplab):
  --state FILE  the state file (default $IPMPLAB_STATE, else $XDG_STATE_HOME/ipmplab/state.db)
  --host NAME   the host of the lab to act on (default $IPMPLAB_HOST, else the lab's default host)
  --json        the same data for scripts
[exit 1]
$ arp --help
arp: illegal option -- -
Usage: arp hostname
       arp -a [-n]
       arp -d hostname
       arp -s hostname ether_addr [temp] [pub] [trail] [permanent]
       arp -f filename
Lab options (ipmplab):
  --state FILE  the state file (default $IPMPLAB_STATE, else $XDG_STATE_HOME/ipmplab/state.db)
  --host NAME   the host of the lab to act on (default $IPMPLAB_HOST, else the lab's default host)
  --json        the same data for scripts
[exit 1]
$ ipadm --help
ipadm: unknown subcommand '--help'
usage:  ipadm <subcommand> <args> ...
	create-if	[-t] <interface>
	create-ip	[-t] <interface>
	disable-if	-t <interface>
	enable-if	-t <interface>
	delete-if	<interface>
	delete-ip	<interface>
	create-ipmp	[-t] [-i <interface>[,<interface>]...] <ipmp-interface>
	delete-ipmp	<ipmp-interface>
	add-ipmp	[-t] -i <interface>[,<interface>]... <ipmp-interface>
	remove-ipmp	[-t] -i <interface>[,<interface>]... <ipmp-interface>
	show-if		[[-p] -o <field>,...] [<interface>]

	set-ifprop	[-t] -p <prop>=<value[,...]> -m <protocol> <interface>
	reset-ifprop	[-t] -p <prop> -m <protocol> <interface>
	show-ifprop	[[-c] -o <field>,...] [-p <prop>,...]
			[-m <protocol>] [interface]

	create-addr	[-t] -T static [-d] -a{local|remote}=addr[/prefixlen]
			<addrobj>
	create-addr	[-t] -T dhcp [-w <seconds> | forever]
			[-1] [-h <hostname>] <addrobj>
	create-addr	[-t] -T addrconf [-i interface-id]
			[-p {stateful|stateless}={yes|no}] <addrobj>
	down-addr	[-t] <addrobj>
	up-addr		[-t] <addrobj>
	disable-addr	-t <addrobj>
	enable-addr	-t <addrobj>
	refresh-addr	[-i] <addrobj>
	delete-addr	[-r] <addrobj>
	show-addr	[[-p] -o <field>,...] [<addrobj>]

	set-addrprop	[-t] -p <prop>=<value[,...]> <addrobj>
	reset-addrprop	[-t] -p <prop> <addrobj>
	show-addrprop	[[-c] -o <field>,...] [-p <prop>,...] <addrobj>

	set-prop	[-t] -p <prop>[+|-]=<value[,...]> <protocol>
	reset-prop	[-t] -p <prop> <protocol>
	show-prop	[[-c] -o <field>,...] [-p <prop>,...] [protocol]
Lab options (ipmplab):
  --state FILE  the state file (default $IPMPLAB_STATE, else $XDG_STATE_HOME/ipmplab/state.db)
  --host NAME   the host of the lab to act on (default $IPMPLAB_HOST, else the lab's default host)
  --json        the same data for scripts
[exit 1]
$ ping --help
ping: illegal option -- -
usage: ping host [timeout]
usage: ping -s [-l | -U] [-abdDLnRrv] [-A addr_family] [-c traffic_class]
	[-g gateway [-g gateway ...]] [-N nexthop] [-F flow_label] [-I interval]
	[-i interface] [-P tos] [-p port] [-t ttl] host [data_size] [npackets]
Lab options (ipmplab):
  --state FILE  the state file (default $IPMPLAB_STATE, else $XDG_STATE_HOME/ipmplab/state.db)
  --host NAME   the host of the lab to act on (default $IPMPLAB_HOST, else the lab's default host)
  --json        the same data for scripts
[exit 1]
# The lab's own concepts, a screen each.
$ ipmplab help faults
Faults the lab can inject (each undone by its opposite):
  ipmplab link NAME up|down          a cable (the NIC's carrier)
  ipmplab unplug HOST:LINK           a cable out of its switch (carrier stays: only probes see it)
  ipmplab segment down|up NAME       a switch that stops forwarding
  ipmplab segment loss NAME PERCENT  a lossy switch (seeded: a replay loses the same frames)
  ipmplab host power NAME off|on     a host that stops answering; on boots it
  ipmplab probe-loss IF on|off       every probe from one interface lost
  ipmplab target ADDR up|down        a probe target outside the lab
  ipmplab dad conflict|clear ADDR    another machine owns an address
  ipmplab mac NAME ADDRESS           a link's hardware address (duplicates in a group)
$ ipmplab help nope
ipmplab: help: nope: expected clock, faults, hosts, shell or snapshots
Try 'ipmplab --help' for usage.
[exit 2]
# Completion for bash and zsh: the script asks ipmplab for the words, as the lab's shell completes them.
$ ipmplab completion bash
# ipmplab completion for bash: eval "$(ipmplab completion bash)"
_ipmplab_complete() {
  local IFS=$'\n'
  COMPREPLY=( $(ipmplab complete-line "${COMP_LINE:0:$COMP_POINT}" 2>/dev/null) )
}
complete -o default -F _ipmplab_complete ipmplab ifconfig route netstat ipmpstat if_mpadm ipadm dladm ping arp rtmon
$ ipmplab complete-line 'ipadm create-i'
create-ip
create-ipmp
$ ipmplab complete-line 'ifconfig ne'
net0
net1
net2
net3
netmask
$ ipmplab complete-line 'ipmplab host add b; ifcon'
ifconfig
# The lab's manual page of a tool (man TOOL in the lab's shell).
$ ipmplab man arp
arp - address resolution display and control (illumos arp, in the lab)

SIMULATED  -a [-n] (netstat -p -f inet), arp host, -s host ether_addr [temp] [pub] [trail]
  [permanent], -d host, -f file (a file of the machine the lab runs on); SIOC[GSD]XARP's
  refusals. Entries are learnt from the lab's traffic and age as illumos' NUD ages them.
SEE ALSO   netstat -p, ping
$ ipmplab man snoop
ipmplab: man: snoop: expected ifconfig, route, netstat, arp, ipmpstat, if_mpadm, ipadm, dladm, ping, rtmon or ipmplab
Try 'ipmplab --help' for usage.
[exit 2]
$ ipadm create-ip net0
$ ipadm create-addr -T static -a 10.0.0.1/24 net0/v4
$ ipmplab complete-line 'ipadm delete-addr net0/'
net0/v4
# A pipe feeds a lab command that reads "-" (in sh and in the lab's shell alike).
$ echo '10.1.1.1 gw' | ipmplab file put /etc/inet/hosts -
$ ipmplab file cat /etc/inet/hosts
10.1.1.1 gw
