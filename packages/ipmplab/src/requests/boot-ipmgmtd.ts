// What svc:/network/ip-interface-management does when the host boots, before any interface is
// configured: ipmgmtd starts with an empty address-object map (/etc/svc/volatile is a tmpfs)
// and applies the persistent protocol properties (S11 ipmgmt_main.c, ipmgmt_db_init); then
// svc:/network/loopback gives lo0 its address objects (libipadm/loopback.ts).
import { hostFiles, ioctl, mpathdStart } from '@ipmplab/core/syscalls';
import { AOBJMAP_PATH, ipadmInitProtoProps, ipadmNetLoopback } from '@ipmplab/userland';
import type { Session } from '@ipmplab/userland';

export function bootIpmgmtd(session: Session): void {
  session.run((k) => {
    const files = hostFiles(session.db, session.hostId());
    if (files.read(AOBJMAP_PATH) !== undefined) files.remove(AOBJMAP_PATH);
    const { distribution: release } = ioctl(k, 'UNAME', {});
    const iph = { k, files, release, authorized: true, legacy: false };
    ipadmInitProtoProps(iph);
    ipadmNetLoopback(iph);
  });
}

/**
 * svc:/network/ipmp (net-ipmp) starts in.mpathd after the interfaces are configured; the lab
 * starts it when ipadm.conf configured an IPMP interface (hostname files start it through
 * ifconfig, as before).
 */
export function bootMpathd(session: Session): void {
  session.run((k) => mpathdStart(k));
}
