/** Times work for the benchmarks: medians of a few runs, and the peak heap seen meanwhile. */
export interface MedianTimer {
  /** Median of `runs` runs, in ms with one decimal; the first run includes JIT warm-up. */
  time: <T>(run: () => T) => { value: T; ms: number };
  /** Notes the heap now (also done after every timed run). */
  sampleHeap: () => void;
  /** The largest heap seen, in MB. */
  peakHeapMB: () => number;
}

/** A timer taking the median of `runs` runs. */
export function medianTimer(runs: number): MedianTimer {
  let peakHeap = 0;
  const sampleHeap = (): void => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  return {
    time: <T>(run: () => T): { value: T; ms: number } => {
      const samples: number[] = [];
      let value: T | undefined;
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        value = run();
        samples.push(performance.now() - started);
        sampleHeap();
      }
      samples.sort((a, b) => a - b);
      const median = samples[Math.floor(runs / 2)] ?? NaN;
      return { value: value as T, ms: Math.round(median * 10) / 10 };
    },
    sampleHeap,
    peakHeapMB: () => Math.round(peakHeap / 1024 / 1024),
  };
}
