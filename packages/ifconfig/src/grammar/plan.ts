// The command words of one ifconfig invocation, checked and typed before anything is sent to
// the kernel, so a command that illumos would reject for its words changes nothing.
import type { Family } from '@ipmplab/core/syscalls';
import { findKeyword } from './keywords';
import type { Keyword } from './keywords';
import { parseAddressWord } from './addr-parse';
import type { ParsedAddr } from './addr-parse';

export type Step =
  | { kind: 'keyword'; kw: Keyword; arg?: string; addr?: ParsedAddr }
  | { kind: 'address'; addr: ParsedAddr }
  | { kind: 'prefix'; prefix: number }
  | { kind: 'dest'; addr: ParsedAddr };

export interface Plan {
  steps: Step[];
  /** The last `netmask` word's value, pre-scanned for the address (inet only); '+' = from the database. */
  netmask?: ParsedAddr | '+';
}

export type PlanResult = Plan | { error: string; usage?: boolean };

/** Keywords whose argument is an address (with or without a prefix). */
const ADDRESS_ARG: Record<string, { prefix: boolean; plus?: boolean }> = {
  set: { prefix: true },
  addif: { prefix: true },
  removeif: { prefix: false },
  destination: { prefix: false },
  broadcast: { prefix: false, plus: true },
  netmask: { prefix: false, plus: true },
  subnet: { prefix: true },
  token: { prefix: true },
};

export function planWords(words: string[], family: Family): PlanResult {
  const steps: Step[] = [];
  let netmask: Plan['netmask'];
  if (family === 'inet') {
    for (let i = 0; i < words.length; i++) {
      if (words[i] !== 'netmask' || i + 1 >= words.length) continue;
      const v = words[i + 1];
      if (v === '+') netmask = '+';
      else {
        const r = parseAddressWord(v, 'inet', false);
        if ('error' in r) return { error: r.error };
        netmask = r;
      }
    }
  }
  let addresses = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const kw = findKeyword(word);
    if (!kw) {
      if (word.startsWith('/') && addresses === 0) {
        const r = parseAddressWord(`0${word}`, family, true);
        if ('error' in r) return { error: `ifconfig: Bad prefix length in ${word}` };
        steps.push({ kind: 'prefix', prefix: r.prefix ?? 0 });
        continue;
      }
      if (addresses >= 2) return { error: 'ifconfig: cannot configure more than two addresses in one command' };
      const r = parseAddressWord(word, family, addresses === 0);
      if ('error' in r) return { error: r.error };
      steps.push(addresses === 0 ? { kind: 'address', addr: r } : { kind: 'dest', addr: r });
      addresses++;
      continue;
    }
    if (kw.family && kw.family !== family) return { error: `ifconfig: Operation ${kw.word} not supported for ${family}` };
    let arg: string | undefined;
    if (kw.arg === 'next') {
      if (i + 1 >= words.length) return { error: `ifconfig: no argument for ${kw.word}` };
      arg = words[++i];
    } else if (kw.arg === 'opt' && i + 1 < words.length && !findKeyword(words[i + 1])) {
      arg = words[++i];
    }
    const spec = ADDRESS_ARG[kw.word];
    let addr: ParsedAddr | undefined;
    if (spec && arg !== undefined && !(spec.plus && arg === '+')) {
      const r = parseAddressWord(arg, family, spec.prefix);
      if ('error' in r) return { error: r.error };
      addr = r;
    }
    // After `set A` or `addif A` a free-standing address is the destination (usage: addif <address> [<dest_address>]).
    if (kw.word === 'set' || kw.word === 'addif') addresses = 1;
    steps.push({ kind: 'keyword', kw, arg, addr });
  }
  return { steps, netmask };
}
