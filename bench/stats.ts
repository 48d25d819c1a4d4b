import { performance } from "node:perf_hooks";

export interface LatencyStats {
  readonly runs: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs `work` once per input after a warm-up, and returns latency percentiles in milliseconds. */
export async function measure<T>(inputs: readonly T[], work: (input: T) => unknown, warmup = 200): Promise<LatencyStats> {
  for (let index = 0; index < Math.min(warmup, inputs.length); index++) await work(inputs[index]!);
  const samples: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await work(input);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { runs: samples.length, p50: percentile(samples, 50), p99: percentile(samples, 99), max: samples[samples.length - 1]! };
}

export function formatRow(label: string, stats: LatencyStats): string {
  const ms = (value: number) => `${value.toFixed(3).padStart(8)} ms`;
  return `${label.padEnd(58)} ${String(stats.runs).padStart(6)}  p50 ${ms(stats.p50)}  p99 ${ms(stats.p99)}  max ${ms(stats.max)}`;
}
