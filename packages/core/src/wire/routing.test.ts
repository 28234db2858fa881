import { describe, it, expect } from 'vitest';
import {
  AF_INET,
  AF_INET6,
  AF_LINK,
  AF_UNSPEC,
  IFT_ETHER,
  IFT_LOOP,
  IFT_OTHER,
  LIFC,
  RTA,
  RTAW_DEFAULT,
  RTAW_UNDER_IPMP,
  RTAX,
  RTA_NAMES,
  RTF,
  RTM,
  RTM_VERSION,
  RTSQ_ALL,
  RTSQ_DEFAULT,
  RTSQ_NORMAL,
  RTSQ_UNDER_IPMP,
  RTV,
  RT_AWARE,
  ROUTE_FLAG_DISPLAY,
  formatAddrNames,
  formatMetricNames,
  formatRouteFlags,
  rtmHeaderKind,
  rtmMonitorText,
  rtmName,
} from './routing.js';

describe('message types (route.h, route.c msgtypes)', () => {
  it('RTM_VERSION is 3', () => {
    expect(RTM_VERSION).toBe(3);
  });

  it.each([
    [0x1, 'RTM_ADD', 'rt', 'RTM_ADD: Add Route'],
    [0x2, 'RTM_DELETE', 'rt', 'RTM_DELETE: Delete Route'],
    [0x3, 'RTM_CHANGE', 'rt', 'RTM_CHANGE: Change Metrics or flags'],
    [0x4, 'RTM_GET', 'rt', 'RTM_GET: Report Metrics'],
    [0x5, 'RTM_LOSING', 'rt', 'RTM_LOSING: Kernel Suspects Partitioning'],
    [0x6, 'RTM_REDIRECT', 'rt', 'RTM_REDIRECT: Told to use different route'],
    [0x7, 'RTM_MISS', 'rt', 'RTM_MISS: Lookup failed on this address'],
    [0x8, 'RTM_LOCK', 'rt', 'RTM_LOCK: fix specified metrics'],
    [0x9, 'RTM_OLDADD', 'rt', 'RTM_OLDADD: caused by SIOCADDRT'],
    [0xa, 'RTM_OLDDEL', 'rt', 'RTM_OLDDEL: caused by SIOCDELRT'],
    [0xb, 'RTM_RESOLVE', 'rt', 'RTM_RESOLVE: Route created by cloning'],
    [0xc, 'RTM_NEWADDR', 'ifa', 'RTM_NEWADDR: address being brought up on iface'],
    [0xd, 'RTM_DELADDR', 'ifa', 'RTM_DELADDR: address being brought down on iface'],
    [0xe, 'RTM_IFINFO', 'if', 'RTM_IFINFO: iface status change'],
    [0xf, 'RTM_CHGADDR', 'ifa', 'RTM_CHGADDR: address being changed on iface'],
    [0x10, 'RTM_FREEADDR', 'ifa', 'RTM_FREEADDR: address being removed from iface'],
  ])('type %i is %s (%s header)', (type, name, header, text) => {
    expect(RTM[name.slice(4) as keyof typeof RTM]).toBe(type);
    expect(rtmName(type)).toBe(name);
    expect(rtmHeaderKind(type)).toBe(header);
    expect(rtmMonitorText(type)).toBe(text);
  });

  it('has no monitor text for types route.c does not understand', () => {
    expect(rtmMonitorText(0)).toBeUndefined();
    expect(rtmMonitorText(17)).toBeUndefined();
    expect(rtmName(17)).toBeUndefined();
  });

  it('uses rt_msghdr for unknown types, as rts_header_msg_size does', () => {
    expect(rtmHeaderKind(0)).toBe('rt');
    expect(rtmHeaderKind(200)).toBe('rt');
  });
});

describe('RTA bits', () => {
  it('have the route.h values and RTAX order', () => {
    expect(RTA).toEqual({
      DST: 0x1,
      GATEWAY: 0x2,
      NETMASK: 0x4,
      GENMASK: 0x8,
      IFP: 0x10,
      IFA: 0x20,
      AUTHOR: 0x40,
      BRD: 0x80,
      SRC: 0x100,
    });
    expect(RTA_NAMES).toEqual(['DST', 'GATEWAY', 'NETMASK', 'GENMASK', 'IFP', 'IFA', 'AUTHOR', 'BRD', 'SRC']);
    expect(RTAX.IFP).toBe(4);
    expect(RTAX.SRC).toBe(8);
  });

  it('formats like route monitor', () => {
    expect(formatAddrNames(0xb4)).toBe('<NETMASK,IFP,IFA,BRD>');
    expect(formatAddrNames(0x37)).toBe('<DST,GATEWAY,NETMASK,IFP,IFA>');
    expect(formatAddrNames(0x1ff)).toBe('<DST,GATEWAY,NETMASK,GENMASK,IFP,IFA,AUTHOR,BRD,SRC>');
    expect(formatAddrNames(0)).toBe('');
  });
});

describe('route flags', () => {
  it('have the route.h values', () => {
    expect(RTF.UP).toBe(0x1);
    expect(RTF.DONE).toBe(0x40);
    expect(RTF.MASK).toBe(0x80);
    expect(RTF.STATIC).toBe(0x800);
    expect(RTF.BLACKHOLE).toBe(0x1000);
    expect(RTF.MULTIRT).toBe(0x10000);
    expect(RTF.SETSRC).toBe(0x20000);
    expect(RTF.INDIRECT).toBe(0x40000);
    expect(RTF.KERNEL).toBe(0x80000);
    expect(RTF.ZONE).toBe(0x100000);
  });

  it('format with the route.c names', () => {
    expect(formatRouteFlags(0x842)).toBe('<GATEWAY,DONE,STATIC>');
    expect(formatRouteFlags(0x843)).toBe('<UP,GATEWAY,DONE,STATIC>');
    expect(formatRouteFlags(0x80041)).toBe('<UP,DONE,KERNEL>');
    expect(formatRouteFlags(0x80)).toBe('<MASK_PRESENT>');
    expect(formatRouteFlags(0x1ffffe)).toBe(
      '<GATEWAY,HOST,REJECT,DYNAMIC,MODIFIED,DONE,MASK_PRESENT,CLONING,XRESOLVE,LLINFO,STATIC,' +
        'BLACKHOLE,PRIVATE,PROTO2,PROTO1,MULTIRT,SETSRC,INDIRECT,KERNEL,ZONE>',
    );
    expect(formatRouteFlags(0)).toBe('');
    expect(formatRouteFlags(0x200000)).toBe('');
  });

  it('carry the netstat letters that come from the bit', () => {
    const letters = Object.fromEntries(
      ROUTE_FLAG_DISPLAY.filter((d) => d.netstatLetter).map((d) => [d.flag, d.netstatLetter]),
    );
    expect(letters).toEqual({ UP: 'U', REJECT: 'R', DYNAMIC: 'D', BLACKHOLE: 'B', MULTIRT: 'M', SETSRC: 'S', INDIRECT: 'I', ZONE: 'Z' });
  });
});

describe('metrics', () => {
  it('RTV values', () => {
    expect(RTV).toEqual({ MTU: 1, HOPCOUNT: 2, EXPIRE: 4, RPIPE: 8, SPIPE: 0x10, SSTHRESH: 0x20, RTT: 0x40, RTTVAR: 0x80 });
  });

  it('format in metricnames order (highest bit first)', () => {
    expect(formatMetricNames(0xf9)).toBe('<rttvar,rtt,ssthresh,sendpipe,recvpipe,mtu>');
    expect(formatMetricNames(0x1ff)).toBe('<pksent,rttvar,rtt,ssthresh,sendpipe,recvpipe,expire,hopcount,mtu>');
    expect(formatMetricNames(0)).toBe('');
  });
});

describe('socket-level constants', () => {
  it('use the illumos address family numbers', () => {
    expect([AF_UNSPEC, AF_INET, AF_LINK, AF_INET6]).toEqual([0, 2, 25, 26]);
  });

  it('RT_AWARE and RTSQ', () => {
    expect([RT_AWARE, RTAW_DEFAULT, RTAW_UNDER_IPMP]).toEqual([1, 0, 0x10]);
    expect([RTSQ_UNDER_IPMP, RTSQ_NORMAL, RTSQ_ALL, RTSQ_DEFAULT]).toEqual([1, 2, 3, 4]);
  });

  it('IFT and LIFC', () => {
    expect([IFT_OTHER, IFT_ETHER, IFT_LOOP]).toEqual([1, 6, 24]);
    expect(LIFC).toEqual({ NOXMIT: 1, EXTERNAL_SOURCE: 2, TEMPORARY: 4, ALLZONES: 8, UNDER_IPMP: 0x10, ENABLED: 0x20 });
  });
});
