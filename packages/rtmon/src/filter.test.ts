import { describe, it, expect } from 'vitest';
import { RTM } from '@ipmplab/core/testing';
import { MessageFilter, parseTypeList, parseFilterExpression, formatFilterExpression } from './filter';
import { rtEcho, addrRoute, ifinfo, addrMsg, shown } from './test-kit';

const dec = (m: Parameters<typeof shown>[0]) => shown(m).msg;

describe('message type lists', () => {
  it('takes names with or without RTM_, any case, once each', () => {
    expect(parseTypeList('RTM_ADD,ifinfo, DELETE,add')).toEqual({ types: [RTM.ADD, RTM.IFINFO, RTM.DELETE] });
    expect(parseTypeList('RTM_FREEADDR')).toEqual({ types: [RTM.FREEADDR] });
    expect(parseTypeList('NOPE')).toMatchObject({ error: expect.stringMatching(/^NOPE: unknown message type/) });
    expect(parseTypeList(',')).toEqual({ error: 'no message type given' });
  });
});

describe('MessageFilter', () => {
  it('filters by type', () => {
    const f = new MessageFilter({ types: [RTM.ADD, RTM.IFINFO] });
    expect(f.matches(dec(rtEcho(RTM.ADD, '10.0.0.0', '127.0.0.1', '255.0.0.0')))).toBe(true);
    expect(f.matches(dec(rtEcho(RTM.DELETE, '10.0.0.0', '127.0.0.1', '255.0.0.0')))).toBe(false);
    expect(f.matches(dec(ifinfo('net0', 2, 0x1000843)))).toBe(true);
  });

  it('matches the IFP name, or the index of index-only messages', () => {
    const f = new MessageFilter({ iface: 'net0' }, [['net0', 2]]);
    expect(f.matches(dec(ifinfo('net0', 2, 0x1000843)))).toBe(true);
    expect(f.matches(dec(ifinfo('net1', 3, 0x1000843)))).toBe(false);
    expect(f.matches(dec(addrRoute(RTM.ADD, '192.168.1.10', '255.255.255.0', 2)))).toBe(true);
    expect(f.matches(dec(addrRoute(RTM.ADD, '10.0.0.1', '255.0.0.0', 3)))).toBe(false);
    // A route echo names no interface.
    expect(f.matches(dec(rtEcho(RTM.ADD, '10.0.0.0', '127.0.0.1', '255.0.0.0')))).toBe(false);
  });

  it('learns indexes from interface messages (interfaces plumbed later, replays)', () => {
    const f = new MessageFilter({ iface: 'net5' });
    expect(f.matches(dec(addrRoute(RTM.ADD, '10.5.0.1', '255.255.0.0', 7)))).toBe(false);
    f.learn(dec(addrMsg(RTM.NEWADDR, 'net5', 7, '10.5.0.1', '255.255.0.0')));
    expect(f.indexOf('net5')).toBe(7);
    expect(f.matches(dec(addrRoute(RTM.ADD, '10.5.0.1', '255.255.0.0', 7)))).toBe(true);
    // with() keeps what was learned.
    expect(f.with({ iface: 'net5', types: [RTM.ADD] }).matches(dec(addrRoute(RTM.ADD, '10.5.0.1', '255.255.0.0', 7)))).toBe(true);
  });
});

describe('the terminal filter line', () => {
  it('parses keyed and bare words', () => {
    expect(parseFilterExpression('')).toEqual({ spec: {} });
    expect(parseFilterExpression('type=RTM_ADD,IFINFO if=net0 af=inet')).toEqual({ spec: { types: [RTM.ADD, RTM.IFINFO], iface: 'net0', family: 'inet' } });
    expect(parseFilterExpression('add delete net1 inet6')).toEqual({ spec: { types: [RTM.ADD, RTM.DELETE], iface: 'net1', family: 'inet6' } });
    expect(parseFilterExpression('af=any')).toEqual({ spec: {} });
    expect(parseFilterExpression('colour=red')).toEqual({ error: 'colour: unknown filter word (type=, if=, af=)' });
    expect(parseFilterExpression('???')).toEqual({ error: '???: not a message type, family or interface name' });
    expect(parseFilterExpression('type=FOO')).toMatchObject({ error: expect.stringMatching(/^FOO: unknown/) });
  });

  it('formats back to the same words', () => {
    expect(formatFilterExpression({ types: [RTM.ADD, RTM.IFINFO], iface: 'net0', family: 'inet' })).toBe('type=RTM_ADD,RTM_IFINFO if=net0 af=inet');
    expect(formatFilterExpression({})).toBe('');
  });
});
