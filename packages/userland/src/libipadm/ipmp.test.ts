// libipadm's interface and IPMP calls on the simulated kernel: what they plumb, the routing
// messages rtmon would see, what ipmgmtd writes, and the statuses of each release.
import { describe, it, expect } from 'vitest';
import { ioctl, IFF } from '@ipmplab/core/testing';
import type { Kernel, Release } from '@ipmplab/core/testing';
import { bootedKernel, drain, flagsOf, memoryFiles, setFlags } from '@ipmplab/test-support';
import { ipadmCreateIp, ipadmCreateIpmp, ipadmDeleteIp, ipadmDeleteIpmp, ipadmAddIpmp, ipadmUpdateIpmpMember, ipadmIfInfo, ipadmStatus2str } from './index';
import type { IpadmHandle } from './index';
import { IPADM_CONF_PATH } from '../ipmgmtd';

function handle(release: Release = 'illumos'): IpadmHandle & { files: ReturnType<typeof memoryFiles> } {
  const k = bootedKernel();
  drain(k);
  return { k, files: memoryFiles(), release, authorized: true, legacy: false };
}
const conf = (iph: { files: ReturnType<typeof memoryFiles> }) => (iph.files.map.get(IPADM_CONF_PATH) ?? '').split('\n').filter((l) => l && !l.startsWith('#'));
const group = (k: Kernel, name: string) => ioctl(k, 'SIOCGLIFGROUPNAME', { name, af: 'inet' }).group;

describe('ipadm_create_ip', () => {
  it('plumbs IPv4 then IPv6 without a link-local address, leaves both down, and persists one line per family', () => {
    const iph = handle();
    expect(ipadmCreateIp(iph, 'net0', true)).toBe('SUCCESS');
    expect(flagsOf(iph.k, 'net0', 'inet') & IFF.UP).toBe(0n);
    expect(flagsOf(iph.k, 'net0', 'inet6') & (IFF.UP | IFF.NOLINKLOCAL)).toBe(IFF.NOLINKLOCAL);
    expect(ioctl(iph.k, 'SIOCGLIFADDR', { name: 'net0', af: 'inet6' }).addr).toBe('::');
    // Nothing is up: the kernel announces the new interfaces only.
    expect(drain(iph.k).every((m) => m.startsWith('RTM_IFINFO'))).toBe(true);
    expect(conf(iph)).toEqual(['_ifname=net0;_family=2;_class=0;', '_ifname=net0;_family=26;_class=0;']);
  });

  it('writes nothing for a temporary interface, and refuses one that exists or has no datalink', () => {
    const iph = handle();
    expect(ipadmCreateIp(iph, 'net1', false)).toBe('SUCCESS');
    expect(conf(iph)).toEqual([]);
    expect(ipadmCreateIp(iph, 'net1', false)).toBe('IF_EXISTS');
    expect(ipadmCreateIp(iph, 'net9', true)).toBe('DLPI_FAILURE');
    const s11 = handle('solaris11');
    expect(ipadmCreateIp(s11, 'net9', true)).toBe('DLADM_FAILURE');
    expect(ipadmStatus2str('DLADM_FAILURE', 'solaris11')).toBe('Datalink does not exist');
  });
});

describe('IPMP membership', () => {
  it('joins a member, brings its lif 0 up, and persists the member on the IPMP interface', () => {
    const iph = handle();
    expect(ipadmCreateIpmp(iph, 'ipmp0', true)).toBe('SUCCESS');
    expect(flagsOf(iph.k, 'ipmp0') & IFF.IPMP).toBe(IFF.IPMP);
    expect(ipadmCreateIp(iph, 'net0', true)).toBe('SUCCESS');
    drain(iph.k);
    expect(ipadmAddIpmp(iph, 'ipmp0', 'net0', true)).toBe('SUCCESS');
    expect(group(iph.k, 'net0')).toBe('ipmp0');
    expect(flagsOf(iph.k, 'net0') & IFF.UP).toBe(IFF.UP);
    expect(conf(iph)).toContain('_ifname=ipmp0;_underif=net0;');
    const info = ipadmIfInfo(iph, 'ipmp0');
    expect(info.status).toBe('SUCCESS');
    expect(info.info[0]).toMatchObject({ name: 'ipmp0', class: 'ipmp', unders: ['net0'] });
  });

  it('illumos: a member\'s UP data address goes down for the join and comes back on the IPMP interface', () => {
    const iph = handle();
    ipadmCreateIpmp(iph, 'ipmp0', true);
    ipadmCreateIp(iph, 'net0', true);
    ioctl(iph.k, 'SIOCSLIFNETMASK', { name: 'net0', af: 'inet', addr: '255.255.255.0' });
    ioctl(iph.k, 'SIOCSLIFADDR', { name: 'net0', af: 'inet', addr: '10.0.0.30' });
    setFlags(iph.k, 'net0', 'inet', IFF.UP);
    expect(ipadmUpdateIpmpMember(iph, 'ipmp0', 'net0', true, 'add')).toBe('SUCCESS');
    expect(group(iph.k, 'net0')).toBe('ipmp0');
    // The kernel migrates a data address brought up on a member to the IPMP interface.
    const onIpmp = ioctl(iph.k, 'SIOCGLIFCONF', { af: 'inet', flags: 0 }).entries.filter((e) => e.name.startsWith('ipmp0'));
    expect(onIpmp.map((e) => e.addr)).toContain('10.0.0.30');
    expect(ipadmUpdateIpmpMember(iph, 'ipmp0', 'net0', true, 'remove')).toBe('SUCCESS');
    expect(group(iph.k, 'net0')).toBe('');
    expect(conf(iph)).not.toContain('_ifname=ipmp0;_underif=net0;');
  });

  it('Solaris 11: the library refuses a member with UP addresses; ipadm brings them down and retries', () => {
    const iph = handle('solaris11');
    ipadmCreateIpmp(iph, 'ipmp0', true);
    ipadmCreateIp(iph, 'net0', true);
    ioctl(iph.k, 'SIOCSLIFNETMASK', { name: 'net0', af: 'inet', addr: '255.255.255.0' });
    ioctl(iph.k, 'SIOCSLIFADDR', { name: 'net0', af: 'inet', addr: '10.0.0.30' });
    setFlags(iph.k, 'net0', 'inet', IFF.UP);
    expect(ipadmAddIpmp(iph, 'ipmp0', 'net0', true)).toBe('UNDERIF_UP_ADDRS');
    expect(ipadmStatus2str('UNDERIF_UP_ADDRS', 'solaris11')).toBe('Underlying interface has addresses marked up');
    expect(group(iph.k, 'net0')).toBe('');
  });

  it('refuses to delete a group with members unless forced; deleting an interface removes its lines', () => {
    const iph = handle();
    ipadmCreateIpmp(iph, 'ipmp0', true);
    ipadmCreateIp(iph, 'net0', true);
    ipadmAddIpmp(iph, 'ipmp0', 'net0', true);
    expect(ipadmDeleteIpmp(iph, 'ipmp0', false)).toBe('GRP_NOTEMPTY');
    expect(ipadmDeleteIpmp(iph, 'ipmp0', true)).toBe('SUCCESS');
    expect(group(iph.k, 'net0')).toBe('');
    expect(conf(iph).some((l) => l.startsWith('_ifname=ipmp0;'))).toBe(false);
    expect(ipadmDeleteIp(iph, 'net0')).toBe('SUCCESS');
    expect(conf(iph)).toEqual([]);
  });
});
