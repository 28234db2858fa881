// route(8): main() of illumos route.c. Options (getopt "R:nqdtvfpz:"), the zone, -f, then the
// sub-command. Each command is one transaction on the state file: its routing-socket writes,
// its persistent-file changes and the messages they cause commit together. Output is held
// until the transaction commits, except route monitor's, which streams.
import path from 'node:path';
import { AF_INET, AF_INET6, AF_LINK, ERRNO, hostFiles, openRtSocket } from '@ipmplab/core/syscalls';
import type { Kernel } from '@ipmplab/core/syscalls';
import { jsonText, openSession, runToolMain } from '@ipmplab/userland';
import type { Session, ToolIO } from '@ipmplab/userland';
import { defaultGlobals } from './context';
import type { Globals, RunCtx } from './context';
import { getopt } from './getopt';
import { K, keyword } from './keywords';
import { EXIT, GLOBAL_ZONENAME, MSG, PERM_FILE, QUIT, TEMP_FILE, TOOL } from './messages';
import { runMonitor } from './requests/monitor';
import type { MonitorRunOptions } from './requests/monitor';
import { Collected, Exit } from './output';
import type { Out } from './output';
import { saveRoute, showSavedRoutes } from './persist';
import { flushroutes, newroute } from './requests/commands';
import { kernelResolver, nameService } from './resolver';
import { usage } from './usage';

export interface RouteOptions {
  /** route monitor: how it runs inside the calling process (default: until SIGINT/SIGTERM). */
  monitor?: MonitorRunOptions;
}

/** Runs `body`, turning route.c's exit() (an Exit) into its status. */
function exits(body: () => number): number {
  try {
    return body();
  } catch (e) {
    if (e instanceof Exit) return e.code;
    throw e;
  }
}

interface Invocation {
  g: Globals;
  /** argv from the sub-command on (after -f's family word). */
  words: string[];
}

/** main() up to the socket: options, zone, persistent-file names, -f's family word. */
function parseCommandLine(argv: string[], json: boolean, out: Out): Invocation {
  if (argv.length < 1) usage(out);
  const g = defaultGlobals();
  g.json = json;
  const r = getopt(argv, 'R:nqdtvfpz:');
  if (r.error) {
    out.err(r.error);
    usage(out);
  }
  let zonename: string | undefined;
  for (const { opt, arg } of r.opts) {
    switch (opt) {
      case 'n': g.nflag = true; break;
      case 'q': g.qflag = true; break;
      case 'v': g.verbose = true; break;
      case 't': g.tflag = true; break;
      case 'd': g.debugonly = true; break;
      case 'f': g.fflag = true; break;
      case 'p': g.permFlag = true; break;
      case 'R': g.rootDir = arg; break;
      case 'z': zonename = arg; break;
    }
  }
  // do_zone(): a lab host has only the global zone; zone_get_state() of any other name fails
  // after getzoneidbyname() left EINVAL in errno.
  if (zonename !== undefined && zonename !== GLOBAL_ZONENAME) {
    out.err(MSG.quit(QUIT.zoneState, ERRNO.EINVAL));
    throw new Exit(ERRNO.EINVAL);
  }
  const root = g.rootDir;
  g.permFile = root === undefined ? PERM_FILE : path.posix.resolve('/', `${root}${PERM_FILE}`);
  g.tempFile = root === undefined ? TEMP_FILE : path.posix.resolve('/', `${root}${TEMP_FILE}`);
  g.updateTable = !g.permFlag || root === undefined;
  if (g.tflag) g.permFlag = false;
  let words = r.rest;
  if (g.fflag && words[0] !== undefined) {
    switch (keyword(words[0])) {
      case K.INET6:
        g.af = AF_INET6;
        g.earlyV6Keyword = true;
        words = words.slice(1);
        break;
      case K.INET:
        words = words.slice(1);
        break;
    }
  }
  return { g, words };
}

function runContext(session: Session, k: Kernel, g: Globals, sink: Collected): RunCtx {
  const records: unknown[] = [];
  return {
    g,
    host: {
      k, sock: openRtSocket(session.caller.pid), files: hostFiles(session.db, session.hostId()), privileged: session.caller.privileged,
      names: nameService, now: () => Math.floor(Date.now() / 1000),
    },
    names: kernelResolver(k),
    out: g.json ? () => undefined : (t) => sink.out(t),
    err: (t) => sink.err(t),
    records,
  };
}

/** main() from -f on, for every sub-command but monitor. */
function dispatch(ctx: RunCtx, words: string[]): number {
  const { g } = ctx;
  if (g.fflag) flushroutes(ctx, undefined);
  if (words[0] !== undefined) {
    switch (keyword(words[0])) {
      case K.GET:
      case K.CHANGE:
      case K.ADD:
      case K.DELETE: {
        let rval = 0;
        if (g.updateTable) rval = newroute(ctx, words);
        if (g.permFlag && (rval === 0 || rval === ERRNO.EEXIST || rval === ERRNO.ESRCH)) {
          saveRoute(ctx, words, false);
          return 0;
        }
        return rval;
      }
      case K.SHOW:
        if (g.permFlag) return showSavedRoutes(ctx, words.length);
        ctx.err(MSG.showRequiresP);
        throw new Exit(EXIT.USAGE);
      case K.FLUSH:
        flushroutes(ctx, words);
        return 0;
    }
  }
  if (!g.fflag) usage(ctx, words[0]);
  return 0;
}

/** One command in one transaction; output after the commit. */
function transaction(session: Session, g: Globals, io: ToolIO, body: (ctx: RunCtx) => number): number {
  const sink = new Collected();
  const code = session.run((k) => {
    const ctx = runContext(session, k, g, sink);
    const status = exits(() => body(ctx));
    if (g.json && ctx.records.length) sink.out(`${jsonText(ctx.records, undefined, 2)}\n`);
    return status;
  });
  sink.flushTo(io);
  return code;
}

/** rtmonitor(): the family word, the socket, then the loop. */
function monitor(session: Session, g: Globals, words: string[], io: ToolIO, opts: RouteOptions): number {
  const early = new Collected();
  let family = 0;
  const code = exits(() => {
    if (g.tflag) throw new Exit(EXIT.OK);
    if (words.length > 1) {
      const word = words[1];
      if (words.length === 2 && word.startsWith('-')) {
        switch (keyword(word.slice(1))) {
          case K.INET: g.af = AF_INET; break;
          case K.LINK: g.af = AF_LINK; break;
          case K.INET6: g.af = AF_INET6; break;
          default: usage(early, word);
        }
      } else {
        usage(early, word);
      }
      // socket(PF_ROUTE, SOCK_RAW, af): rts accepts only 0, AF_INET and AF_INET6.
      if (g.af === AF_LINK) {
        early.err(MSG.quit(QUIT.socket, ERRNO.EPROTONOSUPPORT));
        throw new Exit(ERRNO.EPROTONOSUPPORT);
      }
      family = g.af;
    }
    return -1;
  });
  early.flushTo(io);
  if (code !== -1) {
    session.close();
    return code;
  }
  return runMonitor(session, family, g.nflag, g.json, io, opts.monitor ?? {});
}

function run(argv: string[], state: string | undefined, host: string | undefined, json: boolean, io: ToolIO, opts: RouteOptions): number {
  const early = new Collected();
  let inv: Invocation | undefined;
  const code = exits(() => {
    inv = parseCommandLine(argv, json, early);
    return 0;
  });
  early.flushTo(io);
  if (!inv) return code;
  const { g, words } = inv;
  const session = openSession(state, io, host);
  if (keyword(words[0] ?? '') === K.MONITOR) {
    let status = 0;
    try {
      if (g.fflag) status = transaction(session, g, io, (ctx) => (flushroutes(ctx, undefined), 0));
    } catch (e) {
      session.close();
      throw e;
    }
    if (status !== 0) {
      session.close();
      return status;
    }
    return monitor(session, g, words, io, opts);
  }
  try {
    return transaction(session, g, io, (ctx) => dispatch(ctx, words));
  } finally {
    session.close();
  }
}

/** route(8). `opts` only matters to in-process callers of route monitor. */
export function routeMain(argv: string[], ioIn: ToolIO, opts: RouteOptions = {}): number {
  // Complaints echo the words typed (destinations, gateways, interface names): shown visibly.
  return runToolMain({ tool: TOOL, labOptionMessage: MSG.lab, labOptionExit: EXIT.USAGE }, argv, ioIn, (lab, io) =>
    run(lab.rest, lab.state, lab.host, lab.json, io, opts));
}
