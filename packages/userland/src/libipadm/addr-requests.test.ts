// The kernel requests libipadm's address calls make, in order, against the source (S11
// ipadm_addr.c i_ipadm_create_addr, i_ipadm_do_addif, i_ipadm_delete_addr, ipadm_up_addr,
// ipadm_down_addr; libipadm.c i_ipadm_set_flags is SIOCGLIFFLAGS then SIOCSLIFFLAGS), and the
// routing messages the kernel answers with. Only the requests that change the kernel are
// compared (the get requests around them are the library's looking, and move with its checks).
import { describe, it, expect, vi, beforeEach } from 'vitest';
import type { Kernel } from '@ipmplab/core/testing';
import { IFF } from '@ipmplab/core/testing';
import { bootedKernel, drain, memoryFiles } from '@ipmplab/test-support';
import type { IpadmHandle } from './handle';

const calls = vi.hoisted(() => [] as string[]);
vi.mock('@ipmplab/core/syscalls', async (importOriginal) => {
  const m = await importOriginal<typeof import('@ipmplab/core/syscalls')>();
  const show = (cmd: string, a: Record<string, unknown>): string => {
    const name = (a.name as string | undefined) ?? '';
    if (cmd === 'SIOCSLIFFLAGS') return `${cmd} ${name} ${(a.flags as bigint).toString(16)}`;
    return `${cmd} ${name}${a.addr !== undefined ? ` ${a.addr as string}` : ''}${a.group !== undefined ? ` ${a.group as string}` : ''}`;
  };
  return {
    ...m,
    ioctl: (k: Kernel, cmd: string, arg: Record<string, unknown>) => {
      if (/^SIOC(S|LIFADDIF|LIFREMOVEIF)/.test(cmd)) calls.push(show(cmd, arg));
      return (m.ioctl as (k: Kernel, c: string, a: unknown) => unknown)(k, cmd, arg);
    },
  };
});

const { ioctl } = await import('@ipmplab/core/syscalls');
const { ipadmCreateAddrobj, ipadmSetAddr } = await import('./addr-obj');
const { ipadmCreateAddrObj } = await import('./create-addr');
const { ipadmDeleteAddr } = await import('./delete-addr');
const { ipadmDownAddr, ipadmUpAddr } = await import('./addr-ops');
const { ipadmCreateIp } = await import('./create-ip');
const { ipadmCreateIpmp } = await import('./create-ip');
const { ipadmAddIpmp } = await import('./ipmp');

/** A Solaris 11.4 handle (ipadm's, not ifconfig's legacy one). */
function host(): { k: Kernel; iph: IpadmHandle } {
  const k = bootedKernel();
  return { k, iph: { k, files: memoryFiles(), release: 'solaris11', authorized: true, legacy: false } };
}

function create(iph: IpadmHandle, aobjname: string, addr: string, up = true): string {
  const made = ipadmCreateAddrobj('static', aobjname);
  expect(made.status).toBe('SUCCESS');
  expect(ipadmSetAddr(made.obj!, addr)).toBe('SUCCESS');
  calls.length = 0;
  const r = ipadmCreateAddrObj(iph, made.obj!, { persist: true, up });
  expect(r.status).toBe('SUCCESS');
  return r.aobjname;
}

const take = () => calls.splice(0);
const flagsOf = (k: Kernel, name: string) => ioctl(k, 'SIOCGLIFFLAGS', { name, af: 'inet' }).flags;
const hex = (f: bigint) => f.toString(16);

beforeEach(() => {
  calls.length = 0;
});

describe('i_ipadm_create_addr', () => {
  it('unit 0 without an address: netmask, address, then UP (i_ipadm_do_addif keeps unit 0)', () => {
    const { k, iph } = host();
    expect(ipadmCreateIp(iph, 'net0', true)).toBe('SUCCESS');
    const down = flagsOf(k, 'net0');
    drain(k);
    create(iph, 'net0/v4', '192.168.10.10/24');
    expect(take()).toEqual([
      'SIOCSLIFNETMASK net0 255.255.255.0',
      'SIOCSLIFADDR net0 192.168.10.10',
      `SIOCSLIFFLAGS net0 ${hex(down | IFF.UP)}`,
    ]);
    // The kernel: the address changed, then DAD starts (the address is withdrawn until it ends)
    // and, once it has, the interface, the address and its route are announced (route messages
    // name the address with its mask, as ip_rts_newaddrmsg builds them).
    expect(drain(k)).toEqual([
      'RTM_CHGADDR 192.168.10.10/255.255.255.0 net0',
      'RTM_IFINFO net0 1000842',
      'RTM_DELETE 192.168.10.10/255.255.255.0',
      'RTM_DELADDR 192.168.10.10/255.255.255.0 net0',
    ]);
    k.advance(k.now + 2000);
    expect(drain(k)).toEqual([
      'RTM_IFINFO net0 1000843',
      'RTM_NEWADDR 192.168.10.10/255.255.255.0 net0',
      'RTM_ADD 192.168.10.10/255.255.255.0',
    ]);
  });

  it('a second address: SIOCLIFADDIF first, then the same three on the new unit; -d leaves it down', () => {
    const { k, iph } = host();
    ipadmCreateIp(iph, 'net0', true);
    create(iph, 'net0/v4', '192.168.10.10/24');
    create(iph, 'net0/b', '192.168.10.11/24', false);
    const calls2 = take();
    expect(calls2.slice(0, 3)).toEqual(['SIOCLIFADDIF net0', 'SIOCSLIFNETMASK net0:1 255.255.255.0', 'SIOCSLIFADDR net0:1 192.168.10.11']);
    expect(calls2).toHaveLength(3);
    expect(flagsOf(k, 'net0:1') & IFF.UP).toBe(0n);
  });

  it('on an IPMP member: unit 0 down first (no migration), then a test address (NOFAILOVER|DEPRECATED) brought up', () => {
    const { k, iph } = host();
    expect(ipadmCreateIpmp(iph, 'ipmp0', true)).toBe('SUCCESS');
    ipadmCreateIp(iph, 'net0', true);
    expect(ipadmAddIpmp(iph, 'ipmp0', 'net0', true)).toBe('SUCCESS');
    const before = flagsOf(k, 'net0');
    expect(before & IFF.UP).toBe(IFF.UP);
    create(iph, 'net0/test', '192.168.10.30/24');
    const down = before & ~IFF.UP;
    expect(take()).toEqual([
      `SIOCSLIFFLAGS net0 ${hex(down)}`,
      'SIOCSLIFNETMASK net0 255.255.255.0',
      'SIOCSLIFADDR net0 192.168.10.30',
      `SIOCSLIFFLAGS net0 ${hex(down | IFF.NOFAILOVER | IFF.DEPRECATED)}`,
      `SIOCSLIFFLAGS net0 ${hex(down | IFF.NOFAILOVER | IFF.DEPRECATED | IFF.UP)}`,
    ]);
  });

  it('on the IPMP interface: a data address on unit 0, no test marks', () => {
    const { k, iph } = host();
    ipadmCreateIpmp(iph, 'ipmp0', true);
    const f = flagsOf(k, 'ipmp0');
    create(iph, 'ipmp0/v4', '192.168.10.10/24');
    expect(take()).toEqual([
      'SIOCSLIFNETMASK ipmp0 255.255.255.0',
      'SIOCSLIFADDR ipmp0 192.168.10.10',
      `SIOCSLIFFLAGS ipmp0 ${hex(f | IFF.UP)}`,
    ]);
  });
});

describe('i_ipadm_delete_addr, ipadm_up_addr, ipadm_down_addr', () => {
  it('unit 0: down, address zeroed, destination zeroed; a logical unit: SIOCLIFREMOVEIF', () => {
    const { k, iph } = host();
    ipadmCreateIp(iph, 'net0', true);
    create(iph, 'net0/v4', '192.168.10.10/24');
    create(iph, 'net0/b', '192.168.10.11/24');
    k.advance(k.now + 2000);
    const f0 = flagsOf(k, 'net0');
    take();
    drain(k);
    expect(ipadmDeleteAddr(iph, 'net0/b', { persist: true })).toBe('SUCCESS');
    expect(take()).toEqual(['SIOCLIFREMOVEIF net0:1']);
    // The removed logical interface's address goes down, then is freed (RTM_FREEADDR).
    expect(drain(k)).toEqual([
      'RTM_DELETE 192.168.10.11/255.255.255.0',
      'RTM_DELADDR 192.168.10.11/255.255.255.0 net0',
      'RTM_FREEADDR 192.168.10.11/255.255.255.0 net0',
    ]);
    expect(ipadmDeleteAddr(iph, 'net0/v4', { persist: true })).toBe('SUCCESS');
    expect(take()).toEqual([`SIOCSLIFFLAGS net0 ${hex(f0 & ~IFF.UP)}`, 'SIOCSLIFADDR net0 0.0.0.0', 'SIOCSLIFDSTADDR net0 0.0.0.0']);
    // Zeroing a destination it never had leaves a broadcast interface as it is.
    expect(flagsOf(k, 'net0') & (IFF.BROADCAST | IFF.POINTOPOINT)).toBe(IFF.BROADCAST);
  });

  it('down-addr and up-addr: one SIOCSLIFFLAGS each', () => {
    const { k, iph } = host();
    ipadmCreateIp(iph, 'net0', true);
    create(iph, 'net0/v4', '192.168.10.10/24');
    const f0 = flagsOf(k, 'net0');
    take();
    expect(ipadmDownAddr(iph, 'net0/v4', true)).toBe('SUCCESS');
    expect(take()).toEqual([`SIOCSLIFFLAGS net0 ${hex(f0 & ~IFF.UP)}`]);
    expect(ipadmUpAddr(iph, 'net0/v4', true)).toBe('SUCCESS');
    expect(take()).toEqual([`SIOCSLIFFLAGS net0 ${hex(f0)}`]);
  });
});
