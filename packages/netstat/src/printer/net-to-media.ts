// netstat -p: the Net to Media tables (netstat.c arp_report, ndp_report). Pure functions of the
// MIB's ipNetToMediaTable / ipv6NetToMediaTable rows (ip.c ip_snmp_get2_v4_media / _v6_media).
import type { MibNetToMedia } from '@ipmplab/core/syscalls';
import type { Names } from '../names';
import { left } from './printf';
import type { Emit } from './routes';

/** octetstr(..., 'h'): each byte "%02x", joined by ':' ('' for none). */
const hex = (mac: string) => (mac === '' ? '' : mac.split(':').map((b) => b.padStart(2, '0')).join(':'));

/** The flag letters, in arp_report's order ("Patterns: SPLAy DUo"). */
export function arpFlags(r: MibNetToMedia): string {
  let f = '';
  if (r.permanent) f += 'S';
  if (r.publish) f += 'P';
  if (!r.resolved) f += 'U';
  if (r.myaddr) f += 'L';
  if (r.unverified) f += 'd';
  if (r.authority) f += 'A';
  return f;
}

/** arp_report: the header once there is a row, then "%-6s %-20s %-15s %-8s %s" (the mask is always a host's). */
export function printArpTable(rows: Iterable<MibNetToMedia>, names: Names, emit: Emit): void {
  let first = true;
  for (const r of rows) {
    if (first) {
      emit('Net to Media Table: IPv4');
      emit('Device   IP Address               Mask      Flags      Phys Addr');
      emit('------ -------------------- --------------- -------- ---------------');
      first = false;
    }
    emit(`${left(r.ifname, 6)} ${left(names.addr(r.addr), 20)} ${left('255.255.255.255', 15)} ${left(arpFlags(r), 8)} ${hex(r.mac)}`);
  }
}

/**
 * ndp_report: a blank line and the header once there is a row, rows "%-5s %-17s  %-7s %-12s %-27s"
 * (padded to the end), then always one blank line. An unresolved entry's hardware address is
 * the ill's length of zeros.
 */
export function printNdpTable(rows: Iterable<MibNetToMedia>, names: Names, emit: Emit): void {
  let first = true;
  for (const r of rows) {
    if (first) {
      emit('');
      emit('Net to Media Table: IPv6');
      emit(' If   Physical Address    Type      State      Destination/Mask');
      emit('----- -----------------  ------- ------------ ---------------------------');
      first = false;
    }
    const mac = r.mac === '' ? '00:00:00:00:00:00' : hex(r.mac);
    emit(`${left(r.ifname, 5)} ${left(mac, 17)}  ${left(r.type, 7)} ${left(r.state, 12)} ${left(names.addr6(r.addr), 27)}`);
  }
  emit('');
}
