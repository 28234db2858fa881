import { describe, it, expect } from 'vitest';
import { parseLab } from './grammar';

const req = (...argv: string[]) => {
  const p = parseLab(argv);
  if (p.kind !== 'request') throw new Error(`${argv.join(' ')}: ${JSON.stringify(p)}`);
  return p.req;
};
const usage = (...argv: string[]) => {
  const p = parseLab(argv);
  if (p.kind !== 'usage') throw new Error(`${argv.join(' ')}: expected a usage error, got ${JSON.stringify(p)}`);
  return p.message;
};

describe('ipmplab grammar', () => {
  it('parses every command into a typed request', () => {
    expect(req('init')).toEqual({ cmd: 'init', links: undefined });
    expect(req('init', '--links', 'e1000g0,net5')).toEqual({ cmd: 'init', links: ['e1000g0', 'net5'] });
    expect(req('init', '--links=a0', '--links', 'b1')).toEqual({ cmd: 'init', links: ['a0', 'b1'] });
    expect(req('reset')).toEqual({ cmd: 'reset' });
    expect(req('status')).toEqual({ cmd: 'status' });
    expect(req('link', 'net0', 'down')).toEqual({ cmd: 'link', name: 'net0', up: false });
    expect(req('link', 'net1', 'up')).toEqual({ cmd: 'link', name: 'net1', up: true });
    expect(req('dad', 'conflict', '10.0.0.1')).toEqual({ cmd: 'dad', action: 'conflict', addr: '10.0.0.1' });
    expect(req('dad', 'clear', 'FE80::0:1')).toEqual({ cmd: 'dad', action: 'clear', addr: 'fe80::1' });
    expect(req('dad', 'list')).toEqual({ cmd: 'dad', action: 'list' });
    expect(req('clock')).toEqual({ cmd: 'clock', action: 'show' });
    expect(req('clock', 'manual')).toEqual({ cmd: 'clock', action: 'manual' });
    expect(req('clock', 'real')).toEqual({ cmd: 'clock', action: 'real' });
    expect(req('clock', 'advance', '1.5s')).toEqual({ cmd: 'clock', action: 'advance', ms: 1500 });
    expect(req('clock', 'advance', '10')).toEqual({ cmd: 'clock', action: 'advance', ms: 10_000 });
    expect(req('log')).toEqual({ cmd: 'log', sinceMs: undefined });
    expect(req('log', '--since', '90')).toEqual({ cmd: 'log', sinceMs: 90_000 });
    expect(req('log', '--since', '5m')).toEqual({ cmd: 'log', sinceMs: 300_000 });
    expect(req('check')).toEqual({ cmd: 'check' });
    expect(req('demo')).toEqual({ cmd: 'demo' });
    expect(req('release', '7')).toEqual({ cmd: 'release', id: 7 });
    for (const bad of ['abc', '0', '1.5', '07', '1e3']) expect(usage('release', bad)).toBe(`release: ${bad}: not a connection number`);
  });

  it('keeps "-" (standard input) for batch and file put, where yargs would make it ""', () => {
    expect(req('batch', '-')).toEqual({ cmd: 'batch', file: '-', atomic: false, keepGoing: false });
    expect(req('batch', '--atomic', '-')).toEqual({ cmd: 'batch', file: '-', atomic: true, keepGoing: false });
    expect(req('batch', '/tmp/lines', '--keep-going')).toEqual({ cmd: 'batch', file: '/tmp/lines', atomic: false, keepGoing: true });
    expect(req('file', 'put', '/etc/inet/static_routes', '-')).toEqual({ cmd: 'file', action: 'put', path: '/etc/inet/static_routes', content: '-' });
    expect(req('file', 'put', '/etc/hostname.net0', 'a\\nb')).toEqual({ cmd: 'file', action: 'put', path: '/etc/hostname.net0', content: 'a\\nb' });
    expect(usage('release', '-')).toBe('release: -: not a connection number');
  });

  it('returns help text instead of printing it', () => {
    const p = parseLab(['--help']);
    expect(p.kind).toBe('help');
    if (p.kind === 'help') expect(p.text).toMatch(/^ipmplab <command>/);
    const sub = parseLab(['clock', '--help']);
    if (sub.kind !== 'help') throw new Error('no help');
    expect(sub.text).toContain('ipmplab clock advance <duration>');
  });

  it.each([
    [[], /a command is required/],
    [['bogus'], /^Unknown command: bogus\nDid you mean log\?$/],
    [['stauts'], /Did you mean status\?/],
    [['clock', 'manul'], /^Unknown command: manul\nDid you mean manual\?/],
    [['status', 'extra'], /Unknown argument: extra/],
    [['status', '--bogus'], /Unknown argument: bogus/],
    [['--version'], /./],
    [['link', 'net0'], /Not enough non-option arguments/],
    [['link', 'net0', 'sideways'], /Invalid values/],
    [['link', 'net0', 'up', 'now'], /Unknown argument: now/],
    [['dad'], /dad: say conflict ADDRESS, clear ADDRESS or list/],
    [['dad', 'conflict'], /Not enough non-option arguments/],
    [['dad', 'conflict', '10.0.0.300'], /10\.0\.0\.300: not an IPv4 or IPv6 address/],
    [['dad', 'conflict', '10.0.0.0/24'], /not an IPv4 or IPv6 address/],
    [['clock', 'advance'], /Not enough non-option arguments/],
    [['clock', 'advance', 'soon'], /soon: bad duration/],
    [['clock', 'advance', '-5s'], /./],
    [['clock', 'advance', '400d'], /longer than 366d/],
    [['init', '--links'], /Not enough arguments following: links/],
    [['init', '--links', 'lo0'], /loopback/],
    [['init', '--links', 'net0,net0'], /named twice/],
    [['log', '--since', 'yesterday'], /bad duration/],
    [['log', '--since', '1', '--since', '2'], /--since given more than once/],
  ])('refuses %j', (argv, message) => {
    expect(usage(...(argv as string[]))).toMatch(message);
  });
});
