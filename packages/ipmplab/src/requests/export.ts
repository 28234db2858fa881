// `ipmplab export [--as ifconfig|ipadm|files]`: what builds the host's configuration on a real
// host of its release, read through the host's requests (export/read.ts) and written in the form
// asked for. Nothing changes.
import type { LabContext } from '../context';
import { done } from '../outcome';
import type { Outcome } from '../outcome';
import { readHost } from '../export/read';
import { ifconfigLines } from '../export/ifconfig-form';
import { ipadmLines } from '../export/ipadm-form';
import { filesOf, fileBlocks } from '../export/files-form';
import type { ExportForm } from '../export/forms';

export function exportCommand(ctx: LabContext, form: ExportForm): Outcome {
  const h = readHost(ctx);
  switch (form) {
    case 'ifconfig': {
      const lines = ifconfigLines(h);
      return done(lines, { host: h.name, release: h.release, as: form, lines });
    }
    case 'ipadm': {
      const lines = ipadmLines(h);
      return done(lines, { host: h.name, release: h.release, as: form, lines });
    }
    case 'files': {
      const files = filesOf(h);
      return done(fileBlocks(h, files), { host: h.name, release: h.release, as: form, files });
    }
  }
}
