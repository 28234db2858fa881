// libofmt (illumos usr/src/lib/libofmt/common/ofmt.c), shared by ipmpstat, ipadm and dladm: no
// multiline, no right-justification; OFMT_WRAP on request. Pure: a handle turns rows into text.
//
//  * ofmt_open: the field list is split at commas (empty items skipped, names case-insensitive);
//    without a list, fields are taken in table order while the summed widths stay within
//    maxcols (80); "all" or parsable mode takes every field. Parsable mode needs a list and
//    refuses "all". Unknown names are collected (EBADFIELDS); none valid is ENOFIELDS; an empty
//    list in human mode fails in split_str and is reported as ENOMEM.
//  * ofmt_print: a header before the first row and again whenever the row counter, which the
//    header itself also advances, reaches a multiple of the window height; in human mode every
//    field but the last is left-justified to its width (the width includes the gap), a value
//    that does not fit is followed by one space and the excess is borrowed from the padding of
//    the following fields; the last field is unpadded. Empty values print "--" (human) or
//    nothing (parsable); a failed value prints "?". Parsable fields are joined with ':', and
//    ':' and '\' in values are escaped with '\' only when more than one field is shown.
//  * Values are shown visibly (vis()) before they are fitted: a group name may hold any bytes,
//    and a control character would reach the terminal or, as a tab, break the columns; its
//    visible form is plain ASCII, so widths count it as it is seen.
//  * OFMT_WRAP (ipadm show-prop): a value is cut at its commas into as many pieces as fit the
//    field's width (ofmt_fit_width: pieces are taken while the text so far, its trailing comma
//    included, plus the next piece stays within the width; the first piece always goes). The
//    rest goes on continuation lines, where fields with nothing left print empty (not "--"),
//    padded like any other. A line that is cut keeps its trailing comma. Parsable mode refuses it.
import { vis } from '../vis';
import { OFMT_TEXT } from './messages';

/** A value callback's answer: the text, or undefined for "could not obtain" (sfunc B_FALSE). */
export type OfmtValue = string | undefined;

export interface OfmtField<R> {
  name: string;
  width: number;
  value: (row: R) => OfmtValue;
}

export type OfmtStatus = 'SUCCESS' | 'EBADFIELDS' | 'ENOFIELDS' | 'EPARSEALL' | 'EPARSENONE' | 'EPARSEWRAP' | 'ENOMEM';

export interface OfmtOptions {
  parsable: boolean;
  /** IPMPSTAT_NCOL = 80. */
  maxcols: number;
  /**
   * The window height (ws_row); 24 when stdout is not a terminal. A function is asked only when
   * a second row is printed: finding out whether stdout is a terminal costs a module load, and
   * a one-row report never needs the answer.
   */
  rows: number | (() => number);
  /** OFMT_WRAP: comma-separated values that do not fit go on continuation lines. */
  wrap?: boolean;
}

export interface OfmtOpenResult<R> {
  status: OfmtStatus;
  /** ofmt_strerror()'s text when status is not SUCCESS. */
  message?: string;
  /** The handle (absent for the errors that leave none). */
  handle?: Ofmt<R>;
}

/** OFMT_BUFSIZE: ofmt_strerror's buffers (the message is cut to 255 bytes by strlcat). */
const OFMT_BUFSIZE = 256;
/** ofmt_print's value buffer (char value[1024]): values are cut to 1023 bytes. */
const VALUE_BUFSIZE = 1024;

const UNDEF = '--';
const UNKNOWN = '?';

/** strlcat-style: at most size-1 bytes in all (cuts UTF-8 text by bytes, as C does). */
function capBytes(text: string, size: number): string {
  const buf = Buffer.from(text);
  return buf.length < size ? text : buf.subarray(0, size - 1).toString();
}

/**
 * strcasecmp's folding: ASCII letters only (toLowerCase would also fold e.g. the Kelvin sign).
 * A character at a time, as field names are folded at every start: the regular expression it
 * was written as cost about 0.05 ms at its first use.
 */
function asciiLower(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) continue;
    out += s.slice(from, i) + String.fromCharCode(c + 32);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

function badFieldsMessage(bad: string[], parsable: boolean): string {
  const s = parsable
    ? bad.length > 1 ? OFMT_TEXT.unknownFields : OFMT_TEXT.unknownField
    : bad.length > 1 ? OFMT_TEXT.ignoringFields : OFMT_TEXT.ignoringField;
  let ebuf = '';
  for (const b of bad) ebuf = capBytes(`${ebuf} \`${b}'`, OFMT_BUFSIZE);
  return capBytes(s + ebuf, OFMT_BUFSIZE);
}

export function ofmtOpen<R>(str: string | undefined, template: readonly OfmtField<R>[], opts: OfmtOptions): OfmtOpenResult<R> {
  const isAll = str !== undefined && asciiLower(str) === 'all';
  if (opts.parsable) {
    if (str === undefined || str === '') return { status: 'EPARSENONE', message: OFMT_TEXT.parseNone };
    if (isAll) return { status: 'EPARSEALL', message: OFMT_TEXT.parseAll };
    if (opts.wrap) return { status: 'EPARSEWRAP', message: OFMT_TEXT.parseWrap };
  }
  let names: string[];
  if (str !== undefined && !isAll) {
    if (str === '') return { status: 'ENOMEM', message: OFMT_TEXT.noMemory };
    names = str.split(',').filter((s) => s !== '');
  } else {
    const maxcols = opts.parsable || isAll ? 0 : opts.maxcols;
    names = [];
    let cols = 0;
    for (const f of template) {
      cols += f.width;
      if (maxcols > 0 && cols > maxcols) break;
      names.push(f.name);
    }
  }
  const fields: OfmtField<R>[] = [];
  const bad: string[] = [];
  for (const n of names) {
    const lower = asciiLower(n);
    const f = template.find((t) => asciiLower(t.name) === lower);
    if (f) fields.push(f);
    else bad.push(n);
  }
  if (fields.length === 0) return { status: 'ENOFIELDS', message: OFMT_TEXT.noFields };
  const handle = new Ofmt(fields, opts.parsable, opts.rows, !!opts.wrap);
  if (bad.length) return { status: 'EBADFIELDS', message: badFieldsMessage(bad, opts.parsable), handle };
  return { status: 'SUCCESS', handle };
}

export class Ofmt<R> {
  private nrow = 0;
  private overflow = 0;
  private knownRows: number | undefined;

  constructor(
    readonly fields: readonly OfmtField<R>[],
    readonly parsable: boolean,
    private readonly askedRows: number | (() => number),
    readonly wrap = false,
  ) {}

  /** The window height the header repeats by: 24 when it is 0 or nonsense. */
  private get rows(): number {
    if (this.knownRows === undefined) {
      const rows = typeof this.askedRows === 'function' ? this.askedRows() : this.askedRows;
      this.knownRows = rows > 0 ? rows : 24;
    }
    return this.knownRows;
  }

  /** ofmt_update_winsize (SIGWINCH): 0 or nonsense means 24. */
  setRows(rows: number): void {
    this.knownRows = rows > 0 ? Math.floor(rows) : 24;
  }

  /** The fields' names, in output order. */
  get names(): string[] {
    return this.fields.map((f) => f.name);
  }

  /** ofmt_print: one row (with the header first when it is due), newline-terminated. */
  print(row: R): string {
    let out = '';
    // The first row always has the header: the window height is asked from the second on.
    const n = this.nrow++;
    if (!this.parsable && (n === 0 || n % this.rows === 0)) {
      out += this.header();
      this.nrow++;
    }
    const escsep = this.fields.length > 1;
    const splits: (Split | undefined)[] = [];
    let moreRows = false;
    this.fields.forEach((f, i) => {
      const last = i + 1 === this.fields.length;
      const v = f.value(row);
      let text: string;
      if (v === undefined) text = UNKNOWN;
      else {
        text = vis(capBytes(v, VALUE_BUFSIZE));
        if (this.wrap) {
          const fit = fitWidth(undefined, f.width, text);
          splits[i] = fit.sp;
          text = fit.value;
          if (fit.sp && fit.sp.cur < fit.sp.fields.length) moreRows = true;
        }
        if (text === '' && !this.parsable) text = UNDEF;
      }
      out += this.field(f, text, escsep, last);
    });
    out += '\n';
    while (moreRows) {
      moreRows = false;
      this.fields.forEach((f, i) => {
        const fit = fitWidth(splits[i], f.width, '');
        splits[i] = fit.sp;
        if (fit.sp && fit.sp.cur < fit.sp.fields.length) moreRows = true;
        out += this.field(f, fit.value, escsep, i + 1 === this.fields.length);
      });
      out += '\n';
    }
    return out;
  }

  private header(): string {
    const escsep = this.fields.length > 1;
    let out = '';
    this.fields.forEach((f, i) => {
      out += this.field(f, f.name, escsep, i + 1 === this.fields.length);
    });
    return `${out}\n`;
  }

  /** ofmt_print_field (human and parsable branches). */
  private field(f: OfmtField<R>, value: string, escsep: boolean, last: boolean): string {
    if (this.parsable) {
      if (this.fields.length === 1) return value;
      const escaped = escsep ? value.replace(/[:\\]/g, (c) => `\\${c}`) : value;
      return last ? escaped : `${escaped}:`;
    }
    if (last) {
      this.overflow = 0;
      return value;
    }
    let width = f.width;
    const valwidth = Buffer.byteLength(value);
    if (valwidth + this.overflow >= width) {
      this.overflow += valwidth - width + 1;
      return `${value} `;
    }
    if (this.overflow > 0) {
      const compress = Math.min(this.overflow, width - valwidth);
      this.overflow -= compress;
      width -= compress;
    }
    return value + ' '.repeat(width - valwidth);
  }
}

/** A value cut at its commas (split_t): the pieces and the first not yet printed. */
interface Split {
  fields: string[];
  cur: number;
}

/** OFMT_MAX_ROWS: a value of more pieces than this is not split (split_str fails). */
const OFMT_MAX_ROWS = 128;

/**
 * ofmt_fit_width: the pieces of `value` (split on the first call) that fit `width`, from the
 * first not yet printed; a value that cannot be split (empty, or too many pieces) is left as it is.
 */
function fitWidth(spIn: Split | undefined, width: number, value: string): { sp?: Split; value: string } {
  let sp = spIn;
  if (!sp) {
    const fields = value.split(',').filter((x) => x !== '');
    if (fields.length === 0 || fields.length > OFMT_MAX_ROWS) return { value };
    sp = { fields, cur: 0 };
  }
  let out = '';
  let i = sp.cur;
  for (; i < sp.fields.length; i++) {
    out += `${sp.fields[i]},`;
    let nextlen: number;
    if (i + 1 === sp.fields.length) {
      nextlen = 0;
      out = out.slice(0, -1);
    } else {
      nextlen = Buffer.byteLength(sp.fields[i + 1]!);
    }
    if (Buffer.byteLength(out) + nextlen > width || Buffer.byteLength(out) >= VALUE_BUFSIZE) {
      i++;
      break;
    }
  }
  sp.cur = i;
  return { sp, value: out };
}
