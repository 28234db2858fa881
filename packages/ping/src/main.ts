// ping(8): the lab options, the grammar (grammar.ts), the target through the host's name
// service, the socket's interface (-i), then the run (requests.ts). It runs on the lab's clock:
// under a manual clock a whole run of probes and waits is a few transactions (the waits are the
// lab's time passing), under the real clock each probe is one and the waits are real. An
// interrupt (SIGINT) ends a statistics run with finish()'s statistics, as ping.c's handler does;
// the default mode has no handler and dies of it (exit 130, nothing printed).
import { guard, openSession, takeLabOptions, useNamesOf, visStderr } from '@ipmplab/userland';
import type { Session, ToolIO } from '@ipmplab/userland';
import { parsePing } from './grammar';
import { EXIT, MSG, PING } from './messages';
import { PingRun, findInterface, resolveTarget } from './requests';
import type { Step } from './requests';

export interface PingHost {
  /** Aborted by SIGINT (bin.ts); tests abort it themselves. */
  signal?: AbortSignal;
}

/** Probes a manual-clock run sends per transaction before it lets signals in. */
const CHUNK = 256;
/** IP_MAXPACKET - (IPv4 header + ICMP header), IPv6 likewise with its 40-byte header. */
const MAX_DATA = { inet: 65535 - 20 - 8, inet6: 65535 - 40 - 8 } as const;
const SIGINT_EXIT = 130;

const sleep = (ms: number, signal?: AbortSignal) => new Promise<void>((resolve) => {
  if (signal?.aborted) return resolve();
  const t = setTimeout(done, ms);
  function done() {
    clearTimeout(t);
    signal?.removeEventListener('abort', done);
    resolve();
  }
  signal?.addEventListener('abort', done, { once: true });
});
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function pingMain(argv: string[], ioIn: ToolIO, host: PingHost = {}): Promise<number> {
  const io = visStderr(ioIn);
  const lab = takeLabOptions(argv);
  if (lab.error) {
    io.stderr(MSG.labOption(lab.error));
    return EXIT.FAILURE;
  }
  const parsed = parsePing(lab.rest, io.env);
  if (parsed.kind === 'error') {
    io.stderr(parsed.stderr);
    return parsed.exit;
  }
  const o = parsed.opts;
  let session: Session | undefined;
  let run: PingRun | undefined;
  const flush = () => {
    for (const w of run?.written.splice(0) ?? []) (w.stderr ? io.stderr : io.stdout)(w.text);
  };
  try {
    // Refusals of the state file and internal errors, worded as every tool words them.
    let setup: { run: PingRun; hostId: number } | undefined;
    const code = guard(PING, io, () => {
      useNamesOf(lab.state, io.env, lab.host);
      const target = resolveTarget(o.host, o.family);
      if (!target) {
        io.stderr(MSG.unknownHost(o.host));
        return EXIT.FAILURE;
      }
      if (o.datalen > MAX_DATA[target.family]) {
        io.stderr(MSG.tooLarge(target.family === 'inet' ? 'IPv4' : 'IPv6'));
        return EXIT.FAILURE;
      }
      session = openSession(lab.state, io, lab.host);
      const s = session;
      let ifname: string | undefined;
      if (o.iface !== undefined) {
        const found = s.view((k) => findInterface(k, target.family, o.iface!));
        const fam = target.family === 'inet' ? 'IPv4' : 'IPv6';
        if (found.none) io.stderr(MSG.noInterface(fam));
        else if (!found.name) io.stderr(MSG.invalidInterface(o.iface, fam));
        if (!found.name) return EXIT.FAILURE;
        ifname = found.name;
      }
      setup = { run: new PingRun(o, target, ifname), hostId: s.hostId() };
      return EXIT.OK;
    });
    // Assigned inside guard()'s closure, which the compiler does not follow.
    const ready = setup as { run: PingRun; hostId: number } | undefined;
    if (code !== EXIT.OK || !ready) return code;
    const { hostId } = ready;
    run = ready.run;
    const r = ready.run;
    r.start();
    flush();
    for (;;) {
      let step: Step | undefined;
      const status = guard(PING, io, () => {
        step = session!.runLab((l) => {
          for (let i = 0; i < CHUNK; i++) {
            const s = r.step(l, hostId);
            if (s.kind === 'done' || !PingRun.labWait(l, hostId, s.ms)) return s;
          }
          return undefined;
        });
        return EXIT.OK;
      });
      flush();
      if (status !== EXIT.OK) return status;
      if (step?.kind === 'done') return step.code;
      if (step?.kind === 'wait') await sleep(step.ms, host.signal);
      else await turn();
      if (host.signal?.aborted) {
        if (!o.stats) return SIGINT_EXIT;
        const end = r.finish();
        flush();
        return end.kind === 'done' ? end.code : EXIT.FAILURE;
      }
    }
  } finally {
    (session as Session | undefined)?.close();
  }
}
