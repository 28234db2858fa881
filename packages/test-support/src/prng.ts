// A small seeded PRNG (mulberry32) so every fuzzed run can be reproduced. The robustness suites
// take the seed from $ROBUSTNESS_SEED and print it with every failure; unset, they use a fixed
// seed, so `pnpm test` gives the same result on every run, and ROBUSTNESS_SEED=random explores a
// fresh seed from the clock. The packages' fuzz tests use fixed seeds.

/** mulberry32: uniform numbers in [0, 1), the same sequence for the same seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of every run that names none. */
export const DEFAULT_SEED = 20261202;

export function seedFromEnv(name = 'ROBUSTNESS_SEED'): number {
  const text = process.env[name];
  if (text === 'random') return (Date.now() ^ (process.pid << 16)) >>> 0;
  if (text !== undefined && text !== '') {
    const n = Number(text);
    if (!Number.isInteger(n)) throw new Error(`${name}=${text}: not an integer`);
    return n >>> 0;
  }
  return DEFAULT_SEED;
}

export class Rng {
  private readonly draw: () => number;

  constructor(readonly seed: number) {
    this.draw = prng(seed);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.draw();
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)];
  }

  /** Picks by weight: [[weight, value], ...]. */
  weighted<T>(table: readonly (readonly [number, T])[]): T {
    const total = table.reduce((s, [w]) => s + w, 0);
    let r = this.next() * total;
    for (const [w, v] of table) {
      if (r < w) return v;
      r -= w;
    }
    return table[table.length - 1][1];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  /** A child generator, so one part of a test can draw without shifting another's sequence. */
  fork(label: string): Rng {
    let h = this.seed ^ 0x9e3779b9;
    for (const c of label) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
    return new Rng(h >>> 0);
  }
}

/** argv as a copy-pasteable line (JSON strings keep junk and unicode visible). */
export function showArgv(argv: readonly string[]): string {
  return `[${argv.map((a) => JSON.stringify(a)).join(', ')}]`;
}
