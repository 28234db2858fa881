// The terminal view's state as a pure reducer, so scrolling, pausing and clearing are tested
// without a terminal. Rows arrive ready to draw (see ../controller.ts).
import type { Row } from '../types';

/** Rows kept for scrolling back; older ones are dropped from the view (counts keep them). */
export const MAX_ROWS = 5_000;

export interface ViewState {
  rows: Row[];
  /** Rows that arrived while paused: shown, in order, on resume. */
  queued: Row[];
  paused: boolean;
  /** Key of the selected row; null follows the newest row. */
  selected: number | null;
  expanded: boolean;
  counts: Record<string, number>;
  total: number;
  lost: number;
  editing: boolean;
  draft: string;
  notice?: { text: string; error: boolean };
  /** The source's last word ("replay finished", "stopped: ..."). */
  status?: string;
}

export const initialView: ViewState = {
  rows: [],
  queued: [],
  paused: false,
  selected: null,
  expanded: false,
  counts: {},
  total: 0,
  lost: 0,
  editing: false,
  draft: '',
};

export type Action =
  | { type: 'arrive'; rows: Row[]; status?: string }
  | { type: 'pause' }
  | { type: 'clear' }
  /** Move the selection by delta within the visible (filtered) rows. */
  | { type: 'move'; delta: number; visible: number[] }
  | { type: 'home'; visible: number[] }
  | { type: 'end' }
  | { type: 'expand'; visible: number[] }
  | { type: 'collapse' }
  | { type: 'edit-start'; text: string }
  | { type: 'edit-input'; text: string }
  | { type: 'edit-backspace' }
  | { type: 'edit-end' }
  | { type: 'notice'; text: string; error?: boolean }
  | { type: 'reselect'; visible: number[] };

function admit(s: ViewState, rows: Row[]): ViewState {
  if (rows.length === 0) return s;
  const counts = { ...s.counts };
  let total = s.total;
  let lost = s.lost;
  for (const r of rows) {
    if (r.kind === 'lost') lost += r.count;
    else if (r.kind === 'message') {
      counts[r.typeName] = (counts[r.typeName] ?? 0) + 1;
      total++;
    }
  }
  let all = s.rows.concat(rows);
  if (all.length > MAX_ROWS) all = all.slice(all.length - MAX_ROWS);
  const selected = s.selected !== null && !all.some((r) => r.key === s.selected) ? null : s.selected;
  return { ...s, rows: all, counts, total, lost, selected };
}

export function reduce(s: ViewState, a: Action): ViewState {
  switch (a.type) {
    case 'arrive': {
      const next = a.status !== undefined ? { ...s, status: a.status } : s;
      if (s.paused) return a.rows.length ? { ...next, queued: next.queued.concat(a.rows) } : next;
      return admit(next, a.rows);
    }
    case 'pause':
      if (s.paused) return admit({ ...s, paused: false, queued: [] }, s.queued);
      return { ...s, paused: true };
    case 'clear':
      // Queued rows are not cleared: pausing promises that nothing is lost.
      return { ...s, rows: [], counts: {}, total: 0, lost: 0, selected: null, expanded: false };
    case 'move': {
      const v = a.visible;
      if (v.length === 0) return s;
      const at = s.selected === null ? v.length - 1 : Math.max(0, v.indexOf(s.selected));
      const to = Math.min(v.length - 1, Math.max(0, at + a.delta));
      // Moving onto the newest row goes back to following the tail.
      return { ...s, selected: to === v.length - 1 && !s.expanded ? null : v[to] };
    }
    case 'home':
      return a.visible.length ? { ...s, selected: a.visible[0] } : s;
    case 'end':
      return { ...s, selected: null };
    case 'expand': {
      if (s.expanded) return { ...s, expanded: false };
      if (a.visible.length === 0) return s;
      return { ...s, expanded: true, selected: s.selected ?? a.visible[a.visible.length - 1] };
    }
    case 'collapse':
      return { ...s, expanded: false };
    case 'edit-start':
      return { ...s, editing: true, draft: a.text, notice: undefined };
    case 'edit-input':
      return { ...s, draft: s.draft + a.text };
    case 'edit-backspace':
      return { ...s, draft: s.draft.slice(0, -1) };
    case 'edit-end':
      return { ...s, editing: false };
    case 'notice':
      return { ...s, notice: { text: a.text, error: !!a.error } };
    case 'reselect':
      // After a filter change the selected row may be hidden: follow the tail again.
      return s.selected !== null && !a.visible.includes(s.selected) ? { ...s, selected: null, expanded: false } : s;
  }
}

/** The slice of rows a list of `height` lines shows, with the selected row kept in view. */
export function windowOf(visible: Row[], selected: number | null, height: number): { start: number; rows: Row[]; cursor: number } {
  const n = visible.length;
  const h = Math.max(1, height);
  const cursor = selected === null ? n - 1 : visible.findIndex((r) => r.key === selected);
  const idx = cursor < 0 ? n - 1 : cursor;
  const start = selected === null ? Math.max(0, n - h) : Math.min(Math.max(0, idx - Math.floor(h / 2)), Math.max(0, n - h));
  return { start, rows: visible.slice(start, start + h), cursor: idx };
}
