// Every view of the terminal UI through ink-testing-library, and the whole App driven by keys.
import { describe, it, expect, afterEach, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import React from 'react';
import { render as inkRender } from 'ink';
import { render, cleanup } from 'ink-testing-library';
import { RTM } from '@ipmplab/core/testing';
import { Header } from './Header';
import { MessageList } from './MessageList';
import { Detail } from './Detail';
import { GroupPanel } from './GroupPanel';
import { Footer, KEYS_HELP } from './Footer';
import { App } from './App';
import { ColourContext } from './theme';
import { messageRow, lostRow } from '../printer/present';
import { FakeController, rtEcho, ifinfo, addrMsg, addrRoute, shown, T0 } from '../test-kit';
import type { GroupsView, Row } from '../types';

const h = React.createElement;
/**
 * Ink draws on its own schedule (React batches, a flush timer): a check is retried until the
 * screen shows what it expects, so a loaded machine only makes the test slower, never wrong.
 */
const settle = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 5 });
const KEY = { up: '\u001B[A', down: '\u001B[B', right: '\u001B[C', left: '\u001B[D', enter: '\r', escape: '\u001B', backspace: '\u007F' };

afterEach(() => cleanup());

const row = (m: Parameters<typeof shown>[0], seq: number | null, at = T0): Row => messageRow(shown(m, seq, at), { numeric: true });
const frame = (r: { lastFrame: () => string | undefined }) => r.lastFrame() ?? '';
const lines = (r: { lastFrame: () => string | undefined }) => frame(r).split('\n').map((l) => l.trimEnd());

const GROUPS: GroupsView = {
  groups: [
    {
      group: 'acctg',
      ipmpIf: 'ipmp0',
      members: [
        { name: 'net0', state: 'active', standby: false, running: true, testAddrs: ['10.0.0.20'] },
        { name: 'net1', state: 'inactive', standby: true, running: true, testAddrs: [] },
        { name: 'net2', state: 'failed', standby: false, running: false, testAddrs: [] },
        { name: 'net3', state: 'offline', standby: false, running: true, testAddrs: [] },
      ],
      data: [
        { lif: 'ipmp0', addr: '10.0.0.1', up: true, boundTo: 'net0' },
        { lif: 'ipmp0:1', addr: '10.0.0.2', up: false, boundTo: '' },
      ],
    },
  ],
};

describe('Header', () => {
  const base = { label: '/tmp/lab/state.db', mode: 'live' as const, aware: false, paused: false, queued: 0, counts: {}, total: 0, lost: 0, filter: '', width: 100 };
  it('shows the state file, the awareness, live and the counts per type', () => {
    const r = render(h(Header, base));
    expect(lines(r)).toEqual(['rtmon /tmp/lab/state.db  RTAW_DEFAULT  live', 'no messages yet  total 0', '─'.repeat(100)]);
    const r2 = render(h(Header, { ...base, aware: true, counts: { RTM_IFINFO: 2, RTM_ADD: 3 }, total: 5, lost: 90, filter: 'type=RTM_ADD' }));
    expect(lines(r2).slice(0, 2)).toEqual(['rtmon /tmp/lab/state.db  RTAW_UNDER_IPMP  live', 'ADD 3  IFINFO 2  total 5  lost 90  filter: type=RTM_ADD']);
  });
  it('shows pause with the queue, a replay and the source status', () => {
    expect(lines(render(h(Header, { ...base, paused: true, queued: 12 })))[0]).toBe('rtmon /tmp/lab/state.db  RTAW_DEFAULT   PAUSED 12 queued');
    expect(lines(render(h(Header, { ...base, mode: 'replay', label: 'r.jsonl', status: 'replay finished' })))[0]).toBe('rtmon replay r.jsonl  RTAW_DEFAULT  replay finished');
  });
});

describe('MessageList', () => {
  const rows = [
    row(rtEcho(RTM.ADD, '10.0.0.0', '192.168.1.1', '255.0.0.0', 1234, 1), 41, T0 + 1),
    lostRow(90, T0 + 2),
    row(ifinfo('net0', 2, 0x1000843), 132, T0 + 3),
    row(addrRoute(RTM.ADD, '192.168.1.10', '255.255.255.0', 2), null),
  ];
  it('draws one summary line per message and a highlighted gap row', () => {
    const r = render(h(MessageList, { visible: rows, selected: null, height: 10, width: 100 }));
    expect(lines(r).filter(Boolean)).toEqual([
      '     41 12:00:00.001 RTM_ADD 10.0.0.0 192.168.1.1 255.0.0.0 | len 124, pid: 1234, seq 1, errno 0, flags:<GATEWAY,DONE,STATIC>',
      '     !! 12:00:00.002 rtmon: 90 messages lost',
      '    132 12:00:00.003 RTM_IFINFO net0:2.8.20.4c.3a.10 | len 336, if# 2, flags:<UP,BROADCAST,RUNNING,MULTICAST,IPv4>',
      '   dump 12:00:00.000 RTM_ADD 192.168.1.10 255.255.255.0 | len 108, pid: 0, seq 0, errno 0, flags:<UP,DONE>',
    ].map((l) => (l.length > 100 ? `${l.slice(0, 99)}…` : l)));
  });
  it('shows the newest rows that fit, or a window around the selected one', () => {
    const many = Array.from({ length: 50 }, (_, i) => row(rtEcho(RTM.ADD, `10.${i}.0.0`, '127.0.0.1', '255.255.0.0'), i + 1));
    const tail = lines(render(h(MessageList, { visible: many, selected: null, height: 5, width: 100 })));
    expect(tail.map((l) => l.slice(0, 7).trim())).toEqual(['46', '47', '48', '49', '50']);
    const mid = lines(render(h(MessageList, { visible: many, selected: many[9].key, height: 5, width: 100 })));
    expect(mid.map((l) => l.slice(0, 7).trim())).toEqual(['8', '9', '10', '11', '12']);
  });
  it('says it is waiting when there is nothing', () => {
    expect(frame(render(h(MessageList, { visible: [], selected: null, height: 3, width: 60 })))).toContain('waiting for routing messages…');
  });
});

describe('Detail', () => {
  it('shows the whole route monitor text of the message', () => {
    const r = render(h(Detail, { row: row(addrMsg(RTM.NEWADDR, 'net0', 2, '192.168.1.10', '255.255.255.0'), 7), height: 10, width: 100 }));
    expect(lines(r).filter(Boolean)).toEqual([
      'message 7  2030-01-01T12:00:00.000Z  RTM_NEWADDR   (Esc/← closes, ↑↓ next)',
      'got message of size 320',
      'RTM_NEWADDR: address being brought up on iface: len 320, metric 0, flags:<UP>',
      'sockaddrs: <NETMASK,IFP,IFA,BRD>',
      ' 255.255.255.0 net0:2.8.20.4c.3a.10 192.168.1.10 default',
    ]);
    expect(frame(render(h(Detail, { row: lostRow(5, T0), height: 5, width: 80 })))).toContain('rtmon: 5 messages lost');
  });
});

describe('GroupPanel', () => {
  it('says when there are no IPMP groups', () => {
    expect(lines(render(h(GroupPanel, { view: { groups: [] }, width: 38, height: 5 }))).filter(Boolean)).toEqual(['IPMP groups', 'no IPMP groups']);
  });
  it('shows members with their state and where each data address is bound', () => {
    expect(lines(render(h(GroupPanel, { view: GROUPS, width: 38, height: 20 }))).filter(Boolean)).toEqual([
      'IPMP groups',
      'acctg  ipmp0',
      '  net0     active',
      '    test 10.0.0.20',
      '  net1     inactive (standby)',
      '  net2     failed (link down)',
      '  net3     offline',
      '  10.0.0.1 ipmp0  → net0',
      '  10.0.0.2 ipmp0:1 down  unbound',
    ]);
  });
});

describe('Footer', () => {
  it('shows the keys, the filter being edited, a notice or an error', () => {
    expect(lines(render(h(Footer, { editing: false, draft: '', width: 100 })))[1]).toBe(KEYS_HELP);
    expect(lines(render(h(Footer, { editing: true, draft: 'type=ADD', width: 120 })))[1]).toMatch(/^filter: type=ADD {3}Enter applies, Esc cancels/);
    expect(lines(render(h(Footer, { editing: true, draft: 'x', notice: { text: 'x: bad', error: true }, width: 100 })))[1]).toBe('filter: x   x: bad');
    expect(lines(render(h(Footer, { editing: false, draft: '', notice: { text: 'cleared', error: false }, width: 100 })))[1]).toBe('cleared');
  });
});

describe('hostile text', () => {
  const ESC = '\u001b]0;t\u0007\u009b';
  const raw = (text: string) => /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(text);
  it('shows control characters of group names, files, the filter and notices visibly', () => {
    const panel = render(h(GroupPanel, { view: { groups: [{ ...GROUPS.groups[0], group: `a${ESC}` }] }, width: 40, height: 12 }));
    expect(lines(panel)[1]).toBe('a^[]0;t^G\\302\\233  ipmp0');
    const head = render(h(Header, { label: `/tmp/s${ESC}.db`, mode: 'live', aware: false, paused: false, queued: 0, counts: {}, total: 0, lost: 0, filter: `if=${ESC}`, status: `x${ESC}`, width: 100 }));
    expect(lines(head).slice(0, 2)).toEqual(['rtmon /tmp/s^[]0;t^G\\302\\233.db  RTAW_DEFAULT  x^[]0;t^G\\302\\233', 'no messages yet  total 0  filter: if=^[]0;t^G\\302\\233']);
    const foot = render(h(Footer, { editing: true, draft: `a${ESC}`, notice: { text: `${ESC}: bad`, error: true }, width: 100 }));
    expect(lines(foot)[1]).toBe('filter: a^[]0;t^G\\302\\233   ^[]0;t^G\\302\\233: bad');
    const notice = render(h(Footer, { editing: false, draft: '', notice: { text: `n${ESC}`, error: false }, width: 100 }));
    expect(lines(notice)[1]).toBe('n^[]0;t^G\\302\\233');
    for (const r of [panel, head, foot, notice]) expect(raw(frame(r))).toBe(false);
  });
});

describe('App', () => {
  function app(c = new FakeController()) {
    const quits: number[] = [];
    const r = render(h(App, { controller: c, colour: false, groupsEveryMs: 20, flushEveryMs: 1, onQuit: () => quits.push(1) }));
    return { r, c, quits };
  }
  const some = () => [
    shown(rtEcho(RTM.ADD, '10.0.0.0', '127.0.0.1', '255.0.0.0'), 1),
    shown(ifinfo('net0', 2, 0x1000843), 2),
    shown(rtEcho(RTM.DELETE, '10.0.0.0', '127.0.0.1', '255.0.0.0'), 3),
  ];

  it('lays out header, list, side panel and keys, and lists messages as they come', async () => {
    const { r, c } = app();
    c.view = GROUPS;
    await settle(() => expect(lines(r)[3]).toMatch(/│ IPMP groups$/));
    c.pushMessages(some());
    await settle(() => {
      const l = lines(r);
      expect(l[0]).toBe('rtmon /tmp/lab/state.db  RTAW_DEFAULT  live');
      expect(l[1]).toBe('ADD 1  DELETE 1  IFINFO 1  total 3');
      expect(l[3]).toMatch(/^ {6}1 12:00:00\.000 RTM_ADD 10\.0\.0\.0 127\.0\.0\.1 255\.0\.0\.0 .*│ IPMP groups$/);
      expect(l[4]).toMatch(/^ {6}2 12:00:00\.000 RTM_IFINFO net0:2\.8\.20\.4c\.3a\.10 \| len .*│ acctg {2}ipmp0$/);
      expect(l[5]).toMatch(/RTM_DELETE.*│ {3}net0 {5}active$/);
      expect(l).toHaveLength(23); // 24-line terminal, one line spare
      expect(l[22]).toBe(KEYS_HELP);
    });
  });

  it('u toggles RTAW_UNDER_IPMP on the socket and says so', async () => {
    const { r, c } = app();
    r.stdin.write('u');
    await settle(() => {
      expect(c.awareOn).toBe(true);
      expect(lines(r)[0]).toContain('RTAW_UNDER_IPMP');
      expect(lines(r)[22]).toBe('RT_AWARE set to RTAW_UNDER_IPMP: interfaces under IPMP are shown');
    });
    r.stdin.write('u');
    await settle(() => {
      expect(c.awareOn).toBe(false);
      expect(lines(r)[0]).toContain('RTAW_DEFAULT');
    });
  });

  it('u in a replay explains that the awareness is fixed', async () => {
    const { r } = app(new FakeController('r.jsonl', 'replay'));
    r.stdin.write('u');
    await settle(() => expect(lines(r)[22]).toBe('a recording keeps the awareness it was made with'));
  });

  it('p pauses: messages queue, none lost, and appear in order on resume', async () => {
    const { r, c } = app();
    c.pushMessages(some().slice(0, 1));
    await settle(() => expect(lines(r)[1]).toBe('ADD 1  total 1'));
    r.stdin.write('p');
    await settle(() => expect(lines(r)[0]).toContain('PAUSED 0 queued'));
    c.pushMessages(some().slice(1));
    c.pushLost(4);
    await settle(() => expect(lines(r)[0]).toContain('PAUSED 3 queued'));
    expect(frame(r)).not.toContain('RTM_IFINFO');
    r.stdin.write('p');
    await settle(() => {
      const l = lines(r);
      expect(l[0]).toContain('live');
      expect(l[3]).toMatch(/^ {6}1 12:00:00\.000 RTM_ADD 10\.0\.0\.0 /);
      expect(l[4]).toMatch(/^ {6}2 12:00:00\.000 RTM_IFINFO net0:/);
      expect(l[5]).toMatch(/^ {6}3 12:00:00\.000 RTM_DELETE 10\.0\.0\.0 /);
      expect(l[6]).toMatch(/^ {5}!! 12:00:00\.000 rtmon: 4 messages lost/);
      expect(l[1]).toBe('ADD 1  DELETE 1  IFINFO 1  total 3  lost 4');
    });
  });

  it('f edits the filter: typing, backspace, Enter applies, errors keep the editor open', async () => {
    const { r, c } = app();
    c.pushMessages(some());
    await settle(() => expect(lines(r)[1]).toContain('total 3'));
    r.stdin.write('f');
    await settle(() => expect(lines(r)[22]).toMatch(/^filter: {2}/));
    for (const ch of 'bogus') r.stdin.write(ch);
    await settle(() => expect(lines(r)[22]).toMatch(/^filter: bogus/));
    r.stdin.write(KEY.enter);
    await settle(() => expect(lines(r)[22]).toBe('filter: bogus   bogus: not a message type, family or interface name'));
    for (let i = 0; i < 5; i++) r.stdin.write(KEY.backspace);
    for (const ch of 'ADD') r.stdin.write(ch);
    await settle(() => expect(lines(r)[22]).toMatch(/^filter: ADD/));
    r.stdin.write(KEY.enter);
    await settle(() => {
      expect(c.filter).toBe('ADD');
      const l = lines(r);
      expect(l[1]).toContain('filter: ADD');
      expect(l[3]).toMatch(/RTM_ADD/);
      expect(l[4]).not.toMatch(/RTM_/);
      expect(l[22]).toBe('filter: ADD');
    });
    r.stdin.write('f');
    await settle(() => expect(lines(r)[22]).toMatch(/^filter: ADD/));
    r.stdin.write(KEY.escape);
    await settle(() => expect(lines(r)[22]).toBe('filter unchanged'));
  });

  it('takes keys that arrive in one read one at a time (a paste, a script)', async () => {
    const { r, c } = app();
    c.pushMessages(some());
    await settle(() => expect(lines(r)[1]).toContain('total 3'));
    r.stdin.write('ftype=DELETE\r');
    await settle(() => {
      expect(c.filter).toBe('type=DELETE');
      expect(lines(r)[22]).toBe('filter: type=DELETE');
    });
    r.stdin.write('up');
    await settle(() => {
      expect(c.awareOn).toBe(true);
      expect(lines(r)[0]).toContain('PAUSED 0 queued');
    });
  });

  it('c clears the list and the counts', async () => {
    const { r, c } = app();
    c.pushMessages(some());
    await settle(() => expect(lines(r)[1]).toContain('total 3'));
    r.stdin.write('c');
    await settle(() => {
      expect(lines(r)[1]).toBe('no messages yet  total 0');
      expect(frame(r)).toContain('waiting for routing messages…');
    });
  });

  it('arrows select, Enter/→ expands the selected message, Esc/← collapses', async () => {
    const { r, c } = app();
    c.pushMessages(some());
    // Keys act on the list on the screen: wait until the messages are drawn.
    await settle(() => expect(lines(r)[5]).toMatch(/^ {6}3 12:00:00\.000 RTM_DELETE/));
    r.stdin.write(KEY.up);
    r.stdin.write(KEY.enter);
    await settle(() => {
      const l = lines(r);
      expect(l[3]).toMatch(/^message 2 {2}2030-01-01T12:00:00\.000Z {2}RTM_IFINFO/);
      expect(l[4]).toMatch(/^got message of size 336/);
      expect(l[5]).toMatch(/^RTM_IFINFO: iface status change: len 336, if# 2, flags:<UP,…│/); // cut at the list's width
    });
    r.stdin.write(KEY.up);
    await settle(() => expect(lines(r)[3]).toMatch(/^message 1 /));
    r.stdin.write(KEY.left);
    await settle(() => expect(lines(r)[3]).toMatch(/^ {6}1 12:00:00\.000 RTM_ADD/));
    r.stdin.write(KEY.right);
    await settle(() => expect(lines(r)[3]).toMatch(/^message 1 /));
    r.stdin.write(KEY.escape);
    await settle(() => expect(lines(r)[3]).toMatch(/^ {6}1 12:00:00\.000 RTM_ADD/));
  });

  it('q quits and stops the socket', async () => {
    const { r, c, quits } = app();
    r.stdin.write('q');
    await settle(() => {
      expect(c.stopped).toBe(true);
      expect(quits).toEqual([1]);
    });
  });

  it('follows the terminal size: side panel when wide, below the list when narrow', async () => {
    class Out extends EventEmitter {
      columns = 120;
      rows = 30;
      frames: string[] = [];
      write = (f: string) => {
        this.frames.push(f);
        return true;
      };
    }
    const out = new Out();
    const inp = Object.assign(new EventEmitter(), { isTTY: true, setRawMode() {}, setEncoding() {}, resume() {}, pause() {}, ref() {}, unref() {}, read: () => null });
    const c = new FakeController();
    c.view = GROUPS;
    const inst = inkRender(h(App, { controller: c, colour: false, groupsEveryMs: 20, flushEveryMs: 1 }), {
      stdout: out as unknown as NodeJS.WriteStream, stdin: inp as unknown as NodeJS.ReadStream, debug: true, exitOnCtrlC: false, patchConsole: false,
    });
    try {
      c.pushMessages(some());
      const last = () => out.frames[out.frames.length - 1]?.split('\n').map((x) => x.trimEnd()) ?? [];
      await settle(() => {
        expect(last()).toHaveLength(29);
        expect(last()[3]).toMatch(/│ IPMP groups/);
        expect(last().join('\n')).toContain('RTM_DELETE');
      });
      out.columns = 70;
      out.rows = 20;
      out.emit('resize');
      await settle(() => expect(last()).toHaveLength(19));
      const l = last();
      expect(l.every((x) => x.length <= 70)).toBe(true);
      expect(l.some((x) => x.includes('│'))).toBe(false);
      const panel = l.indexOf('IPMP groups');
      expect(panel).toBeGreaterThan(5);
      expect(l[panel - 1]).toBe('─'.repeat(70));
    } finally {
      inst.unmount();
      inst.cleanup();
    }
  });

  it('without colour (NO_COLOR) it draws no colour codes', async () => {
    const c = new FakeController();
    const r = render(h(ColourContext.Provider, { value: false }, h(App, { controller: c, colour: false, flushEveryMs: 1 })));
    c.pushMessages(some());
    c.pushLost(2);
    await settle(() => expect(frame(r)).toContain('lost 2'));
    expect(frame(r)).not.toMatch(/\u001B\[3[0-9]m|\u001B\[4[0-9]m|\u001B\[9[0-7]m/);
  });
});
