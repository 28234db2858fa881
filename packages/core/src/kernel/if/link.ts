// The cable: a datalink's link state drives RUNNING (ip.c DL_NOTE_LINK_UP/DOWN -> ill_restart_dad).
import { IFF, KernelError, ERRNO } from '../../wire';
import type { Family } from '../model';
import type { Kernel } from '../kernel';
import { sendIfinfo } from '../rtsock/emit';
import { startDad } from './dad';
import { cancelTimers, addTimer } from '../timers';

export function setLinkState(k: Kernel, name: string, up: boolean): void {
  const link = k.state.links[name];
  if (!link) throw new KernelError(ERRNO.ENOENT);
  if (link.linkUp === up) return;
  link.linkUp = up;
  k.dirty = true;
  const phyint = k.state.phyints[name];
  if (!phyint) return;
  if (up) phyint.flags |= IFF.RUNNING;
  else phyint.flags &= ~IFF.RUNNING;
  for (const fam of ['inet', 'inet6'] as Family[]) {
    const ill = phyint.ills[fam];
    if (!ill) continue;
    const unit0 = ill.ipifs.find((i) => i.id === 0);
    if (!up) {
      // Every address loses its ready state; one IFINFO at once.
      for (const ipif of ill.ipifs) if ((ipif.flags & IFF.UP) !== 0n) ipif.ready = false;
      cancelTimers(k, (x) => x.kind === 'dad' && x.name === name && x.family === fam);
      if (unit0) sendIfinfo(k, { phyint, ill, ipif: unit0 });
      continue;
    }
    // Link up: UP addresses run DAD again (announced on completion); if unit 0 is down an IFINFO
    // goes out at once; DUPLICATE addresses get a recovery attempt.
    if (unit0 && (unit0.flags & IFF.UP) === 0n) sendIfinfo(k, { phyint, ill, ipif: unit0 });
    for (const ipif of ill.ipifs) {
      if ((ipif.flags & IFF.UP) !== 0n) startDad(k, { phyint, ill, ipif });
      else if ((ipif.flags & IFF.DUPLICATE) !== 0n) {
        cancelTimers(k, (x) => x.kind === 'dad-recovery' && x.name === name && x.family === fam && x.id === ipif.id);
        addTimer(k, { at: k.now, kind: 'dad-recovery', name, family: fam, id: ipif.id, addr: ipif.addr });
      }
    }
  }
}

/**
 * The lab gives a NIC another hardware address: its factory address changes, and what the link
 * uses with it (a reboot keeps it; dladm reset-linkprop -p mac-address returns to it).
 */
export function setLinkMac(k: Kernel, name: string, text: string): string {
  const link = k.state.links[name];
  if (!link) throw new KernelError(ERRNO.ENOENT);
  const parts = text.split(':');
  if (parts.length !== 6 || !parts.every((p) => /^[0-9a-fA-F]{1,2}$/.test(p))) throw new KernelError(ERRNO.EINVAL);
  link.mac = parts.map((p) => p.toLowerCase().padStart(2, '0')).join(':');
  link.factoryMac = link.mac;
  k.dirty = true;
  return link.mac;
}
