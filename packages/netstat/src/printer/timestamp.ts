// -T u|d (illumos common/cmd/stat/common/timestamp.c print_timestamp): the time before the
// reports, as seconds since the epoch (u) or as date(1) prints it in the C locale,
// nl_langinfo(_DATE_FMT) = "%a %b %e %H:%M:%S %Z %Y" (d). The time is the kernel's clock, so a
// manual lab clock gives reproducible output.

export function formatTimestamp(kind: 'u' | 'd', nowMs: number, tz: string | undefined): string {
  const seconds = Math.floor(nowMs / 1000);
  if (kind === 'u') return String(seconds);
  const date = new Date(seconds * 1000);
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: tz || 'UTC', weekday: 'short', month: 'short', day: 'numeric', year: 'numeric',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'short',
    });
  } catch {
    return formatTimestamp(kind, nowMs, 'UTC');
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => fmt.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  const day = part('day').padStart(2, ' ');
  return `${part('weekday')} ${part('month')} ${day} ${part('hour')}:${part('minute')}:${part('second')} ${part('timeZoneName')} ${part('year')}`;
}
