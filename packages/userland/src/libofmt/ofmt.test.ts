import { describe, it, expect } from 'vitest';
import { ofmtOpen } from './ofmt';
import type { OfmtField } from './ofmt';

type Row = Record<string, string | undefined>;
const f = (name: string, width: number): OfmtField<Row> => ({ name, width, value: (r) => r[name] });
const T = [f('AAA', 6), f('BBB', 5), f('CCC', 4), f('DDD', 10)];
const human = { parsable: false, maxcols: 80, rows: 24 };
const parsable = { parsable: true, maxcols: 80, rows: 24 };

function open(str: string | undefined, opts = human, template = T) {
  const r = ofmtOpen(str, template, opts);
  return r;
}

describe('ofmt_open', () => {
  it('takes fields in table order until 80 columns are used', () => {
    const wide = [f('A', 30), f('B', 30), f('C', 20), f('D', 1), f('E', 1)];
    expect(open(undefined, human, wide).handle!.names).toEqual(['A', 'B', 'C']);
    expect(open('all', human, wide).handle!.names).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(open('ALL', human, wide).handle!.names).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(open('e,a', human, wide).handle!.names).toEqual(['E', 'A']);
  });
  it('matches names case-insensitively (ASCII only), keeps order and repeats, skips empty items', () => {
    expect(open('ddd,aAa,,ddd,').handle!.names).toEqual(['DDD', 'AAA', 'DDD']);
    expect(open('\u212Aaa', human, [f('KAA', 5)]).status).toBe('ENOFIELDS'); // Kelvin sign is not K
    // Only A-Z fold: '[' and '@' (just past Z, just before A) stay as they are.
    expect(open('a[b', human, [f('A[B', 5)]).handle!.names).toEqual(['A[B']);
    expect(open('a{b', human, [f('A[B', 5)]).status).toBe('ENOFIELDS');
    expect(open('`x', human, [f('@X', 5)]).status).toBe('ENOFIELDS');
  });
  it('warns about unknown fields in human mode and keeps the valid ones', () => {
    const r = open('foo,aaa');
    expect(r.status).toBe('EBADFIELDS');
    expect(r.message).toBe("ignoring unknown output field: `foo'");
    expect(r.handle!.names).toEqual(['AAA']);
    expect(open('foo,aaa,Bar').message).toBe("ignoring unknown output fields: `foo' `Bar'");
  });
  it('refuses in parsable mode', () => {
    expect(open('foo,aaa', parsable)).toMatchObject({ status: 'EBADFIELDS', message: "unknown output field: `foo'" });
    expect(open('foo,x,aaa', parsable).message).toBe("unknown output fields: `foo' `x'");
    expect(open(undefined, parsable)).toMatchObject({ status: 'EPARSENONE', message: 'output fields must be specified in parsable mode' });
    expect(open('', parsable).status).toBe('EPARSENONE');
    expect(open('All', parsable)).toMatchObject({ status: 'EPARSEALL', message: "output field `all' invalid in parsable mode" });
  });
  it('has no valid fields, or fails to split an empty list', () => {
    expect(open('foo')).toMatchObject({ status: 'ENOFIELDS', message: 'no valid output fields' });
    expect(open(',,')).toMatchObject({ status: 'ENOFIELDS', message: 'no valid output fields' });
    expect(open('foo', parsable).status).toBe('ENOFIELDS');
    expect(open('')).toMatchObject({ status: 'ENOMEM', message: 'Not enough space' });
    expect(open('all,aaa').message).toBe("ignoring unknown output field: `all'");
  });
  it('cuts the complaint at 255 bytes (OFMT_BUFSIZE)', () => {
    const long = 'x'.repeat(300);
    const m = open(`${long},aaa`).message!;
    expect(m.length).toBe(255);
    expect(m.startsWith("ignoring unknown output field: `xxx")).toBe(true);
  });
});

describe('ofmt_print, human mode', () => {
  it('pads every field but the last to its width; empty is --, failed is ?', () => {
    const o = open(undefined).handle!;
    expect(o.print({ AAA: 'a', BBB: '', CCC: undefined, DDD: 'last' })).toBe(
      'AAA   BBB  CCC DDD\n' +
      'a     --   ?   last\n');
    expect(o.print({ AAA: 'a', BBB: 'b', CCC: 'c', DDD: '' })).toBe('a     b    c   --\n');
  });
  it('prints a value that fills its width with one space and borrows the excess from later padding', () => {
    const o = open(undefined).handle!;
    o.print({});
    // AAA is 6 wide: "abcdef" uses it all -> "abcdef " and 1 column is owed.
    expect(o.print({ AAA: 'abcdef', BBB: 'b', CCC: 'c', DDD: 'd' })).toBe('abcdef b   c   d\n');
    // 9 characters: 4 owed; "b" plus 4 fills BBB's 5, so BBB too is printed with one space and
    // 1 stays owed (4 + 1 - 5 + 1), which CCC pays.
    expect(o.print({ AAA: 'abcdefghi', BBB: 'b', CCC: 'c', DDD: 'd' })).toBe('abcdefghi b c  d\n');
    // Owed more than BBB can give: BBB pays 4, CCC pays 3 of the remaining 4, the rest is lost at the end.
    expect(o.print({ AAA: 'abcdefghijklm', BBB: 'b', CCC: 'c', DDD: 'd' })).toBe('abcdefghijklm b c d\n');
    // A later field that itself overflows adds to the debt.
    expect(o.print({ AAA: 'abcdefg', BBB: 'bbbbb', CCC: 'c', DDD: 'd' })).toBe('abcdefg bbbbb c d\n');
    // The debt ends with the row.
    expect(o.print({ AAA: 'a', BBB: 'b', CCC: 'c', DDD: 'd' })).toBe('a     b    c   d\n');
  });
  it('repeats the header every 23 rows when the window is 24 rows', () => {
    const o = open('aaa').handle!;
    let out = '';
    for (let i = 0; i < 50; i++) out += o.print({ AAA: String(i) });
    const lines = out.split('\n');
    const headers = lines.map((l, i) => (l === 'AAA' ? i : -1)).filter((i) => i >= 0);
    expect(headers).toEqual([0, 24, 48]);
    expect(lines[23]).toBe('22');
    expect(lines[25]).toBe('23');
  });
  it('follows another window height', () => {
    const o = ofmtOpen('aaa', T, { ...human, rows: 5 }).handle!;
    let out = '';
    for (let i = 0; i < 9; i++) out += o.print({ AAA: String(i) });
    expect(out).toBe('AAA\n0\n1\n2\n3\nAAA\n4\n5\n6\n7\nAAA\n8\n');
  });
  it('asks for the window height only when a second row is printed, and once', () => {
    let asked = 0;
    const rows = () => {
      asked++;
      return 5;
    };
    const one = ofmtOpen('aaa', T, { ...human, rows }).handle!;
    expect(one.print({ AAA: '0' })).toBe('AAA\n0\n');
    expect(asked).toBe(0);
    const o = ofmtOpen('aaa', T, { ...human, rows }).handle!;
    let out = '';
    for (let i = 0; i < 9; i++) out += o.print({ AAA: String(i) });
    expect(out).toBe('AAA\n0\n1\n2\n3\nAAA\n4\n5\n6\n7\nAAA\n8\n');
    expect(asked).toBe(1);
    const p = ofmtOpen('aaa', T, { ...parsable, rows }).handle!;
    for (let i = 0; i < 3; i++) p.print({ AAA: String(i) });
    expect(asked).toBe(1);
  });
});

describe('ofmt_print, parsable mode', () => {
  it('joins with colons, escapes : and \\ with several fields, prints empty as nothing', () => {
    const o = open('aaa,bbb,ddd', parsable).handle!;
    expect(o.print({ AAA: 'fe80::1', BBB: '', DDD: 'a\\b' })).toBe('fe80\\:\\:1::a\\\\b\n');
    expect(o.print({ AAA: undefined, BBB: 'x', DDD: '' })).toBe('?:x:\n');
  });
  it('prints a single field as it is, without a header', () => {
    const o = open('aaa', parsable).handle!;
    let out = '';
    for (let i = 0; i < 30; i++) out += o.print({ AAA: i === 3 ? 'fe80::1' : i === 4 ? '' : 'x' });
    expect(out.split('\n')[3]).toBe('fe80::1');
    expect(out.split('\n')[4]).toBe('');
    expect(out).not.toContain('AAA');
  });
});

describe('ofmt_print, OFMT_WRAP', () => {
  const W = [f('PROTO', 6), f('PROPERTY', 22), f('PERM', 5), f('CURRENT', 13), f('PERSISTENT', 13), f('DEFAULT', 13), f('POSSIBLE', 15)];
  const wrap = { ...human, maxcols: 0, wrap: true };
  it('cuts comma lists to the width and goes on below, the cut lines keeping their comma', () => {
    const o = ofmtOpen(undefined, W, wrap).handle!;
    expect(o.print({ PROTO: 'tcp', PROPERTY: 'ecn', PERM: 'rw', CURRENT: 'passive', PERSISTENT: '', DEFAULT: 'passive', POSSIBLE: 'never,passive,active' })).toBe(
      'PROTO PROPERTY              PERM CURRENT      PERSISTENT   DEFAULT      POSSIBLE\n' +
      'tcp   ecn                   rw   passive      --           passive      never,passive,\n' +
      '                                                                        active\n');
  });
  it('wraps several fields at once and leaves the finished ones blank', () => {
    const o = ofmtOpen(undefined, W, wrap).handle!;
    o.print({});
    expect(o.print({ PROTO: 'tcp', PROPERTY: 'extra_priv_ports', PERM: 'rw', CURRENT: '2049,4045,3001,3002', PERSISTENT: '3001,3002', DEFAULT: '2049,4045', POSSIBLE: '1-65535' })).toBe(
      'tcp   extra_priv_ports      rw   2049,4045,   3001,3002    2049,4045    1-65535\n' +
      '                                 3001,3002                              \n');
  });
  it('puts a piece wider than the field alone on its line', () => {
    const o = ofmtOpen('aaa,ddd', T, wrap).handle!;
    o.print({});
    expect(o.print({ AAA: 'abcdefgh,ab', DDD: 'x' })).toBe('abcdefgh, x\nab    \n');
  });
  it('is refused in parsable mode', () => {
    expect(ofmtOpen('aaa', T, { ...parsable, wrap: true })).toMatchObject({ status: 'EPARSEWRAP', message: 'parsable mode is incompatible with wrap mode' });
  });
  it('changes nothing without the flag', () => {
    const o = ofmtOpen('aaa,ddd', T, human).handle!;
    o.print({});
    expect(o.print({ AAA: 'abcdefgh,ab', DDD: 'x' })).toBe('abcdefgh,ab x\n');
  });
});
