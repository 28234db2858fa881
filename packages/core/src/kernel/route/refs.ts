// Route references (ire_refcnt): a simulated connection to a destination holds the route it
// uses. Deleting a route in use marks it down and takes it out of the table at once; its
// resources are reclaimed when the last reference goes (route(4P)).
import { RTF, KernelError, ERRNO } from '../../wire';
import type { Kernel } from '../kernel';
import type { Family, RouteHold } from '../model';
import type { Route } from './table';
import { canonical, familyOf } from '../addr';

function holds(k: Kernel): RouteHold[] {
  k.state.holds ??= [];
  return k.state.holds;
}

function condemned(k: Kernel): Route[] {
  k.state.condemned ??= [];
  return k.state.condemned;
}

/** Opens a simulated connection to `dest`: the route it would use gains a reference. */
export function holdRoute(k: Kernel, text: string): { hold: RouteHold; route: Route } {
  const family = familyOf(text) as Family | undefined;
  const dest = family && canonical(family, text);
  if (!family || !dest) throw new KernelError(ERRNO.EINVAL);
  const route = k.routes.lookup(family, dest);
  if (!route || (route.flags & (RTF.REJECT | RTF.BLACKHOLE))) throw new KernelError(ERRNO.EHOSTUNREACH);
  route.ref += 1;
  k.routes.update(route);
  const list = holds(k);
  const hold = { id: (list.reduce((m, h) => Math.max(m, h.id), 0) || 0) + 1, family, dest, routeId: route.id! };
  list.push(hold);
  k.dirty = true;
  return { hold, route };
}

/** Closes a connection; a condemned route whose last reference this was is freed. */
export function releaseHold(k: Kernel, id: number): { freed?: Route } {
  const list = holds(k);
  const hold = list.find((h) => h.id === id) ?? (() => { throw new KernelError(ERRNO.ENOENT); })();
  k.state.holds = list.filter((h) => h !== hold);
  k.dirty = true;
  const gone = condemned(k).find((r) => r.id === hold.routeId);
  if (gone) {
    gone.ref -= 1;
    if (gone.ref <= 0 || !k.state.holds.some((h) => h.routeId === gone.id)) {
      k.state.condemned = condemned(k).filter((r) => r !== gone);
      return { freed: gone };
    }
    return {};
  }
  const live = k.routes.byId(hold.routeId);
  if (live) {
    live.ref = Math.max(1, live.ref - 1);
    k.routes.update(live);
  }
  return {};
}

/** A route left the table: if connections still use it, keep it (down) until they let go. */
export function releaseRoute(k: Kernel, route: Route, why: 'deleted'): void {
  void why;
  if (!holds(k).some((h) => h.routeId === route.id)) return;
  condemned(k).push({ ...route, flags: route.flags & ~RTF.UP });
  k.dirty = true;
}
