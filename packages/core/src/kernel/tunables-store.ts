// Where the protocol tunables keep their values: the state's `tunables`, by "<proto>/<name>",
// holding only what differs from the boot value. Apart from tunables.ts so that plumbing can
// ask whether the host forwards without reaching the request handlers.
import type { Kernel } from './kernel';
import type { Family } from './model';

/** MOD_PROTO_IPV4 and MOD_PROTO_IPV6 (inet/tunables.h). */
export const PROTO_OF_FAMILY: Record<Family, number> = { inet: 0x01, inet6: 0x02 };

export const tunableKey = (proto: number, name: string): string => `${proto}/${name}`;

/** The current text of a tunable, or `def` when it has its boot value. */
export function tunableValue(k: Kernel, proto: number, name: string, def: string): string {
  return k.state.tunables?.[tunableKey(proto, name)] ?? def;
}

/** ip_forwarding / ip6_forwarding: ill_phyint_reinit makes a new ill a router when it is on. */
export function forwardingOn(k: Kernel, af: Family): boolean {
  return tunableValue(k, PROTO_OF_FAMILY[af], 'forwarding', '0') === '1';
}
