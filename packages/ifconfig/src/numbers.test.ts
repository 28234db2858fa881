// metric, mtu and index take their value through atoi (ifconfig.c setifmetric, setifmtu,
// setifindex): an int, with text beyond the int range wrapping as illumos libc's atoi does.
import { describe, it, expect, afterEach } from 'vitest';
import { newHost } from './test-kit';
import type { Host } from './test-kit';

let host: Host;
afterEach(() => host?.cleanup());

const metricLine = (h: Host) => h.ifconfig('net0').out.split('\n')[0];

describe('metric', () => {
  it('is the int atoi makes of the word', () => {
    host = newHost();
    host.ifconfig('net0', 'plumb');
    expect(host.ifconfig('net0', 'metric', '2147483648').code).toBe(0);
    expect(metricLine(host)).toBe('net0: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> metric -2147483648 mtu 1500 index 2');
    host.ifconfig('net0', 'metric', '-2147483649');
    expect(metricLine(host)).toBe('net0: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> metric 2147483647 mtu 1500 index 2');
    // 2^32 wraps to 0, which ifconfig does not print.
    host.ifconfig('net0', 'metric', '4294967296');
    expect(metricLine(host)).toBe('net0: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2');
    host.ifconfig('net0', 'metric', '7abc');
    expect(metricLine(host)).toBe('net0: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> metric 7 mtu 1500 index 2');
  });

  it('an mtu that wraps to a negative int is refused by the kernel (EINVAL)', () => {
    host = newHost();
    host.ifconfig('net0', 'plumb');
    expect(host.ifconfig('net0', 'mtu', '4294968796')).toMatchObject({ code: 0 });
    expect(host.ifconfig('net0').out).toContain(' mtu 1500 ');
    expect(host.ifconfig('net0', 'mtu', '2147483648')).toMatchObject({ code: 1, err: 'ifconfig: setifmtu: SIOCSLIFMTU: net0: Invalid argument\n' });
  });
});
