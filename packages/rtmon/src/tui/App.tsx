// The terminal view: header, message list (or the selected message expanded), the IPMP group
// panel beside it (below it on a narrow terminal), and the key line. It follows the terminal's
// size and redraws on resize.
import React, { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Box, Text, useApp, useInput, useStdout } from 'ink';
import type { Key } from 'ink';
import type { GroupsView, MonitorController, Row } from '../types';
import { reduce, initialView } from './model';
import { Header } from './Header';
import { MessageList } from './MessageList';
import { Detail } from './Detail';
import { GroupPanel, groupLines } from './GroupPanel';
import { Footer } from './Footer';
import { ColourContext } from './theme';

export interface Size {
  columns: number;
  rows: number;
}

/** The terminal's size, updated on 'resize'. */
export function useTerminalSize(): Size {
  const { stdout } = useStdout();
  const read = () => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState<Size>(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}

export interface AppProps {
  controller: MonitorController;
  colour: boolean;
  /** How often the group panel is refreshed (ms). */
  groupsEveryMs?: number;
  /** Arriving rows are drawn at most this often (ms): a burst is one redraw, not hundreds. */
  flushEveryMs?: number;
  /** Called when the user quits (q, Ctrl-C). */
  onQuit?: () => void;
}

/** Side panel width when there is room for it. */
export const PANEL_WIDTH = 38;
export const SIDE_PANEL_MIN_COLUMNS = 100;

export function App({ controller, colour, groupsEveryMs = 500, flushEveryMs = 40, onQuit }: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const [state, dispatch] = useReducer(reduce, initialView);
  const [filterVersion, setFilterVersion] = useState(0);
  const [aware, setAware] = useState(controller.aware());
  const [groups, setGroupsState] = useState<GroupsView | undefined>(() => controller.groups());
  // Redraw the panel only when it changed (an idle monitor should not redraw at all).
  const setGroups = (next: GroupsView | undefined) =>
    setGroupsState((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
  // Keys can arrive faster than React renders (a paste, or 'f' and the filter in one read): the
  // editor's mode and text are kept here too, so every key sees the effect of the one before.
  const editor = useRef({ editing: false, draft: '' });

  useEffect(() => {
    let pending: Row[] = [];
    let status: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    let lastGroups = 0;
    const flush = () => {
      timer = undefined;
      const rows = pending;
      pending = [];
      dispatch({ type: 'arrive', rows, status });
      // Messages mean the interfaces may have changed: refresh the panel (not more than 4/s).
      if (rows.length && Date.now() - lastGroups > 250) {
        lastGroups = Date.now();
        setGroups(controller.groups());
      }
    };
    const unsubscribe = controller.subscribe((rows, st) => {
      pending = pending.length ? pending.concat(rows) : rows;
      if (st !== undefined) status = st;
      timer ??= setTimeout(flush, flushEveryMs);
    });
    const t = setInterval(() => setGroups(controller.groups()), groupsEveryMs);
    return () => {
      unsubscribe();
      clearInterval(t);
      if (timer) clearTimeout(timer);
    };
  }, [controller, groupsEveryMs, flushEveryMs]);

  const visible = useMemo(() => state.rows.filter((r) => controller.shows(r)), [state.rows, filterVersion, controller]);
  // Keys act on the list as last drawn. ink re-subscribes the key handler in an effect that runs
  // after the frame is drawn, so a key pressed in between would reach the previous render's
  // handler and its stale list: the handler reads the list through a ref instead.
  const drawn = useRef(visible);
  drawn.current = visible;
  const keys = () => drawn.current.map((r) => r.key);

  const quit = () => {
    controller.stop();
    onQuit?.();
    exit();
  };

  // Layout: header 3 lines, footer 2, one line spare so the terminal never scrolls.
  const height = Math.max(6, size.rows - 1);
  const bodyHeight = Math.max(1, height - 5);
  const side = size.columns >= SIDE_PANEL_MIN_COLUMNS;
  const panelLines = groupLines(groups).length;
  const listWidth = side ? size.columns - PANEL_WIDTH - 2 : size.columns;
  const belowHeight = side ? 0 : Math.min(panelLines, Math.max(2, Math.floor(bodyHeight / 3)));
  const listHeight = side ? bodyHeight : Math.max(1, bodyHeight - belowHeight - 1);
  const page = Math.max(1, listHeight - 1);

  const handle = (input: string, key: Key): void => {
    const ed = editor.current;
    if (ed.editing) {
      if (key.return) {
        const err = controller.setFilter(ed.draft);
        if (err) {
          dispatch({ type: 'notice', text: err, error: true });
          return;
        }
        ed.editing = false;
        dispatch({ type: 'edit-end' });
        setFilterVersion((v) => v + 1);
        dispatch({ type: 'notice', text: `filter: ${controller.filterText() || 'none (everything shown)'}` });
        return;
      }
      if (key.escape) {
        ed.editing = false;
        dispatch({ type: 'edit-end' });
        dispatch({ type: 'notice', text: 'filter unchanged' });
        return;
      }
      if (key.backspace || key.delete) {
        ed.draft = ed.draft.slice(0, -1);
        dispatch({ type: 'edit-backspace' });
        return;
      }
      if (key.ctrl && input === 'c') return quit();
      if (input && !key.ctrl && !key.meta && !key.upArrow && !key.downArrow && !key.leftArrow && !key.rightArrow && !key.tab) {
        ed.draft += input;
        dispatch({ type: 'edit-input', text: input });
      }
      return;
    }
    if (input === 'q' || (key.ctrl && input === 'c')) return quit();
    if (input === 'u') {
      const err = controller.toggleAware();
      if (err) dispatch({ type: 'notice', text: err, error: true });
      else {
        const now = controller.aware();
        setAware(now);
        dispatch({ type: 'notice', text: `RT_AWARE set to ${now ? 'RTAW_UNDER_IPMP: interfaces under IPMP are shown' : 'RTAW_DEFAULT: interfaces under IPMP are hidden'}` });
      }
      return;
    }
    if (input === 'p') {
      dispatch({ type: 'pause' });
      return;
    }
    if (input === 'f') {
      editor.current = { editing: true, draft: controller.filterText() };
      dispatch({ type: 'edit-start', text: editor.current.draft });
      return;
    }
    if (input === 'c') {
      dispatch({ type: 'clear' });
      dispatch({ type: 'notice', text: 'cleared' });
      return;
    }
    if (key.upArrow || input === 'k') return dispatch({ type: 'move', delta: -1, visible: keys() });
    if (key.downArrow || input === 'j') return dispatch({ type: 'move', delta: 1, visible: keys() });
    if (key.pageUp) return dispatch({ type: 'move', delta: -page, visible: keys() });
    if (key.pageDown) return dispatch({ type: 'move', delta: page, visible: keys() });
    if (key.home || input === 'g') return dispatch({ type: 'home', visible: keys() });
    if (key.end || input === 'G') return dispatch({ type: 'end' });
    if (key.return || key.rightArrow) return dispatch({ type: 'expand', visible: keys() });
    if (key.leftArrow || key.escape) return dispatch({ type: 'collapse' });
  };

  useInput((input, key) => {
    // Plain text that arrived in one read (typed fast, pasted, or sent by a script) is taken one
    // key at a time, Enter and Backspace included.
    if (input.length > 1 && !key.ctrl && !key.meta && !input.includes('\u001B')) {
      const none = Object.fromEntries(Object.keys(key).map((k) => [k, false])) as unknown as Key;
      for (const ch of input) {
        if (ch === '\r' || ch === '\n') handle('', { ...none, return: true });
        else if (ch === '\u007F' || ch === '\b') handle('', { ...none, backspace: true });
        else handle(ch, none);
      }
      return;
    }
    handle(input, key);
  });

  useEffect(() => {
    dispatch({ type: 'reselect', visible: visible.map((r) => r.key) });
  }, [filterVersion]);

  const selectedRow = state.expanded
    ? visible.find((r) => r.key === (state.selected ?? visible[visible.length - 1]?.key))
    : undefined;
  const body = state.expanded ? (
    <Detail row={selectedRow} height={listHeight} width={listWidth} />
  ) : (
    <MessageList visible={visible} selected={state.selected} height={listHeight} width={listWidth} />
  );

  return (
    <ColourContext.Provider value={colour}>
      <Box flexDirection="column" width={size.columns} height={height}>
        <Header
          label={controller.label}
          mode={controller.mode}
          aware={aware}
          paused={state.paused}
          queued={state.queued.length}
          counts={state.counts}
          total={state.total}
          lost={state.lost}
          filter={controller.filterText()}
          status={state.status}
          width={size.columns}
        />
        {side ? (
          <Box height={bodyHeight}>
            {body}
            <Box width={2} height={bodyHeight} flexDirection="column">
              <Text dimColor>{'│\n'.repeat(bodyHeight).trimEnd()}</Text>
            </Box>
            <GroupPanel view={groups} width={PANEL_WIDTH} height={bodyHeight} />
          </Box>
        ) : (
          <Box flexDirection="column" height={bodyHeight}>
            {body}
            <Text dimColor>{'─'.repeat(size.columns)}</Text>
            <GroupPanel view={groups} width={size.columns} height={belowHeight} />
          </Box>
        )}
        <Footer editing={state.editing} draft={state.draft} notice={state.notice} width={size.columns} />
      </Box>
    </ColourContext.Provider>
  );
}
