// Persistent routes (route -p): route.c save_route(), search_rtfile(), write_to_rtfile(),
// compare_rtcmd() and show_saved_routes() over <root>/etc/inet/static_routes, a file of the
// simulated host (it lives in the state file and shares the command's transaction).
import { RTM, ERRNO, AF_INET, AF_INET6 } from '@ipmplab/core/syscalls';
import { vis } from '@ipmplab/userland';
import type { RunCtx } from './context';
import { argsToRtcmd, internalError, newRtcmd } from './grammar';
import type { Rtcmd } from './grammar';
import { EXIT, MSG, PERM_HEADER, PERM_MODE, QUIT } from './messages';
import { Exit } from './output';
import { formatRtcmdShort } from './printer/commands';
import { suEqual } from './sockunion';

/** BUF_SIZE of route.c: file lines and the line written are at most this long. */
const BUF_SIZE = 2048;

const Mode = { NULL: 0, PRINT: 1, DEL: 2 } as const;
type Mode = (typeof Mode)[keyof typeof Mode];

/** fgets(buf, BUF_SIZE) over the file: lines with their newline, long ones in 2047-byte pieces. */
export function fgetsLines(content: string): string[] {
  const lines: string[] = [];
  let i = 0;
  while (i < content.length) {
    const nl = content.indexOf('\n', i);
    let end = nl < 0 ? content.length : nl + 1;
    if (end - i > BUF_SIZE - 1) end = i + BUF_SIZE - 1;
    lines.push(content.slice(i, end));
    i = end;
  }
  return lines;
}

/** strtok() with route.c's white space. */
export function strtokWords(line: string): string[] {
  return line.split(/[\f\n\r\t\v ]+/).filter((w) => w !== '');
}

/** compare_rtcmd(): same destination text, same mask bytes, and the gateway text if one was given. */
function compareRtcmd(srch: Rtcmd, file: Rtcmd): boolean {
  if ((srch.destStr ?? '') !== (file.destStr ?? '') || !suEqual(srch.mask, file.mask)) return false;
  return srch.gateStr === undefined || srch.gateStr === file.gateStr;
}

/**
 * search_rtfile(): the number of lines matching `rt` (or, without one, of the global family).
 * PRINT prints each match as `persistent: route add ...`; DEL prints `delete persistent ...`
 * for each and returns the lines to keep (comments, and valid lines that do not match).
 */
function searchRtfile(ctx: RunCtx, content: string, rt: Rtcmd | undefined, mode: Mode): { count: number; kept: string } {
  let count = 0;
  let kept = '';
  for (const chunk of fgetsLines(content)) {
    const fileLine = `add ${chunk}`;
    if (chunk[0] === '#' || chunk[0] === '\n') {
      if (mode === Mode.DEL) kept += chunk;
      continue;
    }
    const thisrt = newRtcmd(ctx.g.af);
    thisrt.af = AF_INET;
    ctx.g.exitOnError = false;
    if (!argsToRtcmd(ctx, thisrt, strtokWords(fileLine))) continue;
    ctx.g.exitOnError = true;
    if (thisrt.gateStr === undefined) continue;
    const match = rt === undefined ? thisrt.af === ctx.g.af : compareRtcmd(rt, thisrt);
    if (match) count++;
    if (match && mode === Mode.PRINT) {
      // The line as the file has it (tabs and all), any other control character shown visibly.
      ctx.out(`persistent: route ${vis(fileLine, '\t\n')}`);
      if (ctx.g.json) ctx.records.push({ persistent: `route ${fileLine.replace(/\n$/, '')}` });
    }
    if (match && mode === Mode.DEL) {
      thisrt.cmd = RTM.DELETE;
      ctx.out(`${formatRtcmdShort(thisrt, false, true, ctx.g.nflag)}\n`);
      if (ctx.g.json) ctx.records.push({ command: 'delete', persistent: true, line: chunk.replace(/\n$/, '') });
    }
    if (!match && mode === Mode.DEL) kept += chunk;
  }
  return { count, kept };
}

/** write_to_rtfile(): the words after the command, space-separated, as one line. */
function fileLineFor(ctx: RunCtx, args: readonly string[]): string {
  let line = ctx.g.earlyV6Keyword ? '-inet6 ' : '';
  let len = Buffer.byteLength(line);
  for (const a of args) {
    if (len >= BUF_SIZE) break;
    line += `${a} `;
    len += Buffer.byteLength(a) + 1;
  }
  if (len >= BUF_SIZE) internalError(ctx);
  return `${line.slice(0, -1)}\n`;
}

/** open(perm_file, O_RDWR | O_CREAT, 0644): the file's text, written with its header when empty. */
function openRouteFile(ctx: RunCtx): string {
  const { files } = ctx.host;
  if (!ctx.host.privileged && ctx.g.rootDir === undefined) {
    // /etc/inet belongs to root.
    ctx.err(MSG.quit(QUIT.openRouteFile, ERRNO.EACCES));
    throw new Exit(ERRNO.EACCES);
  }
  let content = files.read(ctx.g.permFile) ?? '';
  if (content.length === 0) {
    content = PERM_HEADER;
    files.write(ctx.g.permFile, content, PERM_MODE);
  }
  return content;
}

/** rename(temp_file, perm_file) */
function replaceFile(ctx: RunCtx, kept: string): void {
  ctx.host.files.write(ctx.g.permFile, kept, PERM_MODE);
  ctx.host.files.remove(ctx.g.tempFile);
}

/**
 * save_route(): apply the command in `words` (from the command word on) to the file, or with
 * `flush` remove every route of the global family.
 */
export function saveRoute(ctx: RunCtx, words: readonly string[] | undefined, flush: boolean): void {
  const content = openRouteFile(ctx);
  let rt: Rtcmd | undefined;
  if (!flush) {
    rt = newRtcmd(ctx.g.af);
    argsToRtcmd(ctx, rt, words!);
  }
  const short = (r: Rtcmd) => formatRtcmdShort(r, false, true, ctx.g.nflag);
  if (flush) {
    const { kept } = searchRtfile(ctx, content, undefined, Mode.DEL);
    replaceFile(ctx, kept);
    return;
  }
  switch (rt!.cmd) {
    case RTM.ADD: {
      if (searchRtfile(ctx, content, rt, Mode.NULL).count > 0) {
        ctx.err(`${short(rt!)}${MSG.entryExists}`);
        if (ctx.g.json) ctx.records.push({ command: 'add', persistent: true, destination: rt!.destStr, gateway: rt!.gateStr ?? null, error: 'entry exists' });
        throw new Exit(EXIT.USAGE);
      }
      const line = fileLineFor(ctx, words!.slice(1));
      ctx.host.files.write(ctx.g.permFile, content + line, PERM_MODE);
      ctx.out(`${short(rt!)}\n`);
      if (ctx.g.json) ctx.records.push({ command: 'add', persistent: true, line: line.replace(/\n$/, '') });
      return;
    }
    case RTM.CHANGE:
      if (ctx.g.exitOnError) {
        ctx.err(MSG.changeWithP);
        throw new Exit(EXIT.USAGE);
      }
      // syntax_error() returns while exit_on_error is off: route.c goes on into the delete case.
      deleteFromFile(ctx, content, rt!);
      return;
    case RTM.DELETE:
      deleteFromFile(ctx, content, rt!);
      return;
    case RTM.GET:
      if (searchRtfile(ctx, content, rt, Mode.PRINT).count <= 0) {
        ctx.out(`${short(rt!)}${MSG.notInFile}`);
        if (ctx.g.json) ctx.records.push({ command: 'get', persistent: true, destination: rt!.destStr, gateway: rt!.gateStr ?? null, error: 'not in file' });
      }
      return;
    default:
      internalError(ctx);
  }
}

/** save_route()'s delete: every matching line goes; none is an error (exit 1). */
function deleteFromFile(ctx: RunCtx, content: string, rt: Rtcmd): void {
  const { count, kept } = searchRtfile(ctx, content, rt, Mode.DEL);
  if (count <= 0) {
    // fopen(temp_file, "w") happened; the temporary file stays behind.
    ctx.host.files.write(ctx.g.tempFile, kept, PERM_MODE);
    ctx.err(`${formatRtcmdShort(rt, false, true, ctx.g.nflag)}${MSG.notInFile}`);
    if (ctx.g.json) ctx.records.push({ command: 'delete', persistent: true, destination: rt.destStr, gateway: rt.gateStr ?? null, error: 'not in file' });
    throw new Exit(EXIT.USAGE);
  }
  replaceFile(ctx, kept);
}

/** show_saved_routes(): the IPv4 routes, then the IPv6 ones, of the file. */
export function showSavedRoutes(ctx: RunCtx, argc: number): number {
  if (argc !== 1 && ctx.g.exitOnError) {
    ctx.err(MSG.invalidShowArgs);
    throw new Exit(EXIT.USAGE);
  }
  const content = ctx.host.files.read(ctx.g.permFile);
  if (content === undefined) {
    ctx.out(MSG.noPersistentRoutes);
    return 0;
  }
  let count = searchRtfile(ctx, content, undefined, Mode.PRINT).count;
  ctx.g.af = AF_INET6;
  count += searchRtfile(ctx, content, undefined, Mode.PRINT).count;
  if (count === 0) ctx.out(MSG.noPersistentRoutes);
  return 0;
}
