import { describe, it, expect } from 'vitest';
import { parseArp } from './grammar';
import { entryLine, parseKeywords } from './requests';

describe('arp argv (arp.c main)', () => {
  const cases: [string[], ReturnType<typeof parseArp>][] = [
    [['-a'], { mode: { kind: 'all', numeric: false } }],
    [['-an'], { mode: { kind: 'all', numeric: true } }],
    [['-n', '-a'], { mode: { kind: 'all', numeric: true } }],
    [['host'], { mode: { kind: 'get', host: 'host' } }],
    [['-d', 'host'], { mode: { kind: 'delete', host: 'host' } }],
    [['-f', 'file'], { mode: { kind: 'file', name: 'file' } }],
    [['-s', 'host', '0:1:2:3:4:5', 'temp'], { mode: { kind: 'set', args: ['host', '0:1:2:3:4:5', 'temp'] } }],
    [[], { usage: true }],
    [['-a', 'host'], { usage: true }],
    [['-aa'], { usage: true }],
    [['-a', '-d'], { usage: true }],
    [['-n', 'host'], { usage: true }],
    [['-s', 'host'], { usage: true }],
    [['-d'], { usage: true }],
    [['a', 'b'], { usage: true }],
    [['-x'], { usage: true, complaint: 'arp: illegal option -- x\n' }],
  ];
  for (const [argv, want] of cases) it(JSON.stringify(argv), () => expect(parseArp(argv)).toEqual(want));
});

describe('arp -s keywords and arp host lines', () => {
  it('takes keyword prefixes as strncmp does, "permanent" only whole', () => {
    expect(parseKeywords(['temporary', 'publish', 'trailers'])).toEqual({ flags: { perm: false, publ: true, trailers: true, authority: false } });
    expect(parseKeywords(['perm'])).toEqual({ unknown: 'perm' });
    expect(parseKeywords(['permanent', 'temp'])).toEqual({ conflict: true });
  });

  it('prints _link_ntoa addresses (no leading zeros) and the flags in arp.c order', () => {
    expect(entryLine('b', '192.168.1.2', { mac: '00:14:4f:0a:0b:0c', perm: false, publ: true, trailers: true, authority: false }))
      .toBe('b (192.168.1.2) at 0:14:4f:a:b:c temp pub trail\n');
    expect(entryLine('x', '192.168.1.9', { perm: false, publ: false, trailers: false, authority: false })).toBe('x (192.168.1.9) at (incomplete) temp\n');
  });
});
