import { describe, it, expect } from 'vitest';
import { inetNetwork } from './inet-network';

/** The parts as regular expressions read them before partValue read them by hand. */
function byRegex(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length > 4) return undefined;
  let value = 0;
  for (const p of parts) {
    if (!/^(0x[0-9a-f]+|0[0-7]*|[1-9][0-9]*)$/i.exec(p)) return undefined;
    const n = /^0x/i.test(p) ? parseInt(p.slice(2), 16) : p.length > 1 && p[0] === '0' ? parseInt(p, 8) : Number(p);
    if (n > 0xff) return undefined;
    value = ((value << 8) | n) >>> 0;
  }
  return value;
}

/** Every part of up to three characters from an alphabet that reaches each branch and its edges. */
function parts(): string[] {
  const alphabet = ['0', '1', '7', '8', '9', 'x', 'X', 'a', 'F', 'g', ' ', '-', '\u0660'];
  const out = [''];
  let level = [''];
  for (let n = 0; n < 3; n++) {
    level = level.flatMap((p) => alphabet.map((c) => p + c));
    out.push(...level);
  }
  return out;
}

describe('inet_network', () => {
  it('reads every part as the regular expressions it replaced did', () => {
    for (const p of parts()) expect(inetNetwork(p), JSON.stringify(p)).toBe(byRegex(p));
  });

  it('reads whole numbers as they did, bytes and beyond', () => {
    const texts = ['255', '256', '0377', '0400', '0xff', '0x100', '0x0000ff', '00000000377', '1.2.3', '10.0.0.1', '1..2', '.1', '1.', '0x.1',
      '1.2.3.4.5', '999999999999999999999', '0x' + 'f'.repeat(40), '1e2', '0b1', '٣'];
    for (const t of texts) expect(inetNetwork(t), t).toBe(byRegex(t));
  });
});
