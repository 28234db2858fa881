import { describe, it, expect } from 'vitest';
import { parseIpmpstatArgs } from './grammar';
import { parseIfMpadmArgs } from './if-mpadm/grammar';
import { IPMPSTAT_USAGE, IF_MPADM_USAGE } from './messages';

const ok = (argv: string[]) => {
  const r = parseIpmpstatArgs(argv);
  if (r.kind !== 'ok') throw new Error(r.stderr);
  return r.args;
};
const err = (argv: string[]) => {
  const r = parseIpmpstatArgs(argv);
  if (r.kind !== 'error') throw new Error('parsed');
  return [r.stderr, r.exit] as const;
};

describe('ipmpstat grammar', () => {
  it('has the usage text of ipmpstat.c, tabs included', () => {
    expect(IPMPSTAT_USAGE).toBe(
      'usage: ipmpstat [-n] [-o <field> [-P]] -a|-g|-i|-p|-t\n\n' +
      '  output modes:\t -a  display IPMP data address information\n' +
      '\t\t -g  display IPMP group information\n' +
      '\t\t -i  display IPMP-related IP interface information\n' +
      '\t\t -p  display IPMP probe information\n' +
      '\t\t -t  display IPMP target information\n\n' +
      '       options:\t -n  display IP addresses numerically\n' +
      '\t\t -o  display only the specified fields, in order\n' +
      '\t\t -P  display using parsable output mode\n');
  });
  it('takes every mode, clustered letters and option arguments', () => {
    expect(ok(['-g'])).toEqual({ mode: 'g', numeric: false, parsable: false, fields: undefined, live: false });
    expect(ok(['-gn']).numeric).toBe(true);
    expect(ok(['-nPo', 'group', '-g'])).toMatchObject({ mode: 'g', numeric: true, parsable: true, fields: 'group' });
    expect(ok(['-ogroup,state', '-g']).fields).toBe('group,state');
    expect(ok(['-o', 'all', '-a']).fields).toBe('all');
    expect(ok(['-o', '-g', '-i'])).toMatchObject({ mode: 'i', fields: '-g' });
    expect(ok(['-o', 'a', '-o', 'b', '-t']).fields).toBe('b');
    expect(ok(['-L', '-p'])).toMatchObject({ mode: 'p', live: true });
    expect(ok(['-g', '--']).mode).toBe('g');
    for (const m of ['a', 'g', 'i', 'p', 't']) expect(ok([`-${m}`]).mode).toBe(m);
  });
  it('dies on a second output format, before acting on anything after it', () => {
    expect(err(['-g', '-i'])).toEqual(['ipmpstat: only one output format may be specified\n', 1]);
    expect(err(['-gg'])).toEqual(['ipmpstat: only one output format may be specified\n', 1]);
    expect(err(['-ga', '-x'])[0]).toBe('ipmpstat: only one output format may be specified\n');
    // getopt complains about -x before the second format is seen.
    expect(err(['-g', '-x', '-a'])[0]).toBe(`ipmpstat: illegal option -- x\n${IPMPSTAT_USAGE}`);
  });
  it('prints usage for getopt complaints, operands, or no format', () => {
    expect(err([])).toEqual([IPMPSTAT_USAGE, 1]);
    expect(err(['-n'])).toEqual([IPMPSTAT_USAGE, 1]);
    expect(err(['-P', '-o', 'group'])).toEqual([IPMPSTAT_USAGE, 1]);
    expect(err(['-g', 'extra'])).toEqual([IPMPSTAT_USAGE, 1]);
    expect(err(['extra', '-g'])).toEqual([IPMPSTAT_USAGE, 1]);
    expect(err(['--', '-g'])).toEqual([IPMPSTAT_USAGE, 1]);
    expect(err(['-', '-g'])).toEqual([IPMPSTAT_USAGE, 1]);
    expect(err(['-x'])).toEqual([`ipmpstat: illegal option -- x\n${IPMPSTAT_USAGE}`, 1]);
    expect(err(['-g:'])[0]).toBe(`ipmpstat: illegal option -- :\n${IPMPSTAT_USAGE}`);
    expect(err(['--help'])[0]).toBe(`ipmpstat: illegal option -- -\n${IPMPSTAT_USAGE}`);
    expect(err(['-g', '-o'])).toEqual([`ipmpstat: option requires an argument -- o\n${IPMPSTAT_USAGE}`, 1]);
    expect(err(['-é'])[0]).toBe(`ipmpstat: illegal option -- é\n${IPMPSTAT_USAGE}`);
  });
});

describe('if_mpadm grammar', () => {
  const bad = (argv: string[]) => {
    const r = parseIfMpadmArgs(argv);
    if (r.kind !== 'error') throw new Error('parsed');
    return [r.stderr, r.exit] as const;
  };
  it('takes -d or -r with an interface; the last one wins; operands after them are ignored', () => {
    expect(parseIfMpadmArgs(['-d', 'net0'])).toEqual({ kind: 'ok', action: 'offline', ifname: 'net0' });
    expect(parseIfMpadmArgs(['-rnet1'])).toEqual({ kind: 'ok', action: 'undo', ifname: 'net1' });
    expect(parseIfMpadmArgs(['-d', 'net0', '-r', 'net1'])).toEqual({ kind: 'ok', action: 'undo', ifname: 'net1' });
    expect(parseIfMpadmArgs(['-d', 'net0', 'junk', '-r', 'x'])).toEqual({ kind: 'ok', action: 'offline', ifname: 'net0' });
    expect(parseIfMpadmArgs(['-d', '-r'])).toEqual({ kind: 'ok', action: 'offline', ifname: '-r' });
    expect(parseIfMpadmArgs(['-d', ''])).toEqual({ kind: 'ok', action: 'offline', ifname: '' });
  });
  it('prints usage (stderr, exit 1) otherwise', () => {
    expect(IF_MPADM_USAGE).toBe('Usage: if_mpadm [-d | -r] <interface>\n');
    expect(bad([])).toEqual([IF_MPADM_USAGE, 1]);
    expect(bad(['net0'])).toEqual([IF_MPADM_USAGE, 1]);
    expect(bad(['--', '-d', 'net0'])).toEqual([IF_MPADM_USAGE, 1]);
    expect(bad(['-d'])).toEqual([`if_mpadm: option requires an argument -- d\n${IF_MPADM_USAGE}`, 1]);
    expect(bad(['-x', 'net0'])).toEqual([`if_mpadm: illegal option -- x\n${IF_MPADM_USAGE}`, 1]);
    expect(bad(['-d', 'net0', '-q'])).toEqual([`if_mpadm: illegal option -- q\n${IF_MPADM_USAGE}`, 1]);
  });
});
