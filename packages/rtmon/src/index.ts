// @ipmplab/rtmon: the live routing-socket monitor. bin.ts is the process entry (plain path,
// no ink); tui/ the ink view (its own ESM bundle). Exported here for tests; pnpm bench's
// measurements live in ../bench/.
export * from './grammar';
export * from './filter';
export * from './types';
export * from './printer/present';
export * from './printer/json';
export * from './record';
export * from './requests/groups';
export * from './requests/source';
export * from './pipeline';
export * from './printer/plain';
export * from './controller';
export * from './main';
export * from './messages';
export { App, useTerminalSize, PANEL_WIDTH, SIDE_PANEL_MIN_COLUMNS } from './tui/App';
export type { AppProps, Size } from './tui/App';
export { Header } from './tui/Header';
export { MessageList } from './tui/MessageList';
export { Detail } from './tui/Detail';
export { GroupPanel, groupLines } from './tui/GroupPanel';
export { Footer, KEYS_HELP } from './tui/Footer';
export { reduce, initialView, windowOf, MAX_ROWS } from './tui/model';
export type { ViewState, Action } from './tui/model';
export { runTui } from './tui/entry';
