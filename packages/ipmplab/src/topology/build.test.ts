// `init --topology`: every built-in builds with no failing boot line and leaves the lab the file
// describes; a file that fails the checks leaves the state file as it was.
import { afterAll, describe, it, expect } from 'vitest';
import fs from 'node:fs';
import { lab, labJson, removeTempStates, tempState } from '../lab-test-kit';
import { BUILTIN_TOPOLOGIES } from './builtins';
import { parseTopology } from './parse';

afterAll(removeTempStates);

describe('ipmplab init --topology', () => {
  it.each(Object.keys(BUILTIN_TOPOLOGIES))('builds %s: its hosts, segments and cables, every boot line applied', (name) => {
    const file = tempState();
    lab(file, ['init']);
    lab(file, ['host', 'add', 'old']);
    const r = lab(file, ['init', '--topology', name]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const t = parseTopology(name, BUILTIN_TOPOLOGIES[name]);
    const hosts = labJson<{ hosts: { name: string; default: boolean; links: { name: string; segment?: string }[] }[] }>(file, ['host', 'ls']).hosts;
    expect(hosts.map((h) => h.name)).toEqual(t.hosts.map((h) => h.name));
    expect(hosts[0].default).toBe(true);
    const cables = hosts.flatMap((h) => h.links.filter((l) => l.segment).map((l) => ({ host: h.name, link: l.name, segment: l.segment })));
    expect(cables).toEqual(t.cables);
    const lines = t.hosts.flatMap((h) => h.boot ?? []);
    expect(r.out.split('\n').filter((l) => l.startsWith('+ '))).toEqual(lines.map((l) => `+ ${l}`));
  });

  it('refuses a bad file with one line and leaves the state file untouched', () => {
    const file = tempState();
    lab(file, ['init']);
    const bad = `${file}.yaml`;
    fs.writeFileSync(bad, 'hosts:\n  - name: a\ncables: [{ host: a, link: net0, segment: lan }]\n');
    const before = fs.readFileSync(file);
    const r = lab(file, ['init', '--topology', bad]);
    expect(r).toEqual({ code: 2, out: '', err: `ipmplab: topology ${bad}: line 3, cables[0].segment: no segment lan in the file\n` });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
