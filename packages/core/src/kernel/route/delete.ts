// RTM_DELETE (ip_if.c ip_rt_delete): kernel-created entries (RTF_KERNEL) cannot be deleted.
import { RTF, ERRNO } from '../../wire';
import type { Kernel } from '../kernel';
import type { Route } from './table';
import type { RtRequest } from './request';
import { fail, findLocal, isLoopbackAddr } from './request';
import { maskFromPrefix, networkOf } from '../addr';
import { releaseRoute } from './refs';

export function rtDelete(k: Kernel, req: RtRequest): Route {
  const gateway = req.gateway ?? fail(ERRNO.EINVAL);
  if (req.flags & RTF.SETSRC) fail(ERRNO.EINVAL);
  if (req.prefixlen < 0) fail(ERRNO.ESRCH);
  const dst = networkOf(req.family, req.dst, maskFromPrefix(req.family, req.prefixlen));
  const candidates = req.maskGiven
    ? k.routes.find({ family: req.family, dst, prefixlen: req.prefixlen })
    : k.routes.findByDst(req.family, req.dst);
  const local = findLocal(k, req.family, gateway, req.ifp) ?? (isLoopbackAddr(req.family, gateway) ? findLocal(k, req.family, gateway) : undefined);
  const match = local
    ? candidates.find((r) => (r.type === 'ifroute' || r.type === 'interface' || r.type === 'loopback') &&
        r.gateway === gateway && r.ifname === local.phyint.name && !(r.flags & RTF.KERNEL))
    : candidates.find((r) => r.type === 'offlink' && r.gateway === gateway && (!req.ifp || r.ifname === req.ifp.name));
  if (!match) fail(ERRNO.ESRCH);
  // A route in use is removed from the table at once; it is freed when its last user lets go.
  k.routes.remove(match!.id!);
  releaseRoute(k, match!, 'deleted');
  return match!;
}
