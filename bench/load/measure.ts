/** How long requests took and how many a target answered per second. */
export interface Measurement {
  /** Requests timed one at a time (latency) and in parallel (throughput). */
  samples: number;
  p50Ms: number;
  p95Ms: number;
  requestsPerSecond: number;
  concurrency: number;
  throughputSamples: number;
  /** CPU time the target's own process spent per request in the throughput phase (our API only: it runs apart from the clients). */
  cpuMsPerRequest?: number;
  /** The first error, when the target failed the operation (measuring stops there). */
  error?: string;
}

export interface MeasureOptions {
  /**
   * Seconds of warm-up from `concurrency` clients. Neo4j's JVM compiles each query's plan hot only
   * after a few thousand runs: 20 requests left the floor and our API measured at 2-4× their steady
   * CPU per query (docs/benchmarks.md, "Warm-up"), and a server asked the same operations all day
   * runs them warm.
   */
  warmupSeconds: number;
  iterations: number;
  concurrency: number;
  /** Per phase: a slow operation gets fewer samples instead of holding the run up. */
  maxSeconds: number;
}

/**
 * Warm-up for `warmupSeconds`, then `iterations` requests one after another for latency (no
 * queueing in the numbers), then `iterations` more from `concurrency` clients at once for
 * throughput. Each measured phase also stops after maxSeconds. `cpuMs` reads the CPU time of the
 * process that answers, when it has its own.
 */
export async function measure(ask: () => Promise<unknown>, options: MeasureOptions, cpuMs?: () => number): Promise<Measurement> {
  try {
    await closedLoop(ask, Infinity, options.concurrency, options.warmupSeconds);
    const latencies = await closedLoop(ask, options.iterations, 1, options.maxSeconds);
    const started = performance.now();
    const cpuBefore = cpuMs?.();
    const parallel = await closedLoop(ask, options.iterations, options.concurrency, options.maxSeconds);
    const seconds = (performance.now() - started) / 1000;
    return {
      ...(cpuBefore === undefined ? {} : { cpuMsPerRequest: (cpuMs!() - cpuBefore) / parallel.length }),
      samples: latencies.length,
      p50Ms: percentile(latencies, 0.5),
      p95Ms: percentile(latencies, 0.95),
      requestsPerSecond: parallel.length / seconds,
      concurrency: options.concurrency,
      throughputSamples: parallel.length,
    };
  } catch (error) {
    return failedMeasurement((error as Error).message, options);
  }
}

/** A target that failed the operation: no numbers, its first error. */
export function failedMeasurement(error: string, options: MeasureOptions): Measurement {
  return { samples: 0, p50Ms: NaN, p95Ms: NaN, requestsPerSecond: NaN, concurrency: options.concurrency, throughputSamples: 0, error };
}

/** Closed loop: `clients` callers, each sending its next request when its last one is answered; the latency of each. */
export async function closedLoop(ask: () => Promise<unknown>, count: number, clients: number, maxSeconds: number): Promise<number[]> {
  const deadline = performance.now() + maxSeconds * 1000;
  const latencies: number[] = [];
  let issued = 0;
  const client = async () => {
    // At least one request per phase, however slow, so that every operation gets a number.
    while (issued < count && (issued === 0 || performance.now() < deadline)) {
      issued += 1;
      const sent = performance.now();
      await ask();
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return latencies;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}
