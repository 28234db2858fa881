// The work of one concurrent process: ifconfig commands on its own addresses (10.<p+1>.n.1/24)
// and its own logical interfaces, on a datalink it shares with another process, interleaved
// with reads. The same plan is written as a /bin/sh script (real processes) and replayed
// in-process (the serial reference), and both runs are checked with the same expectations.
import type { Rng } from '@ipmplab/test-support';
import { parseIfconfigA } from './ifconfig-output';

export type Op =
  | { kind: 'addif'; slot: number; up: boolean }
  | { kind: 'removeif'; slot: number }
  | { kind: 'flag'; slot: number; word: 'up' | 'down' | 'deprecated' | '-deprecated' }
  | { kind: 'show'; slot: number }
  | { kind: 'read' }
  /** netstat -rn -f inet: the process's UP addresses have their subnet routes, no others. */
  | { kind: 'routes' };

export interface Expect {
  /** Own addresses that exist after this op, with their flags of interest. */
  live: Map<string, { up: boolean; deprecated: boolean; slot: number }>;
}

export interface Plan {
  p: number;
  link: string;
  ops: Op[];
  /** What the process must see after each op (its own addresses only). */
  after: Expect[];
}

export const addrOf = (p: number, slot: number) => `10.${p + 1}.${slot + 1}.1`;
export const ownPrefix = (p: number) => `10.${p + 1}.`;

export function makePlan(rng: Rng, p: number, link: string, count: number, netstat: boolean): Plan {
  const live = new Map<number, { up: boolean; deprecated: boolean }>();
  let nextSlot = 0;
  const ops: Op[] = [];
  const after: Expect[] = [];
  const pickLive = (pred: (s: { up: boolean; deprecated: boolean }) => boolean) => {
    const slots = [...live.entries()].filter(([, s]) => pred(s)).map(([slot]) => slot);
    return slots.length ? rng.pick(slots) : undefined;
  };
  for (let i = 0; i < count; i++) {
    const kind = rng.weighted<string>([
      [live.size < 3 ? 60 : 26, 'addif'],
      [live.size > 20 ? 30 : 11, 'removeif'],
      [12, 'up'],
      [12, 'down'],
      [6, 'deprecated'],
      [9, 'show'],
      [netstat ? 14 : 22, 'read'],
      [netstat ? 8 : 0, 'routes'],
    ]);
    let op: Op = { kind: 'read' };
    if (kind === 'addif' && nextSlot < 250) {
      op = { kind: 'addif', slot: nextSlot++, up: rng.chance(0.7) };
      live.set(op.slot, { up: op.up, deprecated: false });
    } else if (kind === 'removeif' && live.size > 0) {
      op = { kind: 'removeif', slot: pickLive(() => true)! };
      live.delete(op.slot);
    } else if (kind === 'up' || kind === 'down') {
      const slot = pickLive((s) => s.up === (kind === 'down'));
      if (slot !== undefined) {
        op = { kind: 'flag', slot, word: kind };
        live.get(slot)!.up = kind === 'up';
      }
    } else if (kind === 'deprecated') {
      const slot = pickLive(() => true);
      if (slot !== undefined) {
        const s = live.get(slot)!;
        op = { kind: 'flag', slot, word: s.deprecated ? '-deprecated' : 'deprecated' };
        s.deprecated = !s.deprecated;
      }
    } else if (kind === 'show') {
      const slot = pickLive(() => true);
      if (slot !== undefined) op = { kind: 'show', slot };
    } else if (kind === 'routes') {
      op = { kind: 'routes' };
    }
    ops.push(op);
    after.push({ live: new Map([...live].map(([slot, s]) => [addrOf(p, slot), { ...s, slot }])) });
  }
  return { p, link, ops, after };
}

/** The argv of an op, given the logical names the process learnt from its addif outputs. */
export function argvOf(plan: Plan, op: Op, names: Map<number, string>): string[] {
  const name = (slot: number) => {
    const n = names.get(slot);
    if (!n) throw new Error(`process ${plan.p}: no logical name recorded for slot ${slot}`);
    return n;
  };
  switch (op.kind) {
    case 'addif': return [plan.link, 'addif', `${addrOf(plan.p, op.slot)}/24`, ...(op.up ? ['up'] : [])];
    case 'removeif': return [plan.link, 'removeif', addrOf(plan.p, op.slot)];
    case 'flag': return [name(op.slot), op.word];
    case 'show': return [name(op.slot)];
    case 'read': return ['-a'];
    case 'routes': return ['-rn', '-f', 'inet'];
  }
}

/** The tool an op runs. */
export const toolOf = (op: Op): 'ifconfig' | 'netstat' => (op.kind === 'routes' ? 'netstat' : 'ifconfig');

const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The plan as a /bin/sh script of `ops.length` ifconfig invocations. It prints, per op i:
 * "S i status", "N i name" after an addif, and a read's output between "R i" and "S i".
 */
export function scriptOf(plan: Plan, bin: string, stateFile: string, errFile: string): string {
  const lines = [
    `B=${sh(bin)}; F=${sh(stateFile)}; E=${sh(errFile)}`,
    't() { "$B/ifconfig" --state "$F" "$@" 2>>"$E"; }',
    'n() { "$B/netstat" --state "$F" "$@" 2>>"$E"; }',
  ];
  const v = (slot: number) => `"$L${slot}"`;
  plan.ops.forEach((op, i) => {
    switch (op.kind) {
      case 'addif':
        lines.push(`o=$(t ${plan.link} addif ${addrOf(plan.p, op.slot)}/24${op.up ? ' up' : ''}); echo "S ${i} $?"; L${op.slot}=\${o#Created new logical interface }; echo "N ${i} $L${op.slot}"`);
        break;
      case 'removeif':
        lines.push(`t ${plan.link} removeif ${addrOf(plan.p, op.slot)}; echo "S ${i} $?"`);
        break;
      case 'flag':
        lines.push(`t ${v(op.slot)} ${op.word}; echo "S ${i} $?"`);
        break;
      case 'show':
        lines.push(`echo "R ${i}"; t ${v(op.slot)}; echo "S ${i} $?"`);
        break;
      case 'read':
        lines.push(`echo "R ${i}"; t -a; echo "S ${i} $?"`);
        break;
      case 'routes':
        lines.push(`echo "R ${i}"; n -rn -f inet; echo "S ${i} $?"`);
        break;
    }
  });
  return `${lines.join('\n')}\n`;
}

export interface OpResult {
  status: number;
  /** addif: the logical interface it reported. */
  name?: string;
  /** read/show: what it printed. */
  output?: string;
}

/** Parses a script's stdout back into one result per op. */
export function parseScriptOutput(stdout: string, count: number): { results: (OpResult | undefined)[]; problems: string[] } {
  const results: (OpResult | undefined)[] = new Array(count).fill(undefined);
  const problems: string[] = [];
  let reading: { i: number; lines: string[] } | undefined;
  for (const line of stdout.split('\n')) {
    const s = /^S (\d+) (\d+)$/.exec(line);
    if (s) {
      const i = Number(s[1]);
      if (results[i]) problems.push(`op ${i} reported twice`);
      results[i] = { status: Number(s[2]) };
      if (reading) {
        if (reading.i !== i) problems.push(`read ${reading.i} ended by S ${i}`);
        results[i]!.output = reading.lines.join('\n');
        reading = undefined;
      }
      continue;
    }
    const n = /^N (\d+) (.*)$/.exec(line);
    if (n) {
      const r = results[Number(n[1])];
      if (!r) problems.push(`N ${n[1]} before its status`);
      else r.name = n[2];
      continue;
    }
    const r = /^R (\d+)$/.exec(line);
    if (r) {
      reading = { i: Number(r[1]), lines: [] };
      continue;
    }
    if (reading) reading.lines.push(line);
    else if (line !== '') problems.push(`stray output line: ${JSON.stringify(line)}`);
  }
  return { results, problems };
}

/**
 * Checks one process's results against its plan: statuses, the names addif reported, and that
 * every read saw exactly its own committed work (read-your-writes, no torn snapshot).
 */
export function checkResults(plan: Plan, results: (OpResult | undefined)[], where: string): { problems: string[]; names: Map<number, string> } {
  const problems: string[] = [];
  const names = new Map<number, string>();
  const linkRe = new RegExp(`^${plan.link}:([1-9]\\d*)$`);
  plan.ops.forEach((op, i) => {
    const r = results[i];
    const at = `${where} p${plan.p} op ${i} (${op.kind}${'slot' in op ? ` slot ${op.slot}` : ''})`;
    if (!r) {
      problems.push(`${at}: no status`);
      return;
    }
    if (r.status !== 0) problems.push(`${at}: exit ${r.status}`);
    if (op.kind === 'addif') {
      const m = r.name !== undefined && linkRe.exec(r.name);
      if (!m || Number(m[1]) > 255) problems.push(`${at}: addif reported ${JSON.stringify(r.name)}`);
      else {
        const taken = [...names.entries()].find(([slot, n]) => n === r.name && plan.after[i].live.has(addrOf(plan.p, slot)));
        if (taken) problems.push(`${at}: ${r.name} handed out while slot ${taken[0]} still holds it`);
        names.set(op.slot, r.name!);
      }
    }
    if (op.kind === 'routes') {
      const re = new RegExp(`^(10\\.${plan.p + 1}\\.\\d+)\\.0 +(10\\.${plan.p + 1}\\.\\d+)\\.1 +U +`);
      const rows = (r.output ?? '').split('\n').map((l) => re.exec(l)).filter((m) => m !== null);
      const got = rows.map((m) => `${m![2]}.1`).sort();
      const want = [...plan.after[i].live].filter(([, s]) => s.up).map(([addr]) => addr).sort();
      if (rows.some((m) => m![1] !== m![2])) problems.push(`${at}: a subnet route with a foreign gateway`);
      if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${at}: subnet routes for ${got.join(' ')}, expected ${want.join(' ')}`);
      if (!/^Routing Table: IPv4$/m.test(r.output ?? '')) problems.push(`${at}: no IPv4 routing table printed`);
    }
    if (op.kind === 'read' || op.kind === 'show') {
      const seen = parseIfconfigA(r.output ?? '').filter((l) => l.family === 'inet' && l.addr.startsWith(ownPrefix(plan.p)));
      const want = op.kind === 'read'
        ? plan.after[i].live
        : new Map([...plan.after[i].live].filter(([, s]) => s.slot === op.slot));
      const got = new Map(seen.map((l) => [l.addr, l]));
      if (seen.length !== got.size) problems.push(`${at}: an own address printed twice`);
      for (const [addr, s] of want) {
        const l = got.get(addr);
        if (!l) {
          problems.push(`${at}: ${addr} missing from the read`);
          continue;
        }
        if (l.name !== names.get(s.slot)) problems.push(`${at}: ${addr} shown on ${l.name}, addif said ${names.get(s.slot)}`);
        if (l.flags.includes('UP') !== s.up) problems.push(`${at}: ${addr} UP=${l.flags.includes('UP')}, expected ${s.up}`);
        if (l.flags.includes('DEPRECATED') !== s.deprecated) problems.push(`${at}: ${addr} DEPRECATED wrong`);
      }
      for (const addr of got.keys()) if (!want.has(addr)) problems.push(`${at}: read shows ${addr}, which should not exist`);
    }
  });
  return { problems, names };
}
