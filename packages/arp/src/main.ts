// arp(8): the lab options, the grammar (grammar.ts), then one mode. `arp -a` runs netstat -p -f
// inet (arp.c execs /usr/bin/netstat; here netstat's main runs in the same process). -f reads
// its file from the machine the lab runs on. A failed ioctl in -s (also from a -f line) ends
// the run at once with perror(host), as arp.c's exit(1) does.
import fs from 'node:fs';
import { openSession, runToolMain, useNamesOf, vis } from '@ipmplab/userland';
import type { LabOptions, Session, ToolIO } from '@ipmplab/userland';
import { netstatMain } from '@ipmplab/netstat';
import { parseArp } from './grammar';
import { EXIT, MSG, TOOL, USAGE_TEXT } from './messages';
import { deleteXarp, entryLine, getXarp, linkAton, parseKeywords, resolveHost, setXarp, strerror } from './requests';

const ENXIO = 6;

/** exit(1) from inside set(). */
class Exit {
  constructor(readonly code: number) {}
}

function labArgs(lab: LabOptions): string[] {
  return [...(lab.state !== undefined ? ['--state', lab.state] : []), ...(lab.host !== undefined ? ['--host', lab.host] : []), ...(lab.json ? ['--json'] : [])];
}

export function arpMain(argv: string[], ioIn: ToolIO): number {
  return runToolMain({ tool: TOOL, labOptionMessage: MSG.labOption, labOptionExit: EXIT.FAILURE }, argv, ioIn, (lab, io) => {
    const parsed = parseArp(lab.rest);
    if ('usage' in parsed) {
      if (parsed.complaint) io.stderr(parsed.complaint);
      io.stdout(USAGE_TEXT);
      return EXIT.FAILURE;
    }
    const mode = parsed.mode;
    if (mode.kind === 'all') return netstatMain([mode.numeric ? '-np' : '-p', '-f', 'inet', ...labArgs(lab)], ioIn);

    useNamesOf(lab.state, io.env, lab.host);
    let session: Session | undefined;
    const open = () => (session ??= openSession(lab.state, io, lab.host));
    const out = (text: string) => io.stdout(vis(text, '\n'));

    /** set(): 0, or 1 for a complaint; a failed ioctl exits. */
    const set = (args: string[]): number => {
      const [host, eaddr, ...words] = args;
      const addr = resolveHost(host);
      if (addr === undefined) {
        io.stderr(MSG.unknownHost(host));
        return EXIT.FAILURE;
      }
      const octets = linkAton(eaddr);
      if (!octets) {
        io.stderr(MSG.invalidLinkAddress(eaddr));
        return EXIT.FAILURE;
      }
      const kw = parseKeywords(words);
      if ('unknown' in kw) {
        io.stderr(MSG.unknownKeyword(kw.unknown));
        return EXIT.FAILURE;
      }
      if ('conflict' in kw) {
        io.stderr(MSG.tempAndPermanent);
        return EXIT.FAILURE;
      }
      const r = open().run((k) => setXarp(k, addr, octets, kw.flags));
      if ('errno' in r) {
        io.stderr(MSG.perror(host, strerror(r.errno)));
        throw new Exit(EXIT.FAILURE);
      }
      return EXIT.OK;
    };

    try {
      switch (mode.kind) {
        case 'set':
          return set(mode.args);
        case 'file': {
          let text: string;
          try {
            text = fs.readFileSync(mode.name, 'latin1');
          } catch {
            io.stderr(MSG.cannotOpen(mode.name));
            return EXIT.FAILURE;
          }
          let status: number = EXIT.OK;
          for (const line of text.split(/(?<=\n)/)) {
            const words = line.split(/[ \t\n]+/).filter((w) => w !== '').slice(0, 5);
            if (words.length < 2) {
              io.stderr(MSG.badLine(line));
              status = EXIT.FAILURE;
              continue;
            }
            if (set(words) !== EXIT.OK) status = EXIT.FAILURE;
          }
          return status;
        }
        case 'get':
        case 'delete': {
          const addr = resolveHost(mode.host);
          if (addr === undefined) {
            io.stderr(MSG.unknownHost(mode.host));
            return EXIT.FAILURE;
          }
          if (mode.kind === 'get') {
            const r = open().view((k) => getXarp(k, addr));
            if ('ok' in r) {
              out(entryLine(mode.host, addr, r.ok));
              return EXIT.OK;
            }
            if (r.errno === ENXIO) out(MSG.noEntry(mode.host, addr));
            else io.stderr(MSG.perror('SIOCGXARP', strerror(r.errno)));
            return EXIT.FAILURE;
          }
          const r = open().run((k) => deleteXarp(k, addr));
          if ('ok' in r) {
            out(MSG.deleted(mode.host, addr));
            return EXIT.OK;
          }
          if (r.errno === ENXIO) out(MSG.noEntry(mode.host, addr));
          else io.stderr(MSG.perror('SIOCDXARP', strerror(r.errno)));
          return EXIT.FAILURE;
        }
      }
    } catch (e) {
      if (e instanceof Exit) return e.code;
      throw e;
    } finally {
      session?.close();
    }
  });
}
