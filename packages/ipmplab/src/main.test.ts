// The lab command end to end on a temporary state file: every subcommand, its --json form,
// the exit statuses, and that refusals change nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { memoryIO } from '@ipmplab/userland';
import { labMain } from './main';
import { withKernel } from '@ipmplab/test-support';
import { fingerprint, lab, labJson, plumbUp, removeTempStates, tempState } from './lab-test-kit';

afterAll(removeTempStates);

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:/);

describe('ipmplab init / reset', () => {
  it('boots net0..net3 by default and says so', () => {
    const file = tempState();
    const r = lab(file, ['init']);
    expect(r).toEqual({ code: 0, out: `ipmplab: state ${file} booted with links net0 net1 net2 net3\n`, err: '' });
    const s = labJson(file, ['status']);
    expect(s.links.map((l: { name: string }) => l.name)).toEqual(['net0', 'net1', 'net2', 'net3']);
    expect(s.routes).toBeGreaterThan(0); // lo0's routes, both families
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('boots the links given, in order, and reset keeps them', () => {
    const file = tempState();
    expect(labJson(file, ['init', '--links', 'e1000g0,net5'])).toMatchObject({ state: file, links: ['e1000g0', 'net5'] });
    withKernel(file, (k) => plumbUp(k, 'net5', '10.0.0.5'));
    const r = lab(file, ['reset']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`ipmplab: state ${file} booted with links e1000g0 net5\n`);
    const s = labJson(file, ['status']);
    expect(s.links).toEqual([
      { name: 'e1000g0', mtu: 1500, mac: '02:08:20:4c:3a:10', link: 'up', plumbed: [] },
      { name: 'net5', mtu: 1500, mac: '02:08:20:4c:3a:11', link: 'up', plumbed: [] },
    ]);
    expect(s.timers).toEqual([]);
  });

  it('init without --links goes back to net0..net3', () => {
    const file = tempState();
    lab(file, ['init', '--links', 'bge0']);
    expect(labJson(file, ['init']).links).toEqual(['net0', 'net1', 'net2', 'net3']);
  });

  it('keeps the journal sequence across a reset, which starts a new machine on the real clock', () => {
    const file = tempState();
    lab(file, ['init']);
    lab(file, ['clock', 'manual']);
    withKernel(file, (k) => plumbUp(k, 'net0', '10.0.0.1'));
    lab(file, ['clock', 'advance', '1s']);
    const before = labJson(file, ['status']);
    expect(before.journalSeq).toBeGreaterThan(0);
    lab(file, ['reset']);
    const after = labJson(file, ['status']);
    expect(after.journalSeq).toBe(before.journalSeq);
    expect(after.clock.mode).toBe('real');
    expect(after.links[0].plumbed).toEqual([]);
  });

  it.each([
    [['init', '--links', 'lo0'], 'lo0: is the loopback interface, not a datalink'],
    [['init', '--links', 'net0,net1,net0'], 'net0: datalink named twice'],
    [['init', '--links', 'net01'], 'net01: bad datalink name'],
    [['init', '--links', ''], '--links needs at least one datalink name'],
    [['init', '--links'], 'init: --links needs a value'],
    [['init', 'now'], 'init: unexpected argument now'],
    [['reset', '--links', 'net0'], 'reset: unknown option --links'],
  ])('refuses %j with exit 2, no stack trace, nothing changed', (args, message) => {
    const file = tempState();
    lab(file, ['init', '--links', 'net7']);
    const before = fingerprint(file);
    const r = lab(file, args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.startsWith(`ipmplab: ${message}`)).toBe(true);
    expect(r.err.endsWith("Try 'ipmplab --help' for usage.\n")).toBe(true);
    noStack(r.err);
    expect(fingerprint(file)).toEqual(before);
  });
});

describe('ipmplab link', () => {
  it('pulls and plugs the cable; RUNNING follows', () => {
    const file = tempState();
    lab(file, ['init']);
    withKernel(file, (k) => plumbUp(k, 'net0', '10.0.0.1'));
    expect(lab(file, ['link', 'net0', 'down'])).toEqual({ code: 0, out: 'ipmplab: link net0 is down\n', err: '' });
    expect(labJson(file, ['status']).links[0]).toMatchObject({ name: 'net0', link: 'down', plumbed: ['inet'] });
    expect(withKernel(file, (k) => k.state.phyints.net0.flags & 0x40n)).toBe(0n); // IFF_RUNNING
    expect(lab(file, ['link', 'net0', 'down']).out).toBe('ipmplab: link net0 is down (unchanged)\n');
    expect(labJson(file, ['link', 'net0', 'up'])).toEqual({ link: 'net0', state: 'up', changed: true, log: [] });
    expect(withKernel(file, (k) => k.state.phyints.net0.flags & 0x40n)).toBe(0x40n);
  });

  it('refuses an unknown link with exit 1 and changes nothing', () => {
    const file = tempState();
    lab(file, ['init']);
    const before = fingerprint(file);
    expect(lab(file, ['link', 'net9', 'down'])).toEqual({ code: 1, out: '', err: 'ipmplab: link net9: no such datalink\n' });
    expect(lab(file, ['link', 'lo0', 'down']).err).toBe('ipmplab: link lo0: no such datalink\n');
    expect(fingerprint(file)).toEqual(before);
  });

  it('refuses a bad state word with exit 2', () => {
    const file = tempState();
    lab(file, ['init']);
    const r = lab(file, ['link', 'net0', 'sideways']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^ipmplab: link: sideways: expected up or down\n/);
    noStack(r.err);
  });
});

describe('ipmplab dad', () => {
  it('records, lists and clears conflicts (addresses canonical)', () => {
    const file = tempState();
    lab(file, ['init']);
    expect(lab(file, ['dad', 'list']).out).toBe('ipmplab: no DAD conflicts\n');
    expect(lab(file, ['dad', 'conflict', '10.0.0.1']).out).toBe('ipmplab: 10.0.0.1 is now in use by 0:1b:21:9a:7c:44 on the link\n');
    expect(lab(file, ['dad', 'conflict', '2001:DB8:0::1']).code).toBe(0);
    expect(lab(file, ['dad', 'conflict', '10.0.0.1']).code).toBe(0); // idempotent
    expect(lab(file, ['dad', 'list']).out).toBe('10.0.0.1     in use by 0:1b:21:9a:7c:44\n2001:db8::1  in use by 0:1b:21:9a:7c:44\n');
    expect(labJson(file, ['dad', 'list'])).toEqual([
      { address: '10.0.0.1', mac: '0:1b:21:9a:7c:44' },
      { address: '2001:db8::1', mac: '0:1b:21:9a:7c:44' },
    ]);
    expect(lab(file, ['dad', 'clear', '2001:db8::1']).out).toBe('ipmplab: 2001:db8::1 is no longer in use by another host\n');
    expect(labJson(file, ['status']).conflicts).toEqual([{ address: '10.0.0.1', mac: '0:1b:21:9a:7c:44' }]);
  });

  it('clearing an address nobody claims fails with exit 1', () => {
    const file = tempState();
    lab(file, ['init']);
    const before = fingerprint(file);
    expect(lab(file, ['dad', 'clear', '10.9.9.9'])).toEqual({ code: 1, out: '', err: 'ipmplab: dad: no conflict recorded for 10.9.9.9\n' });
    expect(fingerprint(file)).toEqual(before);
  });

  it('a conflict on an address that is up takes it down and shows the console warning', () => {
    const file = tempState();
    lab(file, ['init']);
    lab(file, ['clock', 'manual']);
    withKernel(file, (k) => plumbUp(k, 'net0', '10.0.0.1'));
    lab(file, ['clock', 'advance', '1s']); // DAD done: the address is up and defended
    const r = lab(file, ['dad', 'conflict', '10.0.0.1']);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('ipmplab: 10.0.0.1 is now in use by 0:1b:21:9a:7c:44 on the link');
    expect(lines[1]).toMatch(/^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d host0 ip: \[ID 0 kern\.warning\] WARNING: net0 has duplicate address 10\.0\.0\.1 \(in use by 0:1b:21:9a:7c:44\); disabled$/);
    expect(lab(file, ['log']).out).toBe(`${lines[1]}\n`);
  });

  it.each([[['dad']], [['dad', 'conflict', 'not-an-address']], [['dad', 'nope']], [['dad', 'list', 'x']]])('usage error %j exits 2', (args) => {
    const file = tempState();
    lab(file, ['init']);
    const before = fingerprint(file);
    const r = lab(file, args);
    expect(r.code).toBe(2);
    noStack(r.err);
    expect(fingerprint(file)).toEqual(before);
  });
});

describe('ipmplab clock', () => {
  it('shows, freezes, advances and releases the clock', () => {
    const file = tempState();
    lab(file, ['init']);
    expect(lab(file, ['clock']).out).toMatch(/^ipmplab: clock is real, kernel time \d{4}-\d\d-\d\dT[\d:.]+Z\n$/);
    const frozen = labJson(file, ['clock', 'manual']);
    expect(frozen.mode).toBe('manual');
    expect(labJson(file, ['clock'])).toEqual(frozen); // stands still between commands
    const r = lab(file, ['clock', 'advance', '1m30s']);
    expect(r.out).toBe(`ipmplab: clock is manual, kernel time ${new Date(frozen.nowMs + 90_000).toISOString()} (advanced 1m30s; 0 routing messages)\n`);
    expect(labJson(file, ['clock', 'advance', '500ms'])).toMatchObject({ mode: 'manual', nowMs: frozen.nowMs + 90_500, advancedMs: 500, messages: 0 });
    expect(labJson(file, ['clock', 'real']).mode).toBe('real');
  });

  it('refuses to advance a real clock (exit 1, nothing changed)', () => {
    const file = tempState();
    lab(file, ['init']);
    const before = fingerprint(file);
    expect(lab(file, ['clock', 'advance', '10s'])).toEqual({ code: 1, out: '', err: "ipmplab: clock is real; use 'ipmplab clock manual' first\n" });
    expect(fingerprint(file)).toEqual(before);
  });

  it('sets a manual clock back in time', () => {
    const file = tempState();
    lab(file, ['init']);
    lab(file, ['clock', 'manual', '2031-01-01T00:00:00Z']);
    expect(lab(file, ['clock', 'manual', '2030-06-01T00:00:00Z'])).toEqual({
      code: 0, out: 'ipmplab: clock is manual, kernel time 2030-06-01T00:00:00.000Z\n', err: '',
    });
  });

  it.each([[['clock', 'advance', 'soon']], [['clock', 'advance']], [['clock', 'advance', '400d']], [['clock', 'fast']], [['clock', 'advance', '1s', '2s']]])(
    'usage error %j exits 2 and changes nothing', (args) => {
      const file = tempState();
      lab(file, ['init']);
      lab(file, ['clock', 'manual']);
      const before = fingerprint(file);
      const r = lab(file, args);
      expect(r.code).toBe(2);
      noStack(r.err);
      expect(fingerprint(file)).toEqual(before);
    });
});

describe('ipmplab log', () => {
  it('prints nothing on a fresh host and filters with --since', () => {
    const file = tempState();
    lab(file, ['init']);
    lab(file, ['clock', 'manual']);
    expect(lab(file, ['log'])).toEqual({ code: 0, out: '', err: '' });
    expect(labJson(file, ['log'])).toEqual([]);
    lab(file, ['dad', 'conflict', '10.0.0.1']);
    withKernel(file, (k) => plumbUp(k, 'net0', '10.0.0.1'));
    lab(file, ['clock', 'advance', '1s']); // DAD finds the other host
    lab(file, ['clock', 'advance', '10m']);
    const all = labJson(file, ['log']);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ level: 'WARNING', text: 'net0 has duplicate address 10.0.0.1 (in use by 0:1b:21:9a:7c:44); disabled' });
    expect(lab(file, ['log', '--since', '300']).out).toBe('');
    expect(lab(file, ['log', '--since', '11m']).out).toMatch(/kern\.warning\] WARNING: net0 has duplicate address 10\.0\.0\.1/);
  });

  it('refuses a bad --since with exit 2', () => {
    const file = tempState();
    const r = lab(file, ['log', '--since', 'a-while']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^ipmplab: a-while: bad duration/);
    expect(fs.existsSync(file)).toBe(false); // a usage error opens nothing
  });
});

describe('ipmplab check', () => {
  it('reports ok on a good file', () => {
    const file = tempState();
    lab(file, ['init']);
    expect(lab(file, ['check'])).toEqual({ code: 0, out: `ipmplab: ${file}: ok\n`, err: '' });
    expect(labJson(file, ['check'])).toEqual({ state: file, ok: true, problems: [] });
  });

  it('refuses a missing file without creating it, and a file that is not ours', () => {
    const file = tempState();
    const r = lab(file, ['check']);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`ipmplab: ${file} does not exist\n`);
    expect(fs.existsSync(file)).toBe(false);
    fs.writeFileSync(file, 'hello, not a database\n'.repeat(100), { mode: 0o600 });
    const bad = lab(file, ['check']);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(`ipmplab: ${file} is not an ipmplab state file\n`);
  });

  it('reports a kernel state that no longer decodes', () => {
    const file = tempState();
    lab(file, ['init']);
    withKernel(file, () => undefined);
    // Damage the document but not the database, as a buggy writer would.
    const db = new Database(file);
    db.prepare("UPDATE kernel SET state = '{broken' WHERE host = 1").run();
    db.close();
    const r = lab(file, ['check']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^ipmplab: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: kernel state does not decode \\(`));
  });

  it('names a malformed route, and its host when the lab has more than one', () => {
    const file = tempState();
    lab(file, ['init']);
    expect(lab(file, ['host', 'add', 'b', '--links', 'net0']).code).toBe(0);
    withKernel(file, () => undefined);
    const db = new Database(file);
    const host = (db.prepare("SELECT id FROM hosts WHERE name = 'b'").get() as { id: number }).id;
    const id = (db.prepare('SELECT id FROM routes WHERE host = ? ORDER BY id LIMIT 1').get(host) as { id: number } | undefined)?.id;
    expect(id).toBeDefined();
    db.prepare("UPDATE routes SET type = 'weird' WHERE host = ? AND id = ?").run(host, id);
    db.close();
    const r = lab(file, ['check']);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`ipmplab: ${file}: route ${id} of the route table has a malformed type (host b)\n`);
    const json = lab(file, ['check', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toEqual({ state: file, ok: false, problems: [`route ${id} of the route table has a malformed type (host b)`] });
  });
});

describe('ipmplab status', () => {
  it('prints plain tables when not a terminal', () => {
    const file = tempState();
    lab(file, ['init']);
    const r = lab(file, ['status']);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('\x1b[');
    for (const text of ['State file', file, 'Clock', 'Routes', 'Journal seq', 'net0', '02:08:20:4c:3a:10', 'Pending timers', 'DAD conflicts']) {
      expect(r.out).toContain(text);
    }
  });

  it('colours on a terminal unless NO_COLOR is set', () => {
    const file = tempState();
    lab(file, ['init']);
    const tty = { ...memoryIO({}), isTTY: true };
    expect(lab(file, ['status'], tty).out).toContain('\x1b[');
    const noColour = { ...memoryIO({ NO_COLOR: '1' }), isTTY: true };
    expect(lab(file, ['status'], noColour).out).not.toContain('\x1b[');
  });

  it('creates and boots a missing state file (a new state is a freshly booted host)', () => {
    const file = tempState();
    const s = labJson(file, ['status']);
    expect(s).toMatchObject({ state: file, journalSeq: 0, timers: [], conflicts: [] });
    expect(s.clock.mode).toBe('real');
  });
});

describe('ipmplab as a whole', () => {
  it('mpathd stop and start, and probe-loss on an interface that does not exist', () => {
    const file = tempState();
    lab(file, ['init']);
    expect(lab(file, ['mpathd', 'start']).out.split('\n')[0]).toBe('in.mpathd is running');
    expect(lab(file, ['mpathd', 'stop']).out.split('\n')[0]).toBe('in.mpathd is not running');
    expect(labJson(file, ['mpathd']).running).toBe(false);
    const before = fingerprint(file);
    expect(lab(file, ['probe-loss', 'net9', 'on'])).toMatchObject({ code: 1, out: '', err: 'ipmplab: net9: no such interface\n' });
    expect(fingerprint(file)).toEqual(before);
  });

  it('redirect: reports the new dynamic route, or why the kernel dropped the redirect', () => {
    const file = tempState();
    lab(file, ['init']);
    withKernel(file, (k) => plumbUp(k, 'net0', '10.0.0.1'));
    const lines = path.join(path.dirname(file), 'routes.batch');
    fs.writeFileSync(lines, 'route -n add 192.0.2.0/24 10.0.0.254\n');
    expect(lab(file, ['batch', lines])).toMatchObject({ code: 0, err: '' });
    expect(lab(file, ['redirect', '192.0.2.7', '10.0.0.253'])).toEqual({
      code: 0, err: '', out: 'ipmplab: redirect for 192.0.2.7: now via 10.0.0.253 <UP,GATEWAY,HOST,DYNAMIC>\n',
    });
    expect(lab(file, ['redirect', '192.0.2.8', '172.16.0.1'])).toEqual({
      code: 0, err: '', out: 'ipmplab: redirect ignored: the new gateway 172.16.0.1 is not on a directly connected network\n',
    });
    expect(labJson(file, ['redirect', '10.0.0.1', '10.0.0.253'])).toEqual({ ignored: 'local-destination', reason: "10.0.0.1 is one of this host's addresses" });
    expect(labJson(file, ['redirect', '192.0.2.9', '10.0.0.253', '--from', '10.0.0.99']).ignored).toBe('not-from-router');
  });

  it('--help prints usage on stdout and exits 0', () => {
    const io = memoryIO({});
    expect(labMain(['--help'], io)).toBe(0);
    expect(io.out.join('')).toContain('ipmplab clock');
    expect(io.err).toEqual([]);
  });

  it('usage errors exit 2 without touching (or creating) the state file', () => {
    const file = tempState();
    for (const args of [[], ['bogus'], ['status', '--verbose'], ['status', 'now']]) {
      const r = lab(file, args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^ipmplab: .+\nTry 'ipmplab --help' for usage\.\n$/s);
    }
    expect(fs.existsSync(file)).toBe(false);
    const io = memoryIO({});
    expect(labMain(['status', '--state'], io)).toBe(2);
    expect(io.err.join('')).toBe("ipmplab: option --state requires a file name\nTry 'ipmplab --help' for usage.\n");
  });

  it('takes the state file from IPMPLAB_STATE when --state is absent', () => {
    const file = tempState();
    const io = memoryIO({ IPMPLAB_STATE: file });
    expect(labMain(['init', '--links', 'net3'], io)).toBe(0);
    expect(io.out.join('')).toBe(`ipmplab: state ${file} booted with links net3\n`);
  });

  it('refuses a state file that is not ours with exit 1, leaving it untouched', () => {
    const file = tempState();
    const junk = 'not sqlite at all\n'.repeat(300);
    fs.writeFileSync(file, junk, { mode: 0o600 });
    for (const args of [['status'], ['init'], ['clock', 'manual']]) {
      const r = lab(file, args);
      expect(r).toEqual({ code: 1, out: '', err: `ipmplab: ${file} is not an ipmplab state file\n` });
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(junk);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['state.db']);
  });

  it('demo reboots the state and plays the whole rehearsal without a broken step', () => {
    const file = tempState();
    const r = lab(file, ['demo']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('$ ifconfig net0 plumb 192.168.10.5/24 up\n');
    expect(r.out).toContain('net0:2: flags=4001000842<BROADCAST,RUNNING,MULTICAST,IPv4,DUPLICATE> mtu 1500 index 2\n');
    expect(r.out).toContain('recovered address 192.168.10.7 on net0:2');
    expect(r.out).toContain('fe80::/10                   fe80::8:20ff:fe4c:3a10      U       2       0 net0  \n');
    // The IPMP part: the standby takes over when net1's cable is pulled.
    expect(r.out).toContain('ipmp0       ipmp0       degraded  --        net2 [net1]\n');
    expect(r.out).toContain('IP interface failure detected on net1 of group ipmp0');
    // The deliberate mistakes, in illumos' words.
    expect(r.err).toBe([
      'if_mpadm: fatal: cannot offline net1: no other functioning interfaces are in its IPMP group',
      'ifconfig: setifmtu: SIOCSLIFMTU: net3: no such interface',
      'ifconfig: setifmtu: SIOCSLIFMTU: net0: Invalid argument',
      'ifconfig: Bad prefix length in 10.0.0.1/33',
      // After the reboot only ipadm's net3 is back: no IPMP group, no in.mpathd.
      'ipmpstat: cannot contact in.mpathd(1M) -- is IPMP in use?',
      '',
    ].join('\n'));
    // The ipadm part: ifconfig's addresses under ipmgmtd's names, net3 persistent across the reboot.
    expect(r.out).toContain('net0/_a           static   ok           192.168.10.5/24\n');
    expect(r.out).toContain('+ ipadm enable-if -t net3\n');
    expect(r.out).toMatch(/\$ ipmplab reboot\n[^$]*\$ ipmplab clock advance 1s\n[^\n]*\n\$ ipadm show-addr\nADDROBJ +TYPE +STATE +ADDR\nlo0\/v4 +static +ok +127\.0\.0\.1\/8\nnet3\/v4 +static +ok +172\.16\.0\.5\/24\n/);
    // It froze the clock for the rehearsal and leaves it on real time.
    expect(labJson(file, ['status']).clock.mode).toBe('real');
  });

  it.each([
    ['illumos', 'ipadm: Could not create net9 : Could not open DLPI link', 'Could not create address', 'net2 net1'],
    ['solaris11', 'ipadm: cannot create interface net9: Datalink does not exist', 'cannot create address', 'net1 (net2)'],
  ])('demo --dialect ipadm plays the rehearsal in ipadm on %s and reboots it back', (release, net9, cannot, afterReboot) => {
    const file = tempState();
    lab(file, ['init', '--release', release]);
    const r = lab(file, ['demo', '--dialect', 'ipadm']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('net0/v4           static   tentative    192.168.10.5/24\n');
    expect(r.out).toContain('net0/dup          duplicate    -----   192.168.10.7/24\n');
    expect(r.out).toContain('ipmp0       ipmp0       degraded  --        net2 [net1]\n');
    // illumos' standby is ifconfig's and does not survive the reboot; Solaris 11.4's is ipadm's.
    expect(r.out).toContain(release === 'solaris11' ? '$ ipadm set-ifprop -p standby=on -m ip net2\n' : '$ ifconfig net2 standby\n');
    expect(r.out).toMatch(new RegExp(`\\$ ipmplab reboot\\n[^$]*\\$ ipmplab clock advance 2s\\n[^\\n]*\\n\\$ ipadm show-addr\\n(?:[^$]*\\n)?ipmp0/v4 +static +ok +10\\.0\\.0\\.1/24\\n[^$]*\\$ ipmpstat -g\\n[^\\n]*\\nipmp0 +ipmp0 +ok +-- +${afterReboot.replace(/[()]/g, '\\$&')}\\n`));
    const mistakes = [
      net9,
      `ipadm: ${cannot}: Invalid argument provided`,
      `ipadm: ${cannot}: Address object already exists`,
      'ipadm: set-ifprop: mtu: Invalid argument provided',
    ];
    // illumos' die() puts its newline on standard output.
    expect(r.err).toBe(release === 'illumos' ? mistakes.join('') : mistakes.map((m) => `${m}\n`).join(''));
    expect(labJson(file, ['status']).clock.mode).toBe('real');
  });
});
