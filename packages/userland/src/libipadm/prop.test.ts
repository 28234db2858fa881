// libipadm's properties on the simulated kernel: the kernel effects (flags, MTU, metric, the
// tunables), what each release's tables hold, the values as the library prints them, and
// ipmgmtd's property lines.
import { describe, it, expect } from 'vitest';
import { ioctl, IFF, MOD_PROTO } from '@ipmplab/core/testing';
import type { Kernel } from '@ipmplab/core/testing';
import { bootedKernel, memoryFiles } from '@ipmplab/test-support';
import { ipadmGetAddrprop, ipadmGetIfprop, ipadmGetProp, ipadmInitIfProps, ipadmInitProtoProps, ipadmSetAddrprop, ipadmSetIfprop, ipadmSetProp, ipadmWalkProptbl, PROP_CLASS } from './index';
import type { IpadmHandle } from './index';
import { IPADM_CONF_PATH, AOBJMAP_PATH } from '../ipmgmtd/files';
import { parseNvLine } from '../ipmgmtd/nvpair';

function host(release: 'illumos' | 'solaris11' = 'illumos', files: Record<string, string> = {}): { k: Kernel; iph: IpadmHandle; disk: ReturnType<typeof memoryFiles> } {
  const k = bootedKernel();
  ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
  ioctl(k, 'SIOCSLIFADDR', { name: 'net0', af: 'inet', addr: '192.168.1.10' });
  ioctl(k, 'SIOCSLIFNETMASK', { name: 'net0', af: 'inet', addr: '255.255.255.0' });
  const disk = memoryFiles(files);
  return { k, iph: { k, files: disk, release, authorized: true, legacy: false }, disk };
}
const flags = (k: Kernel, name = 'net0') => ioctl(k, 'SIOCGLIFFLAGS', { name, af: 'inet' }).flags;
const T = { active: true };
const { IPV4, IPV6, IP, TCP } = MOD_PROTO;

describe('interface properties', () => {
  it('set the kernel: mtu within the link MTU, metric, arp, exchange_routes', () => {
    const { k, iph } = host();
    expect(ipadmSetIfprop(iph, 'net0', 'mtu', '1400', IPV4, T)).toBe('SUCCESS');
    expect(ioctl(k, 'SIOCGLIFMTU', { name: 'net0', af: 'inet' }).mtu).toBe(1400);
    expect(ipadmSetIfprop(iph, 'net0', 'mtu', '9000', IPV4, T)).toBe('INVALID_ARG');
    expect(ipadmSetIfprop(iph, 'net0', 'mtu', 'x', IPV4, T)).toBe('INVALID_ARG');
    expect(ipadmSetIfprop(iph, 'net0', 'metric', '3', IPV4, T)).toBe('SUCCESS');
    expect(ioctl(k, 'SIOCGLIFMETRIC', { name: 'net0', af: 'inet' }).metric).toBe(3);
    expect(ipadmSetIfprop(iph, 'net0', 'arp', 'off', IPV4, T)).toBe('SUCCESS');
    expect(flags(k) & IFF.NOARP).toBe(IFF.NOARP);
    expect(ipadmSetIfprop(iph, 'net0', 'exchange_routes', 'off', IPV4, T)).toBe('SUCCESS');
    expect(flags(k) & IFF.NORTEXCH).toBe(IFF.NORTEXCH);
    expect(ipadmSetIfprop(iph, 'net0', 'arp', 'maybe', IPV4, T)).toBe('INVALID_ARG');
    expect(ipadmSetIfprop(iph, 'net0', 'mtu', undefined, IPV4, { default: true })).toBe('SUCCESS');
    expect(ioctl(k, 'SIOCGLIFMTU', { name: 'net0', af: 'inet' }).mtu).toBe(1500);
  });
  it('print as the library does', () => {
    const { iph } = host();
    const get = (p: string, t: 'active' | 'default' | 'possible' | 'perm' | 'persist', proto: number = IPV4) => ipadmGetIfprop(iph, 'net0', p, proto, t);
    expect(get('mtu', 'possible')).toEqual({ status: 'SUCCESS', value: '68-1500' });
    expect(get('mtu', 'default').value).toBe('1500');
    expect(get('arp', 'possible').value).toBe('on,off');
    expect(get('usesrc', 'active').value).toBe('none');
    expect(get('metric', 'perm').value).toBe('rw');
    expect(get('mtu', 'persist').status).toBe('NOTFOUND');
    expect(get('mtu', 'active', IPV6).status).toBe('ENXIO');
    expect(get('ttl', 'active').status).toBe('INVALID_ARG');
    expect(get('nosuch', 'active').status).toBe('PROP_UNKNOWN');
  });
  it('refuse a persistent change on an interface ipadm did not create, and a missing one', () => {
    const { iph } = host();
    expect(ipadmSetIfprop(iph, 'net0', 'mtu', '1400', IPV4, { active: true, persist: true })).toBe('TEMPORARY_OBJ');
    expect(ipadmSetIfprop(iph, 'net9', 'mtu', '1400', IPV4, T)).toBe('ENXIO');
    expect(ipadmSetIfprop(iph, 'net0:1', 'mtu', '1400', IPV4, T)).toBe('INVALID_NAME');
  });
  it('persist on its own line: _protocol, _ifname, then the property; a reset removes it', () => {
    const { iph, disk } = host('illumos', { [IPADM_CONF_PATH]: '_ifname=net0;_family=2;\n' });
    expect(ipadmSetIfprop(iph, 'net0', 'mtu', '1400', IPV4, { active: true, persist: true })).toBe('SUCCESS');
    expect(ipadmSetIfprop(iph, 'net0', 'mtu', '1450', IPV4, { active: true, persist: true })).toBe('SUCCESS');
    expect(disk.read(IPADM_CONF_PATH)).toBe('_ifname=net0;_family=2;\n_protocol=ipv4;_ifname=net0;mtu=1450;\n');
    expect(ipadmGetIfprop(iph, 'net0', 'mtu', IPV4, 'persist').value).toBe('1450');
    expect(ipadmSetIfprop(iph, 'net0', 'mtu', undefined, IPV4, { default: true, persist: true })).toBe('SUCCESS');
    expect(disk.read(IPADM_CONF_PATH)).toBe('_ifname=net0;_family=2;\n');
  });
  it('standby and group are Solaris 11 ip properties only', () => {
    const names = (release: 'illumos' | 'solaris11') => {
      const out: string[] = [];
      ipadmWalkProptbl(host(release).iph, IP, PROP_CLASS.IF, (n, p) => { out.push(`${n}/${p}`); return true; });
      return out;
    };
    expect(names('illumos')).toEqual(['arp/1', 'forwarding/1', 'metric/1', 'mtu/1', 'exchange_routes/1', 'usesrc/1', 'forwarding/2', 'metric/2', 'mtu/2', 'nud/2', 'exchange_routes/2', 'usesrc/2']);
    expect(names('solaris11').slice(-2)).toEqual(['group/3', 'standby/3']);
    const { k, iph } = host('solaris11');
    expect(ipadmSetIfprop(iph, 'net0', 'standby', 'on', IP, T)).toBe('SUCCESS');
    expect(flags(k) & IFF.STANDBY).toBe(IFF.STANDBY);
    expect(ipadmSetIfprop(host('illumos').iph, 'net0', 'standby', 'on', IP, T)).toBe('PROP_UNKNOWN');
  });
});

describe('protocol properties', () => {
  it('forwarding sets IFF_ROUTER on every interface of the family, and new ones inherit it', () => {
    const { k, iph } = host();
    expect(ipadmSetProp(iph, 'forwarding', 'on', IPV4, T)).toBe('SUCCESS');
    expect(flags(k) & IFF.ROUTER).toBe(IFF.ROUTER);
    expect(flags(k, 'lo0') & IFF.ROUTER).toBe(0n);
    ioctl(k, 'PLUMB', { name: 'net1', af: 'inet' });
    expect(flags(k, 'net1') & IFF.ROUTER).toBe(IFF.ROUTER);
    expect(ipadmGetProp(iph, 'forwarding', IPV4, 'active').value).toBe('on');
    expect(ipadmSetProp(iph, 'forwarding', undefined, IPV4, { default: true })).toBe('SUCCESS');
    expect(flags(k) & IFF.ROUTER).toBe(0n);
  });
  it('hostmodel is the strict multihoming pair', () => {
    const { iph } = host();
    expect(ipadmSetProp(iph, 'hostmodel', 'strong', IPV4, T)).toBe('SUCCESS');
    expect(ipadmGetProp(iph, 'hostmodel', IPV4, 'active').value).toBe('strong');
    expect(ipadmGetProp(iph, '_strict_dst_multihoming', IPV4, 'active').value).toBe('1');
    expect(ipadmSetProp(iph, '_strict_dst_multihoming', '0', IPV4, T)).toBe('SUCCESS');
    expect(ipadmGetProp(iph, 'hostmodel', IPV4, 'active').value).toBe('custom');
    expect(ipadmSetProp(iph, 'hostmodel', 'medium', IPV4, T)).toBe('INVALID_ARG');
  });
  it('multi-valued extra_priv_ports: +=, -=, and the slot a removed port frees', () => {
    const { iph, disk } = host();
    const cur = () => ipadmGetProp(iph, 'extra_priv_ports', TCP, 'active').value;
    expect(ipadmSetProp(iph, 'extra_priv_ports', '3001', TCP, { active: true, append: true, persist: true })).toBe('SUCCESS');
    expect(cur()).toBe('2049,4045,3001');
    expect(ipadmSetProp(iph, 'extra_priv_ports', '3001', TCP, { active: true, append: true })).toBe('EXISTS');
    expect(ipadmSetProp(iph, 'extra_priv_ports', '2049', TCP, { active: true, remove: true })).toBe('SUCCESS');
    expect(ipadmSetProp(iph, 'extra_priv_ports', '2049', TCP, { active: true, remove: true })).toBe('ESRCH');
    expect(ipadmSetProp(iph, 'extra_priv_ports', '3002', TCP, { active: true, append: true })).toBe('SUCCESS');
    expect(cur()).toBe('3002,4045,3001');
    expect(ipadmSetProp(iph, 'ttl', '3', IPV4, { active: true, append: true })).toBe('INVALID_ARG');
    expect(disk.read(IPADM_CONF_PATH)).toContain('_protocol=tcp;extra_priv_ports=3001;\n');
  });
  it('are replayed from the store when ipmgmtd starts, and interface ones by enable-if', () => {
    const conf = '_protocol=ipv4;forwarding=on;\n_protocol=tcp;__nosuch=1;\n_protocol=ipv4;_ifname=net0;mtu=1400;\n';
    const { k, iph } = host('illumos', { [IPADM_CONF_PATH]: conf });
    expect(ipadmInitProtoProps(iph)).toBe('PROP_UNKNOWN');
    expect(flags(k) & IFF.ROUTER).toBe(IFF.ROUTER);
    expect(ipadmInitIfProps(iph, 'net0', conf.trim().split('\n').map(parseNvLine))).toBe('SUCCESS');
    expect(ioctl(k, 'SIOCGLIFMTU', { name: 'net0', af: 'inet' }).mtu).toBe(1400);
  });
});

describe('address properties', () => {
  const map = { [AOBJMAP_PATH]: '_ifname=net0;_aobjname=net0/v4;_lifnum=0;_family=2;\n' };
  it('read and change the logical interface of the address object', () => {
    const { k, iph } = host('illumos', map);
    const get = (p: string, t: 'active' | 'default' | 'possible' | 'perm') => ipadmGetAddrprop(iph, p, 'net0/v4', t).value;
    expect([get('prefixlen', 'active'), get('prefixlen', 'default'), get('prefixlen', 'possible')]).toEqual(['24', '24', '1-30,32']);
    expect([get('broadcast', 'active'), get('broadcast', 'perm')]).toEqual(['192.168.1.255', 'r-']);
    expect(get('zone', 'active')).toBe('global');
    expect(ipadmSetAddrprop(iph, 'prefixlen', '16', 'net0/v4', T)).toBe('SUCCESS');
    expect(get('broadcast', 'active')).toBe('192.168.255.255');
    expect(ipadmSetAddrprop(iph, 'transmit', 'off', 'net0/v4', T)).toBe('SUCCESS');
    expect(flags(k) & IFF.NOXMIT).toBe(IFF.NOXMIT);
    expect(ipadmSetAddrprop(iph, 'broadcast', '1.2.3.4', 'net0/v4', T)).toBe('NOTSUP');
    expect(ipadmSetAddrprop(iph, 'zone', 'global', 'net0/v4', { active: true, persist: true })).toBe('TEMPORARY_OBJ');
    expect(ipadmSetAddrprop(iph, 'deprecated', 'on', 'net0/v9', T)).toBe('NOTFOUND');
  });
});
