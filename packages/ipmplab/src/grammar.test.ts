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
    expect(req('init')).toEqual({ cmd: 'init', links: undefined, release: 'illumos' });
    expect(req('init', '--links', 'e1000g0,net5')).toEqual({ cmd: 'init', links: ['e1000g0', 'net5'], release: 'illumos' });
    expect(req('init', '--links=a0', '--links', 'b1')).toEqual({ cmd: 'init', links: ['a0', 'b1'], release: 'illumos' });
    expect(req('init', '--release', 'solaris11')).toEqual({ cmd: 'init', links: undefined, release: 'solaris11' });
    expect(req('init', '--release=illumos', '--links', 'net0')).toEqual({ cmd: 'init', links: ['net0'], release: 'illumos' });
    expect(req('init', '--topology', 'active-active')).toEqual({ cmd: 'init', release: 'illumos', topology: 'active-active' });
    expect(req('init', '--topology', './lab.yaml')).toEqual({ cmd: 'init', release: 'illumos', topology: './lab.yaml' });
    expect(req('init', '--topology=lab.json')).toEqual({ cmd: 'init', release: 'illumos', topology: 'lab.json' });
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
    expect(req('demo')).toEqual({ cmd: 'demo', dialect: 'ifconfig' });
    expect(req('demo', '--dialect', 'ipadm')).toEqual({ cmd: 'demo', dialect: 'ipadm' });
    expect(usage('demo', '--dialect', 'dladm')).toBe('demo: dladm: expected ifconfig or ipadm');
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

  it('takes the content of file put as it is, even when it begins with "-" (a static route line)', () => {
    expect(req('file', 'put', '/etc/inet/static_routes', '-net 10.9.0.0/16 10.0.0.254')).toEqual({ cmd: 'file', action: 'put', path: '/etc/inet/static_routes', content: '-net 10.9.0.0/16 10.0.0.254' });
    expect(parseLab(['file', 'put', '/etc/inet/static_routes', '--help']).kind).toBe('help');
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
    [[], /^a command is required: init, reset, reboot, status, host, segment, plug, unplug, link, mac, dad, clock, log, mpathd, target, probe-loss, file, snapshot, export, import, ioctl, redirect, hold, release, batch, check, demo, shell or env$/],
    [['bogus'], /^Unknown command: bogus\nDid you mean log\?$/],
    [['stauts'], /Did you mean status\?/],
    [['clock', 'manul'], /^Unknown command: manul\nDid you mean manual\?/],
    [['status', 'extra'], /^status: unexpected argument extra$/],
    [['status', '--bogus'], /^status: unknown option --bogus$/],
    [['status', '-x'], /^status: unknown option -x$/],
    [['--version'], /^a command is required: /],
    [['link'], /^link: missing NAME up\|down \(usage: ipmplab link NAME up\|down\)$/],
    [['link', 'net0'], /^link: missing up\|down \(usage: ipmplab link NAME up\|down\)$/],
    [['link', 'net0', 'sideways'], /^link: sideways: expected up or down$/],
    [['link', 'net0', 'up', 'now'], /^link: unexpected argument now$/],
    [['probe-loss', 'net0', 'maybe'], /^probe-loss: maybe: expected on or off$/],
    [['dad'], /dad: say conflict ADDRESS, clear ADDRESS or list/],
    [['dad', 'conflict'], /^dad conflict: missing ADDRESS \(usage: ipmplab dad conflict ADDRESS\)$/],
    [['dad', 'sideways'], /^dad: unknown subcommand sideways; expected conflict ADDRESS, clear ADDRESS or list$/],
    [['dad', 'conflict', '10.0.0.300'], /10\.0\.0\.300: not an IPv4 or IPv6 address/],
    [['dad', 'conflict', '10.0.0.0/24'], /not an IPv4 or IPv6 address/],
    [['clock', 'advance'], /^clock advance: missing DURATION \(usage: ipmplab clock advance DURATION\)$/],
    [['clock', 'sideways'], /^clock: unknown subcommand sideways; expected manual \[TIME\], real or advance DURATION$/],
    [['clock', 'advance', 'soon'], /soon: bad duration/],
    [['clock', 'advance', '-5s'], /^clock advance: the duration must not be negative: -5s$/],
    [['clock', 'advance', '-1.5'], /^clock advance: the duration must not be negative: -1\.5$/],
    [['log', '--since', '-5m'], /^log --since: the duration must not be negative: -5m$/],
    [['log', '--since'], /^log: --since needs a value$/],
    [['mac', 'net0'], /^mac: missing ADDRESS \(usage: ipmplab mac NAME ADDRESS\)$/],
    [['redirect', '10.0.0.1'], /^redirect: missing GATEWAY \(usage: ipmplab redirect DESTINATION GATEWAY \[--from ROUTER\]\)$/],
    [['file', 'put', '/etc/hostname.net0'], /^file put: missing CONTENT\|- \(usage: ipmplab file put PATH CONTENT\|-\)$/],
    [['file', 'sideways'], /^file: unknown subcommand sideways; expected ls, cat PATH, put PATH CONTENT\|- or rm PATH$/],
    [['hold', '-1'], /^-1: not an IPv4 or IPv6 address$/],
    [['clock', 'advance', '400d'], /longer than 366d/],
    [['init', '--links'], /^init: --links needs a value$/],
    [['init', 'extra'], /^init: unexpected argument extra$/],
    [['init', '--links', 'lo0'], /loopback/],
    [['init', '--links', 'net0,net0'], /named twice/],
    [['init', '--release', 'solaris10'], /^--release solaris10: expected illumos or solaris11$/],
    [['init', '--release', 'Solaris11'], /^--release Solaris11: expected illumos or solaris11$/],
    [['init', '--release'], /^init: --release needs a value$/],
    [['init', '--topology', 'nosuch'], /^topology nosuch: no such built-in topology \(built-ins: active-active, active-standby, probe-based; /],
    [['init', '--topology', 'toString'], /^topology toString: no such built-in topology/],
    [['init', '--topology', 'active-active', '--links', 'net0'], /^init: --topology takes the links and the release from the file, not from --links$/],
    [['init', '--release', 'solaris11', '--topology', 'probe-based'], /^init: --topology takes the links and the release from the file, not from --release$/],
    [['init', '--topology'], /^init: --topology needs a value$/],
    [['init', '--topology', 'a.yaml', '--topology', 'b.yaml'], /^--topology given more than once$/],
    [['init', '--release', 'illumos', '--release', 'solaris11'], /^--release given more than once$/],
    [['log', '--since', 'yesterday'], /bad duration/],
    [['log', '--since', '1', '--since', '2'], /--since given more than once/],
  ])('refuses %j', (argv, message) => {
    expect(usage(...(argv as string[]))).toMatch(message);
  });
});
