// ofmt_open and dladm's check of its answer (dladm.c dladm_ofmt_check, libofmt ofmt_check as
// illumos dladm calls it): in parsable mode, or when no field is valid, the message ends the
// command; otherwise it is a warning and the known fields are shown. Without a handle (an
// empty -o list, which the C programs then dereference) the message ends the command too.
import { ofmtOpen } from '@ipmplab/userland';
import type { Ofmt, OfmtField } from '@ipmplab/userland';
import { die, warn } from '../context';
import type { DladmCtx } from '../context';

export function openOfmt<R>(ctx: DladmCtx, fields: string, template: readonly OfmtField<R>[], parsable: boolean, maxcols: number, rows: number | (() => number), wrap = false): Ofmt<R> {
  const r = ofmtOpen(fields, template, { parsable, maxcols, rows, wrap });
  if (r.status === 'SUCCESS') return r.handle!;
  if (parsable || r.status === 'ENOFIELDS' || !r.handle) die(ctx, r.message!);
  warn(ctx, r.message!);
  return r.handle;
}
