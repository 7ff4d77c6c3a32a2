/** Calendar arithmetic on ISO dates (UTC, no time zones). */

export function toIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses YYYY-MM-DD (or a longer ISO timestamp) into a UTC day number; null when invalid. */
export function parseIsoDay(iso: string | null): number | null {
  const m = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m === null) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Day number of a valid y-m-d, or null (31 February, month 13). */
export function toDay(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 0 = Sunday. */
export function weekdayOf(day: number): number {
  return new Date(day * 86_400_000).getUTCDay();
}

/** [first, last] ISO days of a month. */
export function monthRange(y: number, m: number): [string, string] {
  return [toIso(y, m, 1), toIso(y, m, daysInMonth(y, m))];
}

/**
 * Tabular (arithmetic) Islamic calendar to Gregorian: 30-year cycle with leap years 2, 5, 7, 10, 13, 16, 18, 21,
 * 24, 26, 29 and the civil epoch of 16 July 622 (Julian). Real (sighted) dates may differ by a day or two.
 */
export function hijriToDay(y: number, m: number, d: number): number {
  const jd = d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439.5 - 1;
  return Math.round(jd - 2440587.5);
}
