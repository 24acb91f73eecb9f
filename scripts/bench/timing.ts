/** Times of one measured operation, in milliseconds, and their summary. */
export type Timing = { runs: number; medianMs: number; p95Ms: number; maxMs: number };

/** The value at quantile q (0..1) of sorted numbers, by the nearest-rank method. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    medianMs: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    maxMs: sorted.at(-1) ?? Number.NaN,
  };
}

/**
 * Runs `fn` `warmup` times untimed (statement caches, page cache), then `runs` times timed.
 * `fn` gets the run index so each run can vary its input (another page, another name).
 */
export function timeSync(runs: number, fn: (i: number) => void, warmup = 3): Timing {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn(i);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

/** As timeSync, for asynchronous work (PDF rendering, workbook writing). */
export async function timeAsync(
  runs: number,
  fn: (i: number) => Promise<void>,
  warmup = 1,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

/** The i-th of `items`, going round: runs vary their input over a sample of the data set. */
export function cycle<T>(items: readonly T[], i: number): T {
  const item = items[i % items.length];
  if (item === undefined) throw new Error('nothing to measure: the sample is empty');
  return item;
}
