// `ipmplab ioctl NAME JSON`: one raw kernel request, as a program would issue it, for
// rehearsing and testing requests no tool makes (SIOCADDRT with a hop count, SIOCGLIFCONF with
// LIFC flags, ...). The argument and the reply are JSON; 64-bit flag words are "0x..." strings.
import { ioctl, KernelError, strerror, formatRouteFlags } from '@ipmplab/core/syscalls';
import { icmpRedirect, holdRoute, releaseHold } from '@ipmplab/core/lab';
import { jsonText } from '@ipmplab/userland';
import { parseIoctlArg } from '../ioctl-arg';
import type { IoctlCmd } from '@ipmplab/core/syscalls';
import type { RedirectIgnored } from '@ipmplab/core/lab';
import type { LabContext } from '../context';
import { LabFailure } from '../messages';
import { done } from '../outcome';
import type { Outcome } from '../outcome';

export function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `0x${v.toString(16)}` : v)));
}

export function ioctlCommand(ctx: LabContext, cmd: string, argText: string): Outcome {
  const arg = parseIoctlArg(cmd, argText);
  return ctx.session.run((k) => {
    try {
      const reply = toJson(ioctl(k, cmd as IoctlCmd, arg as never));
      return done([jsonText(reply)], reply);
    } catch (e) {
      if (!(e instanceof KernelError)) {
        // A malformed argument (missing or mistyped fields) is refused the way a kernel refuses
        // a bad structure: EINVAL.
        return { code: 1, lines: [], json: { errno: 22, error: strerror(22) }, errors: [`ioctl ${cmd}: ${strerror(22)} (errno 22)`] };
      }
      return { code: 1, lines: [], json: { errno: e.errno, error: strerror(e.errno) }, errors: [`ioctl ${cmd}: ${strerror(e.errno)} (errno ${e.errno})`] };
    }
  });
}

/** What the lab says when the kernel drops a redirect (the kernel itself says nothing). */
const IGNORED: Record<RedirectIgnored, (dest: string, gateway: string) => string> = {
  'local-destination': (dest) => `${dest} is one of this host's addresses`,
  'gateway-not-onlink': (_dest, gateway) => `the new gateway ${gateway} is not on a directly connected network`,
  'not-from-router': (dest) => `the redirect did not come from the router in use for ${dest}`,
};

export function redirectCommand(ctx: LabContext, dest: string, gateway: string, from?: string): Outcome {
  return ctx.session.run((k) => {
    const r = icmpRedirect(k, dest, gateway, from);
    if (r.ignored) {
      const reason = IGNORED[r.ignored](dest, gateway);
      return done([`ipmplab: redirect ignored: ${reason}`], { ignored: r.ignored, reason });
    }
    return done([`ipmplab: redirect for ${dest}: now via ${gateway} ${formatRouteFlags(r.route!.flags)}`], { route: toJson(r.route) });
  });
}

export function holdCommand(ctx: LabContext, dest: string): Outcome {
  return ctx.session.run((k) => {
    try {
      const { hold, route } = holdRoute(k, dest);
      return done([`ipmplab: connection ${hold.id} to ${dest} holds the route to ${route.dst}/${route.prefixlen} (Ref ${route.ref})`], { hold, route: toJson(route) });
    } catch (e) {
      if (e instanceof KernelError) throw new LabFailure('noRoute', { dest, error: strerror(e.errno) });
      throw e;
    }
  });
}

export function releaseCommand(ctx: LabContext, id: number): Outcome {
  return ctx.session.run((k) => {
    try {
      const { freed } = releaseHold(k, id);
      const extra = freed ? [`ipmplab: the deleted route to ${freed.dst}/${freed.prefixlen} had no users left and is freed`] : [];
      return done([`ipmplab: connection ${id} closed`, ...extra], { id, freed: freed ? toJson(freed) : null });
    } catch (e) {
      if (e instanceof KernelError) throw new LabFailure('noConnection', { id: String(id) });
      throw e;
    }
  });
}
