// rtmon: options, then the source (a live routing socket or a recording), then one of two
// renderers: plain route-monitor lines / JSON, or the ink terminal view (loaded only when a
// person is looking at a terminal, so the plain path never pays for ink and react).
//
// Exit statuses and complaints: messages.ts.
import { openSession, visStderr, StateFileError } from '@ipmplab/userland';
import type { Session, ToolIO } from '@ipmplab/userland';
import { parseRtmon } from './grammar';
import { EXIT, MSG, RtmonFailure, USAGE_HINT } from './messages';
import type { RtmonOptions } from './grammar';
import { MessageFilter } from './filter';
import { interfaceIndexes } from './requests/groups';
import { LiveSource, ReplaySource, awarenessName } from './requests/source';
import type { Source } from './requests/source';
import { Recorder, RecordingError } from './record';
import { Pipeline } from './pipeline';
import { printEvents } from './printer/plain';
import { OutputClosed } from './stdout';
import { Controller } from './controller';
import type { MonitorController } from './types';

export interface TuiArgs {
  controller: MonitorController;
  colour: boolean;
  signal: AbortSignal;
}

export interface TuiModule {
  runTui(args: TuiArgs): Promise<number>;
}

export interface RtmonHost {
  io: ToolIO;
  /** Aborted on SIGINT / SIGTERM (or by a test): rtmon stops and exits 0. */
  signal?: AbortSignal;
  /** Loads the terminal view (dist/rtmon-tui.mjs); absent = plain output only. */
  loadTui?: () => Promise<TuiModule>;
}

/** NO_COLOR (no-color.org) and TERM=dumb turn colour off; the terminal view is only on a TTY anyway. */
export function wantsColour(io: ToolIO): boolean {
  return io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}

function errorExit(io: ToolIO, e: unknown): number {
  if (e instanceof OutputClosed) return EXIT.PIPE;
  if (e instanceof RecordingError || e instanceof StateFileError || e instanceof RtmonFailure) {
    io.stderr(`rtmon: ${e.message}\n`);
    return EXIT.FAILED;
  }
  const err = e as Error & { code?: string };
  if (err?.code === 'SQLITE_BUSY') {
    io.stderr(`rtmon: ${MSG.busy}\n`);
    return EXIT.FAILED;
  }
  io.stderr(`rtmon: ${MSG.internal(err?.message ?? String(e))}\n`);
  if (io.env.IPMPLAB_DEBUG === '1' && err?.stack) io.stderr(`${err.stack}\n`);
  return EXIT.INTERNAL;
}

function openSource(opts: RtmonOptions, io: ToolIO): { source: Source; session?: Session } {
  if (opts.replay) return { source: new ReplaySource(opts.replay, { fast: opts.fast, family: opts.family }) };
  const session = openSession(opts.state, io, opts.host);
  try {
    return {
      session,
      source: new LiveSource(session, { aware: opts.underIpmp, family: opts.family, since: opts.since, dump: opts.dump, pollMs: opts.pollMs }),
    };
  } catch (e) {
    session.close();
    throw e;
  }
}

/** Plain lines until stopped; resolves with the exit status. */
function runPlain(source: Source, pipeline: Pipeline, opts: RtmonOptions, io: ToolIO, signal?: AbortSignal): Promise<number> {
  return new Promise((resolve) => {
    let shown = 0;
    let finished = false;
    const finish = (code: number) => {
      if (finished) return;
      finished = true;
      source.stop();
      signal?.removeEventListener('abort', onAbort);
      resolve(code);
    };
    const onAbort = () => finish(EXIT.OK);
    if (signal?.aborted) return finish(EXIT.OK);
    signal?.addEventListener('abort', onAbort);
    source.start(
      (events) => {
        if (finished) return;
        try {
          const out = pipeline.pass(events, opts.count === undefined ? Infinity : opts.count - shown);
          shown += printEvents(out, opts, io);
          if (opts.count !== undefined && shown >= opts.count) finish(EXIT.OK);
        } catch (e) {
          finish(errorExit(io, e));
        }
      },
      (error) => finish(error === undefined ? EXIT.OK : errorExit(io, error)),
    );
  });
}

export async function rtmonMain(argv: string[], host: RtmonHost): Promise<number> {
  // Complaints echo the words typed (option values, file names): shown visibly.
  const io = visStderr(host.io);
  const parsed = parseRtmon(argv);
  if (parsed.kind === 'usage') {
    io.stderr(`rtmon: ${parsed.message}\n${USAGE_HINT}\n`);
    return EXIT.USAGE;
  }
  if (parsed.kind === 'help') {
    io.stdout(`${parsed.text}\n`);
    return EXIT.OK;
  }
  const opts = parsed.opts;
  let source: Source | undefined;
  let session: Session | undefined;
  let recorder: Recorder | undefined;
  try {
    ({ source, session } = openSource(opts, io));
    const known = source.inspect((k) => interfaceIndexes(k)) ?? [];
    const filter = new MessageFilter({ types: opts.types, iface: opts.iface }, known);
    if (opts.record) {
      recorder = new Recorder(opts.record, {
        source: source.label,
        aware: awarenessName(source.aware()),
        family: opts.family ?? 'any',
      });
    }
    let mod: TuiModule | undefined;
    if (io.isTTY && !opts.plain && !opts.json && host.loadTui) {
      try {
        mod = await host.loadTui();
      } catch (e) {
        io.stderr(`rtmon: ${MSG.noTui((e as Error)?.message ?? String(e))}\n`);
      }
    }
    if (mod) {
      let failure: unknown;
      const controller = new Controller(source, filter, { numeric: opts.numeric, recorder, onDone: (e) => (failure = e) });
      const code = await mod.runTui({ controller, colour: wantsColour(io), signal: host.signal ?? new AbortController().signal });
      controller.stop();
      return failure !== undefined ? errorExit(io, failure) : code;
    }
    return await runPlain(source, new Pipeline(filter, recorder), opts, io, host.signal);
  } catch (e) {
    return errorExit(io, e);
  } finally {
    source?.stop();
    recorder?.close();
    session?.close();
  }
}
