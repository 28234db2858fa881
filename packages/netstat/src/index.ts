// @ipmplab/netstat: the netstat(8) clone, its grammar and its printers.
export { netstatMain, unsimulatedMode } from './main';
export { ChunkedWriter } from './printer/chunked-writer';
export { parseArgs, defaultOptions, OPTSTRING } from './grammar';
export type { NetstatOptions, ParseResult, Protocol } from './grammar';
export * from './filters';
export * from './names';
export * from './printer/routes';
export * from './printer/interfaces';
export { formatTimestamp } from './printer/timestamp';
export { MSG, EXIT, MODE, USAGE_TEXT, TOOL } from './messages';
