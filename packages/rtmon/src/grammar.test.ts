import { describe, it, expect } from 'vitest';
import { parseRtmon, DEFAULT_POLL_MS } from './grammar';
import { RTM } from '@ipmplab/core/testing';

const run = (...argv: string[]) => {
  const p = parseRtmon(argv);
  if (p.kind !== 'run') throw new Error(`${argv.join(' ')}: ${JSON.stringify(p)}`);
  return p.opts;
};
const usage = (...argv: string[]) => {
  const p = parseRtmon(argv);
  if (p.kind !== 'usage') throw new Error(`${argv.join(' ')}: expected a usage error, got ${JSON.stringify(p)}`);
  return p.message;
};

describe('rtmon grammar', () => {
  it('has quiet defaults', () => {
    expect(run()).toEqual({
      state: undefined, json: false, plain: false, numeric: false, underIpmp: false, family: undefined, types: undefined,
      iface: undefined, dump: false, since: undefined, record: undefined, replay: undefined, fast: false, count: undefined, pollMs: DEFAULT_POLL_MS,
    });
  });

  it('parses every option', () => {
    const o = run('--state', '/tmp/s.db', '--json', '--plain', '-n', '--under-ipmp', '-f', 'inet6', '--type', 'RTM_ADD,ifinfo',
      '--type', 'DELETE', '--interface', 'net0', '--since', '42', '--record', 'r.jsonl', '--count', '3', '--poll', '2');
    expect(o).toMatchObject({
      state: '/tmp/s.db', json: true, plain: true, numeric: true, underIpmp: true, family: 'inet6', types: [RTM.ADD, RTM.IFINFO, RTM.DELETE],
      iface: 'net0', since: 42, record: 'r.jsonl', count: 3, pollMs: 2,
    });
    expect(run('--dump').dump).toBe(true);
    expect(run('--replay', 'x.jsonl', '--fast', '-f', 'inet')).toMatchObject({ replay: 'x.jsonl', fast: true, family: 'inet' });
    expect(run('--state=/tmp/x.db', '--since=0').since).toBe(0);
  });

  it('refuses bad values and combinations', () => {
    expect(usage('-f', 'link')).toBe('-f: link: expected inet or inet6');
    expect(usage('--type', 'RTM_BOGUS')).toMatch(/^--type: RTM_BOGUS: unknown message type \(one of RTM_ADD, RTM_DELETE/);
    expect(usage('--since', '-1')).toMatch(/since/);
    expect(usage('--since', 'x')).toBe('--since: x: not a non-negative integer');
    expect(usage('--since', '1', '--since', '2')).toBe('--since given more than once');
    expect(usage('--count', '0')).toBe('--count: must be at least 1');
    expect(usage('--poll', '5000')).toBe('--poll: must be between 1 and 1000 ms');
    expect(usage('--interface', 'net0:1')).toBe('--interface: net0:1: not an interface name');
    expect(usage('--dump', '--since', '3')).toBe('--dump and --since cannot be combined');
    expect(usage('--fast')).toBe('--fast needs --replay');
    expect(usage('--replay', 'a', '--dump', '--under-ipmp')).toBe('--replay plays a recording and opens no state: --dump, --under-ipmp cannot be used with it');
    expect(usage('--replay', 'a', '--state', 'b')).toMatch(/--state cannot be used/);
    expect(usage('--replay', 'a', '--record', 'a')).toBe('--record and --replay name the same file');
    expect(usage('--bogus')).toBe('unknown option --bogus');
    expect(usage('-Z')).toBe('unknown option -Z');
    expect(usage('extra')).toBe('unexpected argument: extra');
    expect(usage('--since')).toBe('--since needs a value');
    expect(usage('-f')).toBe('-f needs a value');
    expect(usage('monitor')).toMatch(/monitor/);
    expect(usage('--state')).toBe('option --state requires a file name');
    expect(usage('--record')).toMatch(/record/);
  });

  it('returns help text instead of printing it', () => {
    const p = parseRtmon(['--help']);
    expect(p.kind).toBe('help');
    if (p.kind === 'help') {
      expect(p.text).toContain('rtmon [options]');
      expect(p.text).toContain('--under-ipmp');
      expect(p.text).toContain('Exit status');
    }
    expect(parseRtmon(['-h']).kind).toBe('help');
  });
});
