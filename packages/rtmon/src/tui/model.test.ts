import { describe, it, expect } from 'vitest';
import { RTM } from '@ipmplab/core/testing';
import { reduce, initialView, windowOf, MAX_ROWS } from './model';
import { messageRow, lostRow } from '../printer/present';
import { rtEcho, shown } from '../test-kit';
import type { Row } from '../types';

const rows = (n: number, from = 1): Row[] =>
  Array.from({ length: n }, (_, i) => messageRow(shown(rtEcho(i % 2 ? RTM.DELETE : RTM.ADD, '10.0.0.0', '127.0.0.1', '255.0.0.0'), from + i), { numeric: true }));

describe('view state', () => {
  it('counts per type and keeps a bounded scrollback', () => {
    let s = reduce(initialView, { type: 'arrive', rows: [...rows(3), lostRow(7, 0)] });
    expect(s.counts).toEqual({ RTM_ADD: 2, RTM_DELETE: 1 });
    expect([s.total, s.lost, s.rows.length]).toEqual([3, 7, 4]);
    s = reduce(s, { type: 'arrive', rows: rows(MAX_ROWS + 5, 10) });
    expect(s.rows).toHaveLength(MAX_ROWS);
    expect(s.total).toBe(MAX_ROWS + 8);
  });

  it('pauses without losing anything and clears without touching the queue', () => {
    let s = reduce(initialView, { type: 'arrive', rows: rows(2) });
    s = reduce(s, { type: 'pause' });
    s = reduce(s, { type: 'arrive', rows: rows(3, 3) });
    s = reduce(s, { type: 'clear' });
    expect([s.rows.length, s.queued.length, s.total]).toEqual([0, 3, 0]);
    s = reduce(s, { type: 'pause' });
    expect(s.paused).toBe(false);
    expect(s.rows.map((r) => (r.kind === 'message' ? r.seq : 0))).toEqual([3, 4, 5]);
  });

  it('moves the selection over visible rows and returns to following the tail', () => {
    const r = rows(5);
    const visible = r.map((x) => x.key);
    let s = reduce(initialView, { type: 'arrive', rows: r });
    s = reduce(s, { type: 'move', delta: -2, visible });
    expect(s.selected).toBe(visible[2]);
    s = reduce(s, { type: 'move', delta: -10, visible });
    expect(s.selected).toBe(visible[0]);
    s = reduce(s, { type: 'move', delta: 10, visible });
    expect(s.selected).toBeNull();
    s = reduce(s, { type: 'home', visible });
    expect(s.selected).toBe(visible[0]);
    s = reduce(s, { type: 'end' });
    expect(s.selected).toBeNull();
    s = reduce(s, { type: 'expand', visible });
    expect([s.expanded, s.selected]).toEqual([true, visible[4]]);
    s = reduce(s, { type: 'collapse' });
    expect(s.expanded).toBe(false);
    s = reduce({ ...s, selected: visible[1] }, { type: 'reselect', visible: [visible[0]] });
    expect(s.selected).toBeNull();
  });

  it('edits the filter line', () => {
    let s = reduce(initialView, { type: 'edit-start', text: 'type=ADD' });
    s = reduce(s, { type: 'edit-backspace' });
    s = reduce(s, { type: 'edit-input', text: 'DD,IFINFO' });
    expect(s.draft).toBe('type=ADDD,IFINFO');
    s = reduce(s, { type: 'edit-end' });
    expect(s.editing).toBe(false);
  });

  it('windows the list around the selection', () => {
    const r = rows(20);
    expect(windowOf(r, null, 5).rows.map((x) => x.key)).toEqual(r.slice(15).map((x) => x.key));
    expect(windowOf(r, r[0].key, 5).start).toBe(0);
    expect(windowOf(r, r[10].key, 5).start).toBe(8);
    expect(windowOf(r, r[19].key, 5).start).toBe(15);
  });
});
