// `ipmplab import [--host H] FILE...`: a host rebuilt from what an administrator captured on a
// real one. Every file is read and parsed first (import/index.ts); a file none of whose shape is
// known, or a capture cut off mid-line, is refused in one line before anything changes. Then the
// host becomes a new machine with the captured datalinks (core renewHost, in one transaction),
// and the plan (plan.ts) is run through the commands an administrator would type, each echoed as
// "+ LINE" as reboot and topologies echo theirs. At the end: every line no parser understood,
// what the lab does not reproduce (a line that failed included), and where the host's own
// `ifconfig -a` differs from the capture. Exit 0 once the host was renewed; 1 only for a
// refusal, which changes nothing.
import fs from 'node:fs';
import { renewHost } from '@ipmplab/core/lab';
import { STATIC_ROUTES_PATH } from '@ipmplab/core/store';
import { fileErrorText, openSession, readStdin, vis, withIO, withSharedSessions } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import { ioctl } from '@ipmplab/core/syscalls';
import { EXIT, errorText } from '../messages';
import { runToolLine } from '../requests/batch';
import type { ToolMain } from '../requests/tools';
import { TOOLS } from '../requests/tools';
import { bootIpmgmtd } from '../requests/boot-ipmgmtd';
import { ifconfigLines } from '../export/ifconfig-form';
import { parseCapture } from '../capture/index';
import type { Capture, CapturedLif } from '../capture/model';
import { planImport } from './plan';

/** At most this much per file: captures are screens of text, not archives. */
const MAX_BYTES = 8 << 20;

interface Read {
  file: string;
  captures: Capture[];
}

/** Reads and parses every file (`-` is standard input); a refusal's text, or what they hold. */
function readAll(io: ToolIO, files: string[]): { error: string } | { read: Read[] } {
  const read: Read[] = [];
  for (const file of files) {
    let text: string;
    try {
      if (file !== '-' && fs.statSync(file).size > MAX_BYTES) return { error: errorText('importTooLarge', { file, max: MAX_BYTES }) };
      text = file === '-' ? readStdin(io) : fs.readFileSync(file, 'utf8');
      if (text.length > MAX_BYTES) return { error: errorText('importTooLarge', { file, max: MAX_BYTES }) };
    } catch (e) {
      return { error: errorText('importUnreadable', { file, reason: fileErrorText(e) }) };
    }
    const captures = parseCapture(file, text);
    if (captures.length === 0) return { error: errorText('importUnknown', { file }) };
    for (const c of captures) {
      const cut = c.unparsed.find((u) => /truncat|cut/i.test(u.why));
      if (cut) return { error: errorText('importTruncated', { file, line: cut.line }) };
    }
    read.push({ file, captures });
  }
  return { read };
}

/** The host's own ifconfig -a, parsed as a capture is. */
function labLifs(io: ToolIO, statePath: string, host: string): CapturedLif[] {
  const out: string[] = [];
  TOOLS.ifconfig()(['-a', '--host', host, '--state', statePath], { env: io.env, stdout: (t) => out.push(t), stderr: () => undefined, isTTY: false });
  return parseCapture('ifconfig-a', out.join('')).flatMap((c) => c.lifs);
}

/** Where the lab's interface differs from the captured one, in words. */
function differences(captured: CapturedLif[], lab: CapturedLif[]): string[] {
  const out: string[] = [];
  for (const c of captured) {
    if (c.name === 'lo0') continue;
    const l = lab.find((x) => x.name === c.name && x.family === c.family);
    if (!l) {
      out.push(`${c.name} (${c.family}): not in the lab`);
      continue;
    }
    const fields: [string, unknown, unknown][] = [['address', c.address, l.address], ['prefix', c.prefixlen, l.prefixlen], ['flags', c.flags.join(','), l.flags.join(',')],
      ['mtu', c.mtu, l.mtu], ['index', c.index, l.index], ['group', c.group ?? '', l.group ?? ''], ['ether', c.ether, l.ether]];
    for (const [what, want, got] of fields) if (want !== undefined && want !== got) out.push(`${c.name} (${c.family}): ${what} ${String(got)} where the capture has ${String(want)}`);
  }
  return out;
}

export function runImport(io: ToolIO, statePath: string, hostOption: string | undefined, files: string[], lab: ToolMain, realNow: () => number = Date.now): number {
  // A file named twice is one capture.
  const r = readAll(io, [...new Set(files)]);
  if ('error' in r) {
    io.stderr(`ipmplab: ${vis(r.error)}\n`);
    return EXIT.FAILED;
  }
  return withSharedSessions(() => {
    const session = openSession(statePath, io, hostOption);
    let host: string;
    let release: 'illumos' | 'solaris11';
    try {
      host = session.hostName();
      release = session.view((k) => ioctl(k, 'UNAME', {}).distribution);
      const plan = planImport(r.read.flatMap((x) => x.captures), release, host);
      if (plan.links.length === 0) {
        io.stderr(`ipmplab: ${errorText('importNothing', { files: files.join(' ') })}\n`);
        return EXIT.FAILED;
      }
      session.runLab((t) => renewHost(t.db, host, plan.links, realNow, release));
      if (release === 'solaris11') bootIpmgmtd(session);
      io.stdout(`ipmplab: import: host ${host} renewed with links ${plan.links.join(' ')} (${r.read.map((x) => `${x.file}: ${x.captures.map((c) => c.kind).join(', ')}`).join('; ')})\n`);
      const lines = [
        ...Object.entries(plan.macs).map(([link, mac]) => `ipmplab mac ${link} ${mac}`),
        ...Object.entries(plan.linkMtus).filter(([, mtu]) => mtu !== 1500).map(([link, mtu]) => `dladm set-linkprop -p mtu=${mtu} ${link}`),
        ...(plan.fdtMs !== undefined && plan.fdtMs !== 10_000 ? [`ipmplab mpathd FAILURE_DETECTION_TIME=${plan.fdtMs}`] : []),
        ...plan.targets.map((t) => `ipmplab target ${t} up`),
        // The captured static_routes is put on the disk as it is: its routes go to the kernel only.
        ...ifconfigLines(plan.host).filter((l) => !l.startsWith('#'))
          .map((l) => (plan.files.some((f) => f.path === STATIC_ROUTES_PATH) ? l.replace(/^route -p add /, 'route add ') : l)),
        // Cables last: an interface the capture shows offline was taken offline while it could be.
        ...plan.linksDown.map((l) => `ipmplab link ${l} down`),
      ];
      for (const f of plan.files) {
        io.stdout(`+ ipmplab file put ${vis(f.path)} -\n`);
        const code = lab(['file', 'put', f.path, '-', '--host', host, '--state', statePath], withIO(io, { stdin: () => f.content }));
        if (code !== 0) plan.cannot.push(`${f.path}: not put on the disk`);
      }
      const failed: string[] = [];
      for (const line of lines) {
        io.stdout(`+ ${vis(line)}\n`);
        if (runToolLine(io, statePath, line, host, lab) !== undefined) failed.push(line);
      }
      for (const x of r.read) for (const c of x.captures) for (const u of c.unparsed) {
        io.stderr(`ipmplab: import: ${vis(x.file)}: line ${u.line}: not understood (${u.why}): ${vis(u.text)}\n`);
      }
      for (const c of plan.cannot) io.stderr(`ipmplab: import: not reproduced: ${vis(c)}\n`);
      const captured = r.read.flatMap((x) => x.captures).flatMap((c) => c.lifs);
      if (captured.length) for (const d of differences(captured, labLifs(io, statePath, host))) io.stderr(`ipmplab: import: differs: ${vis(d)}\n`);
      // The host was renewed: what a line could not do is listed like the rest of what was not
      // reproduced, and the import has done what it could (exit 1 is kept for "nothing changed").
      for (const f of failed) io.stderr(`ipmplab: import: failed: ${vis(f)}\n`);
      return EXIT.OK;
    } finally {
      session.close();
    }
  });
}
