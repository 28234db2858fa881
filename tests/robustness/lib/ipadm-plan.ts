// The work of one concurrent process in the ipadm concurrency test: ipadm and ifconfig commands
// mixed on the process's own two datalinks and its own addresses (10.<p+1>.<slot+1>.1/24). A
// small model of those interfaces picks commands that should work, with a few deliberate
// mistakes (an existing address object, a persistent change to a temporary interface, a
// missing interface) so that the error paths run too. The same plan is written as a /bin/sh
// script (real processes) and replayed in-process (the serial reference); both runs report, per
// command, the exit status, stdout and stderr.
import type { Rng } from '@ipmplab/test-support';

export type Tool = 'ipadm' | 'ifconfig';

/** An argv word, or the logical interface an earlier `ifconfig addif` reported for a slot. */
export type Word = string | { lif: number };

export interface IpadmOp {
  tool: Tool;
  argv: Word[];
  /** `ifconfig addif`: the slot whose logical interface name its output reports. */
  learns?: number;
  /** Output that shows other processes' interfaces too (`ifconfig -a`): compared after a filter. */
  wholeHost?: boolean;
  /** What the model expects: exit 0, or a deliberate mistake (non-zero). */
  ok: boolean;
}

export interface IpadmPlan {
  p: number;
  links: string[];
  ops: IpadmOp[];
}

export const ipadmAddrOf = (p: number, slot: number) => `10.${p + 1}.${slot + 1}.1`;

/** What the model knows of one own datalink's IP interface. */
interface Link {
  name: string;
  /** Absent, made by `ipadm create-ip` (persistent or -t), or plumbed by ifconfig. */
  by: 'none' | 'ipadm' | 'ipadm-t' | 'ifconfig';
  /** Addresses made by ipadm create-addr: address object name -> slot, persistent, up. */
  objs: Map<string, { slot: number; persistent: boolean; up: boolean }>;
  /** Addresses made by ifconfig addif: slot -> up. */
  lifs: Map<number, { up: boolean }>;
}

const temporary = (l: Link) => l.by !== 'ipadm';

export function makeIpadmPlan(rng: Rng, p: number, links: string[], count: number): IpadmPlan {
  const state: Link[] = links.map((name) => ({ name, by: 'none', objs: new Map(), lifs: new Map() }));
  let nextSlot = 0;
  const ops: IpadmOp[] = [];
  const ipadm = (argv: Word[], ok = true): IpadmOp => ({ tool: 'ipadm', argv, ok });
  const ifconfig = (argv: Word[], ok = true): IpadmOp => ({ tool: 'ifconfig', argv, ok });
  const addr = (slot: number) => `${ipadmAddrOf(p, slot)}/24`;

  while (ops.length < count) {
    const l = rng.pick(state);
    const plumbed = l.by !== 'none';
    const objs = [...l.objs.keys()];
    const lifs = [...l.lifs.keys()];
    const kind = rng.weighted<string>([
      [plumbed ? 0 : 30, 'plumb'],
      [plumbed ? 16 : 0, 'create-addr'],
      [objs.length ? 6 : 0, 'delete-addr'],
      [objs.length ? 8 : 0, 'down-up-addr'],
      [plumbed ? 8 : 0, 'set-ifprop'],
      [plumbed ? 10 : 0, 'addif'],
      [lifs.length ? 5 : 0, 'removeif'],
      [lifs.length ? 7 : 0, 'ifconfig-flag'],
      [plumbed ? 3 : 0, 'delete-ip'],
      [9, 'show'],
      [3, 'mistake'],
    ]);
    const tempFlag = (required: boolean) => (required || rng.chance(0.3) ? ['-t'] : []);
    switch (kind) {
      case 'plumb': {
        const how = rng.weighted<'ipadm' | 'ipadm-t' | 'ifconfig'>([[4, 'ipadm'], [3, 'ipadm-t'], [3, 'ifconfig']]);
        if (how === 'ifconfig') {
          // ifconfig plumbs IPv4 only, and makes no persistent configuration.
          ops.push(ifconfig([l.name, 'plumb']));
        } else {
          ops.push(ipadm(['create-ip', ...(how === 'ipadm-t' ? ['-t'] : []), l.name]));
        }
        l.by = how;
        break;
      }
      case 'create-addr': {
        const slot = nextSlot++;
        const obj = `${l.name}/a${slot}`;
        const t = tempFlag(temporary(l));
        ops.push(ipadm(['create-addr', ...t, '-T', 'static', '-a', addr(slot), obj]));
        l.objs.set(obj, { slot, persistent: t.length === 0, up: true });
        break;
      }
      case 'delete-addr': {
        const obj = rng.pick(objs);
        ops.push(ipadm(['delete-addr', obj]));
        l.objs.delete(obj);
        break;
      }
      case 'down-up-addr': {
        const obj = rng.pick(objs);
        const o = l.objs.get(obj)!;
        // -t: the running system only; without it ipadm also records the state in ipadm.conf.
        const t = tempFlag(!o.persistent);
        ops.push(ipadm([o.up ? 'down-addr' : 'up-addr', ...t, obj]));
        o.up = !o.up;
        break;
      }
      case 'set-ifprop': {
        const [prop, value] = rng.chance(0.5) ? ['mtu', String(rng.range(1280, 1500))] : ['metric', String(rng.range(0, 9))];
        ops.push(ipadm(['set-ifprop', ...tempFlag(temporary(l)), '-p', `${prop}=${value}`, '-m', 'ipv4', l.name]));
        break;
      }
      case 'addif': {
        const slot = nextSlot++;
        const up = rng.chance(0.7);
        ops.push({ ...ifconfig([l.name, 'addif', addr(slot), ...(up ? ['up'] : [])]), learns: slot });
        l.lifs.set(slot, { up });
        break;
      }
      case 'removeif': {
        const slot = rng.pick(lifs);
        ops.push(ifconfig([l.name, 'removeif', ipadmAddrOf(p, slot)]));
        l.lifs.delete(slot);
        break;
      }
      case 'ifconfig-flag': {
        const slot = rng.pick(lifs);
        const s = l.lifs.get(slot)!;
        ops.push(ifconfig([{ lif: slot }, s.up ? 'down' : 'up']));
        s.up = !s.up;
        break;
      }
      case 'delete-ip': {
        ops.push(ipadm(['delete-ip', l.name]));
        l.by = 'none';
        l.objs.clear();
        l.lifs.clear();
        break;
      }
      case 'show': {
        const which = rng.weighted<string>([[3, 'show-if'], [3, 'show-addr'], [2, 'ifconfig'], [2, 'ifconfig-a']]);
        if (which === 'show-if') ops.push(ipadm(['show-if', l.name], plumbed));
        // `show-addr IF/` on an interface without addresses: ipadm_addr_info() finds none, ENXIO.
        else if (which === 'show-addr') ops.push(ipadm(['show-addr', objs.length && rng.chance(0.5) ? rng.pick(objs) : `${l.name}/`], objs.length + lifs.length > 0));
        else if (which === 'ifconfig') ops.push(ifconfig([l.name], plumbed));
        else ops.push({ ...ifconfig(['-a']), wholeHost: true });
        break;
      }
      case 'mistake': {
        if (objs.length) {
          // The address object exists already.
          ops.push(ipadm(['create-addr', '-t', '-T', 'static', '-a', addr(nextSlot++), rng.pick(objs)], false));
        } else if (plumbed && temporary(l)) {
          // A persistent change to an interface that is not persistent.
          ops.push(ipadm(['set-ifprop', '-p', 'metric=1', '-m', 'ipv4', l.name], false));
        } else if (!plumbed) {
          ops.push(ipadm(['delete-ip', l.name], false));
        } else {
          ops.push(ipadm(['create-ip', l.name], false));
        }
        break;
      }
    }
  }
  return { p, links, ops };
}

/** The argv of an op, given the logical names the process learnt from its addif outputs. */
export function ipadmArgvOf(plan: IpadmPlan, op: IpadmOp, names: Map<number, string>): string[] {
  return op.argv.map((w) => {
    if (typeof w === 'string') return w;
    const n = names.get(w.lif);
    if (!n) throw new Error(`process ${plan.p}: no logical name recorded for slot ${w.lif}`);
    return n;
  });
}

/** The logical interface `ifconfig addif` reports on stdout. */
export const learntName = (stdout: string) => /^Created new logical interface (\S+)$/m.exec(stdout)?.[1];

const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The plan as a /bin/sh script. Per op i it prints "S i status outBytes errBytes" and then the
 * command's stdout and stderr bytes exactly (ipadm's messages need not end in a newline), so
 * each command's streams are read back whole and apart.
 */
export function ipadmScriptOf(plan: IpadmPlan, bin: string, stateFile: string, scratch: string): string {
  const lines = [
    `B=${sh(bin)}; F=${sh(stateFile)}; O=${sh(`${scratch}.out`)}; E=${sh(`${scratch}.err`)}`,
    'r() { i=$1; shift; "$B/$@" >"$O" 2>"$E"; s=$?; printf \'S %s %s %s %s\\n\' "$i" "$s" $(wc -c <"$O") $(wc -c <"$E"); cat "$O" "$E"; }',
  ];
  plan.ops.forEach((op, i) => {
    const words = op.argv.map((w) => (typeof w === 'string' ? sh(w) : `"$L${w.lif}"`));
    lines.push(`r ${i} ${op.tool} --state "$F" ${words.join(' ')}`);
    if (op.learns !== undefined) lines.push(`L${op.learns}=$(sed -n 's/^Created new logical interface //p' "$O")`);
  });
  return `${lines.join('\n')}\n`;
}

export interface IpadmResult {
  status: number;
  out: string;
  err: string;
}

/** Reads a script's stdout back into one result per op. */
export function parseIpadmScriptOutput(stdout: Buffer, count: number): { results: (IpadmResult | undefined)[]; problems: string[] } {
  const results: (IpadmResult | undefined)[] = new Array(count).fill(undefined);
  const problems: string[] = [];
  let at = 0;
  while (at < stdout.length) {
    const nl = stdout.indexOf(0x0a, at);
    const head = stdout.subarray(at, nl < 0 ? stdout.length : nl).toString('utf8');
    const m = /^S (\d+) (\d+) (\d+) (\d+)$/.exec(head);
    if (!m || nl < 0) {
      problems.push(`unframed output at byte ${at}: ${JSON.stringify(head.slice(0, 80))}`);
      break;
    }
    const [i, status, outLen, errLen] = m.slice(1).map(Number);
    const out = stdout.subarray(nl + 1, nl + 1 + outLen).toString('utf8');
    const err = stdout.subarray(nl + 1 + outLen, nl + 1 + outLen + errLen).toString('utf8');
    if (results[i]) problems.push(`op ${i} reported twice`);
    results[i] = { status, out, err };
    at = nl + 1 + outLen + errLen;
  }
  results.forEach((r, i) => {
    if (!r) problems.push(`op ${i}: no result`);
  });
  return { results, problems };
}
