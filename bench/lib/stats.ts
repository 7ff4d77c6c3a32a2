/** Small numeric helpers for timings and memory. */

/** The q-quantile (0..1) of the values by nearest rank; NaN for an empty list. */
export function toQuantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** The median of the values. */
export function toMedian(values: readonly number[]): number {
  return toQuantile(values, 0.5);
}

/** Rounds to `digits` decimals, keeping NaN/null as null for JSON output. */
export function toRounded(value: number | null, digits = 1): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Peak resident set size of this process so far, in MB (kernel high-water mark). */
export function readPeakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Current resident set size in MB. */
export function readRssMb(): number {
  return process.memoryUsage().rss / (1024 * 1024);
}

/** Wall clock in milliseconds, high resolution. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** CPU time (user + system) of this process in milliseconds. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
