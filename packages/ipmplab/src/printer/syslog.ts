// The kernel's console messages as syslogd writes them to /var/adm/messages on illumos:
// "Nov 22 07:40:01 host0 ip: [ID 0 kern.warning] WARNING: net0 has duplicate address ...", the
// host field being the lab host's name (its nodename). Times are UTC so the output does not
// depend on the machine's time zone.
import type { KernelLogLine } from '@ipmplab/core/lab';
import { vis } from '@ipmplab/userland';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The pid the simulated in.mpathd logs with. */
const MPATHD_PID = 105;

const two = (n: number) => String(n).padStart(2, '0');

/** syslog's "%b %e %T" stamp: the day of the month is padded with a space, not a zero. */
export function syslogStamp(ms: number): string {
  const d = new Date(ms);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  return `${MONTHS[d.getUTCMonth()]} ${day} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/**
 * One message as syslogd writes it. Its text can hold a group name, any bytes: syslogd's
 * filter_string() shows control characters visibly and keeps tabs, and so does vis().
 */
export function formatLogLine(line: KernelLogLine, host: string): string {
  const text = vis(line.text, '\t');
  if (line.source === 'in.mpathd') {
    // in.mpathd logs through syslog(3C) with LOG_DAEMON; its messages carry no level word.
    return `${syslogStamp(line.at)} ${host} in.mpathd[${MPATHD_PID}]: [ID 0 daemon.error] ${text}`;
  }
  const priority = line.level === 'WARNING' ? 'kern.warning' : 'kern.notice';
  return `${syslogStamp(line.at)} ${host} ip: [ID 0 ${priority}] ${line.level}: ${text}`;
}
