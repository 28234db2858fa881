import { describe, it, expect } from 'vitest';
import { formatLogLine, syslogStamp } from './syslog';

describe('kernel console lines in syslog format', () => {
  it('formats a WARNING as /var/adm/messages has it (UTC)', () => {
    const at = Date.UTC(2025, 10, 22, 7, 40, 1, 999);
    expect(formatLogLine({ at, level: 'WARNING', text: 'net0 has duplicate address 10.0.0.1 (in use by 0:1b:21:9a:7c:44); disabled' }, 'host0'))
      .toBe('Nov 22 07:40:01 host0 ip: [ID 0 kern.warning] WARNING: net0 has duplicate address 10.0.0.1 (in use by 0:1b:21:9a:7c:44); disabled');
  });

  it('formats a NOTICE with kern.notice', () => {
    expect(formatLogLine({ at: Date.UTC(2024, 0, 5, 23, 0, 0), level: 'NOTICE', text: 'recovered address 10.0.0.1 on net0' }, 'host0'))
      .toBe('Jan  5 23:00:00 host0 ip: [ID 0 kern.notice] NOTICE: recovered address 10.0.0.1 on net0');
  });

  it('pads a one-digit day with a space, as syslog does', () => {
    expect(syslogStamp(Date.UTC(2024, 2, 1, 1, 2, 3))).toBe('Mar  1 01:02:03');
    expect(syslogStamp(Date.UTC(2024, 11, 31, 0, 0, 0))).toBe('Dec 31 00:00:00');
  });
});
