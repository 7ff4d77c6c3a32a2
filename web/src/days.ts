/** Day arithmetic on YYYY-MM-DD strings (UTC), shared by the timeline and its tests. */

const DAY_MS = 86_400_000;

export function toDayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

export function toDayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Dense daily bins from sparse `{day, count}` rows: [first day, counts per day]. */
export function toDailyBins(rows: ReadonlyArray<{ day: string; count: number }>): { first: number; counts: number[] } | null {
  const valid = rows.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.day));
  if (valid.length === 0) return null;
  const nums = valid.map((r) => toDayNumber(r.day));
  const first = Math.min(...nums);
  const last = Math.max(...nums);
  const counts = new Array<number>(last - first + 1).fill(0);
  valid.forEach((r, i) => {
    const idx = (nums[i] as number) - first;
    counts[idx] = (counts[idx] ?? 0) + r.count;
  });
  return { first, counts };
}
