// net-loopback's address objects: what a fresh disk holds equals what every boot writes, and
// Solaris 11.4's first boot persists lo0 while later boots bring back what ipadm.conf keeps.
import { describe, it, expect, afterAll } from 'vitest';
import { hostFiles, openState } from '@ipmplab/core/testing';
import { bootedKernel, memoryFiles, tempState } from '@ipmplab/test-support';
import { AOBJMAP_PATH, IPADM_CONF_PATH } from '../ipmgmtd';
import { ipadmNetLoopback } from './loopback';
import type { IpadmHandle } from './handle';

const tmp = tempState();
afterAll(() => tmp.cleanup());

const boot = (release: IpadmHandle['release'], files = memoryFiles()) => {
  const iph: IpadmHandle = { k: bootedKernel(), files, release, authorized: true, legacy: false };
  ipadmNetLoopback(iph);
  return files;
};

describe('net-loopback', () => {
  it('writes on illumos exactly the map a fresh disk holds (lo0/v4, lo0/v6, temporary)', () => {
    const db = openState(tmp.file);
    const fresh = hostFiles(db, 1).read(AOBJMAP_PATH);
    db.close();
    expect(fresh).toContain('_aobjname=lo0/v4;_ifname=lo0;_lifnum=0;_family=2;_flags=1;');
    expect(boot('illumos').read(AOBJMAP_PATH)).toBe(fresh);
    expect(boot('illumos').read(IPADM_CONF_PATH)).toBeUndefined();
  });

  it('persists lo0 on a Solaris 11.4 first boot and replays it afterwards', () => {
    const files = boot('solaris11');
    const conf = files.read(IPADM_CONF_PATH)!;
    expect(conf.split('\n').filter((l) => l.startsWith('_'))).toEqual([
      '_ifname=lo0;_family=2;_class=2;',
      '_ifname=lo0;_aobjname=lo0/v4;_ipv4addr=127.0.0.1,;up=yes;',
      '_ifname=lo0;_aobjname=lo0/v4;prefixlen=8;',
      '_ifname=lo0;_family=26;_class=2;',
      '_ifname=lo0;_aobjname=lo0/v6;_ipv6addr=::1,;up=yes;',
      '_ifname=lo0;_aobjname=lo0/v6;prefixlen=128;',
    ]);
    expect(files.read(AOBJMAP_PATH)).toContain('_aobjname=lo0/v6;_ifname=lo0;_lifnum=0;_family=26;_flags=3;');
    // The next boot: the volatile map is gone, ipadm.conf stays and is not written again.
    files.remove(AOBJMAP_PATH);
    boot('solaris11', files);
    expect(files.read(IPADM_CONF_PATH)).toBe(conf);
    expect(files.read(AOBJMAP_PATH)).toContain('_aobjname=lo0/v4;_ifname=lo0;_lifnum=0;_family=2;_flags=3;');
  });
});
