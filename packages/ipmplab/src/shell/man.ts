// The lab's own manual pages (`man TOOL` in the lab's shell, `ipmplab man TOOL`): for each tool
// what the lab simulates and where it differs from illumos; the illumos words themselves are
// illumos' (`TOOL --help` prints the tool's usage, then the lab options).
export const MAN_PAGES: Record<string, string[]> = {
  ifconfig: [
    'ifconfig - configure network interface parameters (illumos ifconfig, in the lab)',
    '',
    'SIMULATED  -a (-a4 -a6 -au -ad -aD), plumb/unplumb, addresses with /prefix, netmask (dotted,',
    '  hex, +), broadcast (+), up/down, addif/removeif, mtu, metric, index, usesrc, destination,',
    '  subnet, token, every flag keyword, logical names net0:N, IPv4 and IPv6; IPMP: ipmp, group',
    '  NAME / group "" with illumos\' repairs, standby, -failover; ether lines for a privileged user.',
    'DIFFERS    No DHCP (auto-dhcp, dhcp), tunnels (tsrc, tdst, *_algs), STREAMS modules (modlist,',
    '  modinsert, modremove) or zones beyond the global one: each says it is not simulated.',
    'SEE ALSO   ipadm, ipmpstat, ipmplab help faults',
  ],
  route: [
    'route - manipulate the routing tables (illumos route, in the lab)',
    '',
    'SIMULATED  add, delete, change, get, flush, monitor, -p show; -n -f -p -q -v -R -z; default,',
    '  -host/-net, a.b.c.d/len, -netmask, -inet6, -interface, -ifp, -ifa, the metrics, -lock,',
    '  -reject, -blackhole, -setsrc, persistent routes in /etc/inet/static_routes; exit status =',
    '  errno, as illumos route exits.',
    'DIFFERS    Only the global zone; -R applies to the lab\'s files.',
    'SEE ALSO   netstat -r, rtmon',
  ],
  netstat: [
    'netstat - show network status (illumos netstat, in the lab)',
    '',
    'SIMULATED  -r, -i (-I IF), -p (ARP and NDP tables), -a, -n, -v, -f inet|inet6 and the -f',
    '  filters of -r, -T u|d.',
    'DIFFERS    No sockets (no TCP or UDP in the lab), -s, -m, -M, -g, -d, -D, intervals: each',
    '  says it is not simulated.',
    'SEE ALSO   arp, route, ipmpstat',
  ],
  arp: [
    'arp - address resolution display and control (illumos arp, in the lab)',
    '',
    'SIMULATED  -a [-n] (netstat -p -f inet), arp host, -s host ether_addr [temp] [pub] [trail]',
    '  [permanent], -d host, -f file (a file of the machine the lab runs on); SIOC[GSD]XARP\'s',
    '  refusals. Entries are learnt from the lab\'s traffic and age as illumos\' NUD ages them.',
    'SEE ALSO   netstat -p, ping',
  ],
  ipmpstat: [
    'ipmpstat - display IPMP subsystem status (illumos ipmpstat, in the lab)',
    '',
    'SIMULATED  -a -g -i -t -p, -n, -o fields|all, -P, libofmt\'s widths; -p streams the simulated',
    '  in.mpathd\'s probes until interrupted.',
    'SEE ALSO   if_mpadm, ipmplab help faults',
  ],
  if_mpadm: [
    'if_mpadm - change operational status of interfaces within an IPMP group (in the lab)',
    '',
    'SIMULATED  -d IF / -r IF, with in.mpathd\'s rules and messages.',
    'SEE ALSO   ipmpstat -i',
  ],
  ipadm: [
    'ipadm - configure IP interfaces and addresses (illumos and Solaris 11 ipadm, in the lab)',
    '',
    'SIMULATED  The interface, IPMP, address and property sub-commands in the host release\'s words',
    '  and layouts; persistent configuration in /etc/ipadm/ipadm.conf, replayed at boot.',
    'DIFFERS    -T dhcp (no dhcpagent); tunnels and VNIC-backed interfaces.',
    'SEE ALSO   ifconfig, dladm, ipmplab reboot',
  ],
  dladm: [
    'dladm - administer data links (in the lab: the link sub-commands)',
    '',
    'SIMULATED  show-link, show-phys [-m], show-linkprop, set-linkprop [-t] -p mtu=|mac-address=,',
    '  reset-linkprop, rename-link; persistent link properties, applied at boot before IP.',
    'DIFFERS    No aggregations, VNICs, VLANs, bridges: each says it is not simulated.',
    'SEE ALSO   ipadm, ipmplab link',
  ],
  ping: [
    'ping - send ICMP ECHO_REQUEST packets to network hosts (illumos ping, in the lab)',
    '',
    'SIMULATED  ping host [timeout], -s host [data_size] [npackets], -n, -I interval (whole seconds,',
    '  as ping.c reads it), -i interface, -A inet|inet6, -t ttl; ICMP errors from routers; on a',
    '  manual clock its waits are the lab\'s time passing.',
    'DIFFERS    Source routing, UDP probes, IP options, timestamps: not simulated.',
    'SEE ALSO   arp, ipmplab help hosts',
  ],
  rtmon: [
    'rtmon - the lab\'s live routing-socket monitor (not an illumos command)',
    '',
    'Prints route monitor\'s lines, or in a terminal of its own a live view (keys u p f c q);',
    '--under-ipmp, --dump, --since SEQ, --type, --interface, -f, --json, --record/--replay.',
    'In the lab\'s shell it prints route monitor\'s lines until interrupted.',
    'SEE ALSO   route monitor',
  ],
  ipmplab: [
    'ipmplab - the lab itself (not an illumos command)',
    '',
    'Hosts, segments and cables, the clock, faults, in.mpathd\'s settings, the host\'s files, raw',
    'ioctls, batches, the shell, snapshots, export to a real host and import from one. ipmplab',
    '--help lists the commands; ipmplab help TOPIC explains clock, faults, hosts, shell and',
    'snapshots.',
  ],
};

/** A page, or undefined when the lab has none for that name. */
export function manPage(name: string): string | undefined {
  const page = MAN_PAGES[name];
  return page && `${page.join('\n')}\n`;
}
