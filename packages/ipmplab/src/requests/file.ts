// `ipmplab file`: the host's configuration files (/etc/hostname.<if>, /etc/inet/static_routes,
// /etc/inet/hosts, /etc/default/mpathd ...), kept in the state file. Reading and writing them
// here is the lab's stand-in for an editor on the real host; a file nothing in the lab reads is
// refused rather than written to be ignored.
import { hostFiles } from '@ipmplab/core/syscalls';
import { labReads, LAB_READS } from '@ipmplab/core/store';
import { IPADM_CONF_PATH, readStdin, vis } from '@ipmplab/userland';
import type { LabContext } from '../context';
import { LabFailure } from '../messages';
import { done } from '../outcome';
import type { Outcome } from '../outcome';

export function fileCommand(ctx: LabContext, action: 'ls' | 'cat' | 'put' | 'rm', path?: string, content?: string): Outcome {
  const files = hostFiles(ctx.session.db, ctx.session.hostId());
  return ctx.session.run(() => {
    switch (action) {
      case 'ls': {
        const list = files.list('/');
        // Paths and contents are whatever was put: shown visibly (a file keeps its tabs).
        return done(list.map((p) => vis(p)), list);
      }
      case 'cat': {
        const text = files.read(path!);
        if (text === undefined) throw new LabFailure('noSuchFile', { path: path! });
        return done(text.replace(/\n$/, '').split('\n').map((l) => vis(l, '\t')), { path, content: text });
      }
      case 'put': {
        // ipmgmtd owns ipadm.conf: its header says so, and ipadm changes it.
        if (path === IPADM_CONF_PATH) throw new LabFailure('ipmgmtdFile', { path: path! });
        if (!labReads(path!)) throw new LabFailure('unreadFile', { path: path!, paths: LAB_READS.join(', ') });
        // "-" reads the content from standard input.
        const text = content === '-' ? readStdin(ctx.io) : `${content!.replace(/\\n/g, '\n')}\n`;
        files.write(path!, text);
        return done([], { path, content: text });
      }
      case 'rm':
        if (files.read(path!) === undefined) throw new LabFailure('noSuchFile', { path: path! });
        files.remove(path!);
        return done([], { path });
    }
  });
}
