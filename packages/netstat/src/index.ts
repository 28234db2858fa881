// @ipmplab/netstat: the netstat(8) clone, its grammar and its printers.
export { netstatMain, ifNameToIndex, unsimulatedMode, ChunkedWriter } from './netstat';
export { parseArgs, defaultOptions, OPTSTRING } from './args';
export type { NetstatOptions, ParseResult, Protocol } from './args';
export * from './filters';
export * from './names';
export * from './routes-printer';
export * from './interfaces-printer';
export { formatTimestamp } from './timestamp';
export { MSG, EXIT, MODE, USAGE_TEXT, TOOL } from './messages';
