// Paired, interleaved measurement: the subject and its peer run in the same rounds, in alternating
// order, and each round yields one ratio (subject's time / peer's time). The median of those ratios is
// what we report and gate on. A busy machine slows both sides of a round alike, so the ratio holds
// still where absolute times swing by 2× or more.
import { performance } from 'node:perf_hooks';

/** One side of a comparison: a name and the work, run `inner` times per sample. */
export interface Contender {
  name: string;
  run: () => unknown;
}

/** Medians of a paired run: time per call of each contender (ms), and each one's ratio to the first. */
export interface PairedResult {
  names: string[];
  /** Median ms per call, per contender. */
  medians: number[];
  /** Median over rounds of (contender's time / the first contender's time), per contender. */
  ratios: number[];
  /** Median over rounds of (a's time / b's time), for any two contenders by name. */
  ratio: (a: string, b: string) => number;
  rounds: number;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(fn: () => unknown, inner: number): number {
  const start = performance.now();
  for (let i = 0; i < inner; i++) fn();
  return (performance.now() - start) / inner;
}

/**
 * Runs every contender once per round, the order rotated each round, after a warm-up. Each sample
 * repeats a contender until it lasts about `sampleMs`, so fast work is timed above the clock's grain.
 * The first contender is the baseline the others are divided by.
 */
export function paired(contenders: readonly Contender[], options: { rounds: number; sampleMs?: number; warmup?: number }): PairedResult {
  const sampleMs = options.sampleMs ?? 20;
  // Warm-up: let the JIT settle on every contender, and learn how many calls make one sample.
  const inner = contenders.map((c) => {
    for (let i = 0; i < (options.warmup ?? 5); i++) c.run();
    const once = Math.max(time(c.run, 1), 1e-3);
    return Math.max(1, Math.min(10_000, Math.round(sampleMs / once)));
  });
  const samples = contenders.map(() => [] as number[]);
  for (let r = 0; r < options.rounds; r++) {
    for (let k = 0; k < contenders.length; k++) {
      const j = (k + r) % contenders.length;
      samples[j]!.push(time(contenders[j]!.run, inner[j]!));
    }
  }
  const ratios = contenders.map((_, j) => median(samples[j]!.map((t, r) => t / samples[0]![r]!)));
  const names = contenders.map((c) => c.name);
  const at = (name: string) => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`No contender named ${name}`);
    return samples[i]!;
  };
  const ratio = (a: string, b: string) => median(at(a).map((t, r) => t / at(b)[r]!));
  return { names, medians: samples.map((s) => median(s)), ratios, ratio, rounds: options.rounds };
}
