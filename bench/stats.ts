/** Summary statistics of timing samples (milliseconds). */
export interface Summary {
  n: number;
  min: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/**
 * The p-th percentile (0-100) of samples, interpolating linearly between the two nearest ranks
 * (numpy's default, Hyndman & Fan type 7): with 30 samples p95 lies between the 28th and 29th.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

export function summarize(samples: readonly number[]): Summary {
  const n = samples.length;
  return {
    n,
    min: n ? Math.min(...samples) : Number.NaN,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: n ? Math.max(...samples) : Number.NaN,
    mean: n ? samples.reduce((a, b) => a + b, 0) / n : Number.NaN,
  };
}

/** The median of per-iteration ratios a[i] / b[i]: robust to noise that hits one pair. */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  const ratios = a.map((x, i) => x / b[i]).filter((r) => Number.isFinite(r));
  return percentile(ratios, 50);
}

/**
 * Runs two measured sides `iterations` times, alternating which goes first, so that noise (a
 * cache just warmed, a GC, the machine's load) hits both alike.
 */
export async function alternate(iterations: number, a: (i: number) => Promise<unknown>, b: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < iterations; i += 1) {
    if (i % 2 === 0) {
      await a(i);
      await b(i);
    } else {
      await b(i);
      await a(i);
    }
  }
}
