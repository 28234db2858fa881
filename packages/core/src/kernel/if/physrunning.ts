// Solaris 11.4's IFF_PHYSRUNNING: the state of the interface's physical link, which the kernel
// reports beside RUNNING on a Solaris 11 host (illumos has no such flag, so an illumos host never
// shows it). Derived when the flags are read rather than stored, so illumos states and their
// documents are untouched.
//
// When it is set is inferred from real Solaris 11.x `ifconfig -a` output (the flag is not in the
// 2011 ON snapshot): physical interfaces, IPMP interfaces and tunnels show it with RUNNING, on
// both families and on every logical interface (it lives with the phyint); lo0, VIRTUAL, never
// does (chef/ohai#512, salt's Solaris fixtures, a 11.4 capture in libpcap#1617, whose author
// found it follows the link state). In the lab a physical phyint is RUNNING exactly when its
// datalink is up, and an IPMP interface when it has an active member, so PHYSRUNNING is RUNNING
// on a Solaris 11 host for every interface but the VIRTUAL ones.
import { IFF, IFF_S11 } from '../../wire';
import type { Kernel } from '../kernel';
import type { Phyint } from '../model';

/** The PHYSRUNNING bit of this phyint's SIOCGLIFFLAGS word (0 on illumos). */
export function physRunning(k: Kernel, phyint: Phyint): bigint {
  if (k.state.release !== 'solaris11') return 0n;
  if ((phyint.flags & IFF.VIRTUAL) !== 0n) return 0n;
  return (phyint.flags & IFF.RUNNING) !== 0n ? IFF_S11.PHYSRUNNING : 0n;
}

/** Flags a Solaris 11 kernel owns and SIOCSLIFFLAGS silently ignores, as it does RUNNING (inferred). */
export function releaseCantChange(k: Kernel): bigint {
  return k.state.release === 'solaris11' ? IFF_S11.PHYSRUNNING | IFF_S11.PROBER : 0n;
}
