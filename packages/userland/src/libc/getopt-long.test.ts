import { describe, it, expect } from 'vitest';
import { getoptLong } from './getopt-long';
import type { LongOption } from './getopt-long';

const ADDR: LongOption[] = [
  { name: 'address', hasArg: 'required', val: 'a' },
  { name: 'down', hasArg: 'none', val: 'd' },
  { name: 'temporary', hasArg: 'none', val: 't' },
  { name: 'type', hasArg: 'required', val: 'T' },
];
const opts = (r: ReturnType<typeof getoptLong>) => r.items.map((i) => `${i.opt}${i.arg === undefined ? '' : `=${i.arg}`}`);
const operands = (r: ReturnType<typeof getoptLong>) => r.argv.slice(r.optind);

describe('getopt_long (illumos libc)', () => {
  it('permutes operands after the options', () => {
    const r = getoptLong(['create-addr', 'net0/v4', '-T', 'static', '-a', '10.0.0.1/24', '-t'], ':T:a:dt', ADDR, { opterr: false });
    expect(opts(r)).toEqual(['T=static', 'a=10.0.0.1/24', 't']);
    expect(operands(r)).toEqual(['net0/v4']);
    expect(r.argv).toEqual(['create-addr', '-T', 'static', '-a', '10.0.0.1/24', '-t', 'net0/v4']);
  });
  it('keeps operand order across several gaps', () => {
    const r = getoptLong(['x', 'a', '-t', 'b', 'c', '-d', 'e'], 'td', ADDR);
    expect(opts(r)).toEqual(['t', 'd']);
    expect(operands(r)).toEqual(['a', 'b', 'c', 'e']);
  });
  it('takes long options, abbreviated, with = or the next word', () => {
    const r = getoptLong(['x', '--temp', '--address=1.2.3.4', '--type', 'static', 'obj'], ':T:a:dt', ADDR, { opterr: false });
    expect(opts(r)).toEqual(['t', 'a=1.2.3.4', 'T=static']);
    expect(operands(r)).toEqual(['obj']);
  });
  it('reports an ambiguous or unknown long option with optopt 0', () => {
    const amb = getoptLong(['x', '--t'], ':T:a:dt', ADDR, { opterr: false });
    expect(amb.items[0]).toEqual({ opt: '?', optopt: '' });
    const unk = getoptLong(['x', '--bogus'], 'dt', ADDR);
    expect(unk.items[0]).toEqual({ opt: '?', optopt: '', error: 'x: illegal option -- bogus' });
  });
  it("returns ':' for a missing argument when optstring starts with ':'", () => {
    const r = getoptLong(['x', '-a'], ':a:', ADDR, { opterr: false });
    expect(r.items).toEqual([{ opt: ':', optopt: 'a' }]);
    const l = getoptLong(['x', '--address'], ':a:', ADDR, { opterr: false });
    expect(l.items).toEqual([{ opt: ':', optopt: 'a' }]);
    const noColon = getoptLong(['x', '-a'], 'a:', ADDR);
    expect(noColon.items).toEqual([{ opt: '?', optopt: 'a', error: 'x: option requires an argument -- a' }]);
  });
  it('refuses an argument to a flag given as --flag=value', () => {
    const r = getoptLong(['x', '--down=yes'], ':d', ADDR, { opterr: false });
    expect(r.items).toEqual([{ opt: ':', optopt: 'd' }]);
  });
  it('stops at "--" and at the first operand under "+" or POSIXLY_CORRECT', () => {
    const dd = getoptLong(['x', 'a', '--', '-t'], 't', ADDR);
    expect(opts(dd)).toEqual([]);
    expect(operands(dd)).toEqual(['a', '-t']);
    const plus = getoptLong(['x', 'a', '-t'], '+t', ADDR);
    expect(opts(plus)).toEqual([]);
    expect(operands(plus)).toEqual(['a', '-t']);
    const posix = getoptLong(['x', 'a', '-t'], 't', ADDR, { posixlyCorrect: true });
    expect(operands(posix)).toEqual(['a', '-t']);
  });
  it('clusters letters and takes an attached argument', () => {
    const r = getoptLong(['x', '-tdaADDR', 'o'], 'tda:', ADDR);
    expect(opts(r)).toEqual(['t', 'd', 'a=ADDR']);
    expect(operands(r)).toEqual(['o']);
  });
  it('treats an unknown letter and a lone "-" as POSIX does', () => {
    const r = getoptLong(['x', '-z', '-', '-t'], ':t', ADDR, { opterr: false });
    expect(r.items[0]).toEqual({ opt: '?', optopt: 'z' });
    expect(opts(r)).toEqual(['?', 't']);
    expect(operands(r)).toEqual(['-']);
  });
});
