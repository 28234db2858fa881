import { describe, it, expect } from 'vitest';
import { parseTopology } from './parse';
import { BUILTIN_TOPOLOGIES, isTopologyPath } from './builtins';
import { LabFailure } from '../messages';

/** The one line a refused file gives (without the "ipmplab: " the runner adds). */
function refusal(text: string): string {
  try {
    parseTopology('t.yaml', text);
  } catch (e) {
    expect(e).toBeInstanceOf(LabFailure);
    expect((e as LabFailure).exit).toBe(2);
    return (e as Error).message;
  }
  throw new Error('accepted');
}

const lab = (rest = '') => `hosts:\n  - name: a\n    links: [net0, net1]\n  - name: b\nsegments: [lan]\n${rest}`;

describe('parseTopology', () => {
  it('reads YAML and JSON into the same topology', () => {
    const yaml = parseTopology('t.yaml', `${lab()}cables:\n  - { host: a, link: net1, segment: lan }\n`);
    const json = parseTopology('t.json', JSON.stringify({ hosts: [{ name: 'a', links: ['net0', 'net1'] }, { name: 'b' }], segments: ['lan'],
      cables: [{ host: 'a', link: 'net1', segment: 'lan' }] }));
    expect(yaml).toEqual(json);
    expect(yaml.hosts[1]).toEqual({ name: 'b' });
  });

  it('accepts every built-in', () => {
    for (const [name, text] of Object.entries(BUILTIN_TOPOLOGIES)) expect(parseTopology(name, text).hosts[0].name).toBe('a');
  });

  it('gives a cable to a host without links its default links', () => {
    expect(parseTopology('t', `${lab()}cables: [{ host: b, link: net3, segment: lan }]\n`).cables).toHaveLength(1);
  });

  it.each([
    ['a: [1\n', 'topology t.yaml: line 2: not YAML or JSON: Flow sequence'],
    ['hosts: []\nhosts: []\n', 'topology t.yaml: line 2: not YAML or JSON: Map keys must be unique'],
    ['', 'topology t.yaml: line 1: expected a mapping'],
    ['segments: [lan]\n', 'topology t.yaml: line 1: missing field hosts'],
    ['hosts: []\n', 'topology t.yaml: line 1, hosts: needs at least one entry'],
    ['hosts:\n  - nmae: a\n', 'topology t.yaml: line 2, hosts[0]: missing field name'],
    ['hosts:\n  - name: a\n    link: [net0]\n', 'topology t.yaml: line 3, hosts[0].link: unknown field link (expected name, links, release, boot)'],
    ['hosts:\n  - name: a\n    links: net0\n', 'topology t.yaml: line 3, hosts[0].links: expected a list'],
    ['hosts:\n  - name: 7\n', 'topology t.yaml: line 2, hosts[0].name: expected a string'],
    ['hosts:\n  - name: a\n    release: solaris10\n', 'topology t.yaml: line 3, hosts[0].release: solaris10: expected illumos or solaris11'],
    [`hosts:\n${'  - name: a\n'.repeat(257)}`, 'topology t.yaml: line 2, hosts: at most 256 entries'],
    [`hosts: [{ name: a }]\nsegments: [${Array.from({ length: 257 }, (_, i) => `s${i}`).join(', ')}]\n`, 'topology t.yaml: line 2, segments: at most 256 entries'],
    [`hosts: [{ name: a, boot: ["${'x'.repeat(1025)}"] }]\n`, 'topology t.yaml: line 1, hosts[0].boot[0]: longer than 1024 characters'],
    ['hosts:\n  - name: a b\n', "topology t.yaml: line 2, hosts[0].name: a b: bad host name (letters, digits and '-', not first or last, at most 63 characters)"],
    ['hosts:\n  - name: a\n  - name: a\n', 'topology t.yaml: line 3, hosts[1].name: host a is named twice (first at line 2)'],
    ['hosts:\n  - name: a\n    links: [net0, lo0]\n', 'topology t.yaml: line 3, hosts[0].links: lo0: is the loopback interface, not a datalink'],
    ['hosts:\n  - name: a\n    links: [net0, net0]\n', 'topology t.yaml: line 3, hosts[0].links: net0: datalink named twice'],
    ['hosts:\n  - name: a\n    links: ["net0,net1"]\n', 'topology t.yaml: line 3, hosts[0].links[0]: net0,net1: bad datalink name'],
    ['hosts: [{ name: a }]\nsegments: [1lan]\n', "topology t.yaml: line 2, segments[0]: 1lan: bad segment name (a letter, then letters, digits, '_', '.' or '-', at most 31 characters)"],
    ['hosts: [{ name: a }]\nsegments: [lan, lan]\n', 'topology t.yaml: line 2, segments[1]: segment lan is named twice (first at line 2)'],
    [lab('cables:\n  - { host: c, link: net0, segment: lan }\n'), 'topology t.yaml: line 7, cables[0].host: no host c in the file'],
    [lab('cables:\n  - { host: a, link: net2, segment: lan }\n'), 'topology t.yaml: line 7, cables[0].link: host a has no link net2'],
    [lab('cables:\n  - { host: a, link: net0, segment: wan }\n'), 'topology t.yaml: line 7, cables[0].segment: no segment wan in the file'],
    [lab('cables:\n  - { host: a, link: net0 }\n'), 'topology t.yaml: line 7, cables[0]: missing field segment'],
    [lab('cables:\n  - { host: a, link: net0, segment: lan }\n  - { host: a, link: net0, segment: lan }\n'),
      'topology t.yaml: line 8, cables[1]: a:net0 is already in the cable at line 7'],
    ['hosts:\n  - name: a\n    boot: [ping 10.0.0.1]\n', 'topology t.yaml: line 3, hosts[0].boot[0]: unknown command ping'],
    ['hosts:\n  - name: a\n    boot: [ipmplab init]\n', "topology t.yaml: line 3, hosts[0].boot[0]: 'ipmplab init' cannot run inside a batch"],
    ['hosts:\n  - name: a\n    boot: [route monitor]\n', "topology t.yaml: line 3, hosts[0].boot[0]: 'route' runs until interrupted and cannot run inside a batch"],
    ['hosts:\n  - name: a\nswitches: [lan]\n', 'topology t.yaml: line 3, switches: unknown field switches (expected hosts, segments, cables)'],
  ])('refuses %j', (text, message) => {
    expect(refusal(text).startsWith(message)).toBe(true);
    expect(refusal(text)).not.toContain('\n');
  });
});

describe('isTopologyPath', () => {
  it('reads a value with a / or a file extension as a path, else as a built-in name', () => {
    expect(['./x', '/tmp/x', 'lab.yaml', 'lab.yml', 'lab.JSON'].map(isTopologyPath)).toEqual([true, true, true, true, true]);
    expect(['active-active', 'mylab'].map(isTopologyPath)).toEqual([false, false]);
  });
});
