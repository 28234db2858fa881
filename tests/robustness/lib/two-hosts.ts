// The lab the network tools' fuzzers run against: host0 (192.168.10.5) and b (192.168.10.7) on
// one segment, on the manual clock, with a hosts file that names b and gives an escape sequence
// as the name of 192.168.10.9 (so echoed names must be shown visibly).
import { must } from '@ipmplab/test-support';

export function twoHostLab(file: string): string {
  for (const args of [['clock', 'manual', '2030-01-01T00:00:00Z'], ['host', 'add', 'b'], ['segment', 'add', 'lan'], ['plug', 'host0:net0', 'lan'], ['plug', 'b:net0', 'lan']]) {
    must(file, 'ipmplab', args);
  }
  must(file, 'ifconfig', ['net0', 'plumb', '192.168.10.5/24', 'up']);
  must(file, 'ifconfig', ['net0', 'plumb', '192.168.10.7/24', 'up', '--host', 'b']);
  must(file, 'ipmplab', ['clock', 'advance', '2s']);
  must(file, 'ipmplab', ['file', 'put', '/etc/inet/hosts', '127.0.0.1 localhost\n192.168.10.7 b\n192.168.10.9 \u001b[2Jevil\n']);
  return file;
}
