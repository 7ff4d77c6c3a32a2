import { findPhraseAt, toTokenForms } from '../../../lexicon/language/match.js';
import { dayToIso, hijriToDay, monthRange, toDay, toIso } from './calendar.js';
import { glued, intAt, type TimeContext, type TimeMatch } from './context.js';

const SEPARATORS = new Set(['/', '-', '.']);
const OPEN = new Set(['(', '/', '-']);

function dayMatch(start: number, end: number, y: number, m: number, d: number, reason: string | null = null): TimeMatch | null {
  return toDay(y, m, d) === null
    ? null
    : { start, end, value: toIso(y, m, d), end_: null, precision: 'day', basis: 'explicit', reason };
}

/** 2016/7/31, 31/7/2016, 2016-07-31, 31.7.2016 (day first unless the middle number cannot be a month). */
export function matchNumericDate(ctx: TimeContext, t: number): TimeMatch | null {
  const { tokens } = ctx;
  const dotted = tokens[t]?.kind === 'number' ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(tokens[t]?.norm ?? '') : null;
  if (dotted !== null) return dayMatch(t, t + 1, Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const a = intAt(ctx, t, 1, 9999);
  const sep1 = tokens[t + 1];
  const b = intAt(ctx, t + 2, 1, 9999);
  const sep2 = tokens[t + 3];
  const c = intAt(ctx, t + 4, 1, 9999);
  if (a === null || b === null || c === null || sep1 === undefined || sep2 === undefined) return null;
  if (!SEPARATORS.has(sep1.norm) || sep1.norm !== sep2.norm) return null;
  if (!glued(tokens[t], sep1) || !glued(sep1, tokens[t + 2]) || !glued(tokens[t + 2], sep2) || !glued(sep2, tokens[t + 4])) return null;
  if (a >= 1000) return dayMatch(t, t + 5, a, b, c);
  if (c < 1000) return null;
  const monthFirst = b > 12 || (ctx.language === 'en' && a <= 12 && sep1.norm === '/');
  return monthFirst ? dayMatch(t, t + 5, c, a, b) : dayMatch(t, t + 5, c, b, a);
}

/** A month name at `at`, with an optional alternative in brackets or after a slash: تموز (يوليو), يوليو/تموز. */
function monthAt(ctx: TimeContext, at: number): { month: number; end: number } | null {
  const hit = findPhraseAt(ctx.tokens, at, ctx.limit, ctx.lexicon.months);
  if (hit === undefined) return null;
  let end = at + hit.phrase.length;
  const open = ctx.tokens[end];
  if (open !== undefined && OPEN.has(open.norm)) {
    const alt = findPhraseAt(ctx.tokens, end + 1, ctx.limit, ctx.lexicon.months);
    if (alt !== undefined && alt.value === hit.value) {
      end += 1 + alt.phrase.length;
      if (open.norm === '(' && ctx.tokens[end]?.norm === ')') end++;
    }
  }
  return { month: hit.value, end };
}

/** Skips a Gregorian era marker (2016م، 2016 م، AD). */
function afterEra(ctx: TimeContext, at: number): number {
  const token = ctx.tokens[at];
  return token !== undefined && at < ctx.limit && ctx.lexicon.gregorianMarkers.has(token.norm) ? at + 1 : at;
}

/** The year for a day and month written without one: the latest such date not after publication + 7 days. */
function inferYear(ctx: TimeContext, m: number, d: number): number | null {
  if (ctx.published === null) return null;
  const pub = new Date(ctx.published * 86_400_000);
  const y = pub.getUTCFullYear();
  const day = toDay(y, m, d);
  return day !== null && day > ctx.published + 7 ? y - 1 : y;
}

/** 31 يوليو 2016, 31 تموز (يوليو) 2016, 31 July 2016, July 31, 2016, يوليو 2016 (month), 31 يوليو (year inferred). */
export function matchNamedDate(ctx: TimeContext, t: number): TimeMatch | null {
  const { tokens } = ctx;
  // The day as digits (31 يوليو) or as an ordinal (السابع من مارس، الحادي والعشرين من يوليو).
  const ordinal = intAt(ctx, t, 1, 31) === null ? findPhraseAt(tokens, t, ctx.limit, ctx.lexicon.dayOrdinals) : undefined;
  const day = ordinal?.value ?? intAt(ctx, t, 1, 31);
  const dayWords = ordinal?.phrase.length ?? 1;
  if (day !== null) {
    const ofWord = tokens[t + dayWords]?.norm === 'من' || tokens[t + dayWords]?.norm === 'of' ? 1 : 0;
    if (ordinal !== undefined && ofWord === 0 && ctx.language === 'en') return null;
    const month = monthAt(ctx, t + dayWords + ofWord);
    if (month === null) return null;
    const skipComma = tokens[month.end]?.norm === ',' ? 1 : 0;
    const year = intAt(ctx, month.end + skipComma, 1000, 2999);
    if (year !== null) return dayMatch(t, afterEra(ctx, month.end + skipComma + 1), year, month.month, day);
    const inferred = inferYear(ctx, month.month, day);
    if (inferred === null) {
      return { start: t, end: month.end, value: null, end_: null, precision: 'day', basis: 'explicit', reason: 'no year and no publication date' };
    }
    return dayMatch(t, month.end, inferred, month.month, day, 'year taken from the publication date');
  }
  const month = monthAt(ctx, t);
  if (month === null) return null;
  const d = intAt(ctx, month.end, 1, 31);
  if (d !== null) {
    const comma = tokens[month.end + 1]?.norm === ',' ? 1 : 0;
    const y = intAt(ctx, month.end + 1 + comma, 1000, 2999);
    if (y !== null) return dayMatch(t, afterEra(ctx, month.end + 2 + comma), y, month.month, d);
    const inferred = inferYear(ctx, month.month, d);
    if (inferred !== null) return dayMatch(t, month.end + 1, inferred, month.month, d, 'year taken from the publication date');
  }
  const y = intAt(ctx, month.end, 1000, 2999);
  if (y === null) return null;
  const [first, last] = monthRange(y, month.month);
  return { start: t, end: afterEra(ctx, month.end + 1), value: first, end_: last, precision: 'month', basis: 'explicit', reason: null };
}

const TABULAR = 'Hijri date converted with the tabular (arithmetic) calendar; may differ by a day from the sighted calendar';

function isHijriMarker(ctx: TimeContext, at: number): boolean {
  const token = ctx.tokens[at];
  return token !== undefined && at < ctx.limit && toTokenForms(token).some((f) => ctx.lexicon.hijriMarkers.has(f));
}

/** 27 شوال 1437 هـ (day), شوال 1437 هـ (month), 1437 هـ (year), converted to Gregorian. */
export function matchHijriDate(ctx: TimeContext, t: number): TimeMatch | null {
  const day = intAt(ctx, t, 1, 30);
  const monthStart = day === null ? t : t + 1;
  const month = findPhraseAt(ctx.tokens, monthStart, ctx.limit, ctx.lexicon.hijriMonths);
  if (month !== undefined) {
    const yearAt = monthStart + month.phrase.length;
    const y = intAt(ctx, yearAt, 1, 1600);
    if (y === null) return null;
    const end = isHijriMarker(ctx, yearAt + 1) ? yearAt + 2 : yearAt + 1;
    if (day !== null) {
      return { start: t, end, value: dayToIso(hijriToDay(y, month.value, day)), end_: null, precision: 'day', basis: 'explicit', reason: TABULAR };
    }
    const first = hijriToDay(y, month.value, 1);
    const last = month.value === 12 ? hijriToDay(y + 1, 1, 1) - 1 : hijriToDay(y, month.value + 1, 1) - 1;
    return { start: t, end, value: dayToIso(first), end_: dayToIso(last), precision: 'month', basis: 'explicit', reason: TABULAR };
  }
  const y = intAt(ctx, t, 1, 1600);
  if (y === null || !isHijriMarker(ctx, t + 1)) return null;
  return {
    start: t, end: t + 2, value: dayToIso(hijriToDay(y, 1, 1)), end_: dayToIso(hijriToDay(y + 1, 1, 1) - 1),
    precision: 'year', basis: 'explicit', reason: TABULAR,
  };
}

/** عام 2016، سنة 2016، in 2016 (precision year); the word before the year is part of the match. */
export function matchYear(ctx: TimeContext, t: number, yearWords: ReadonlySet<string>): TimeMatch | null {
  const token = ctx.tokens[t];
  if (token === undefined || !toTokenForms(token).some((f) => yearWords.has(f))) return null;
  const y = intAt(ctx, t + 1, 1000, 2999);
  if (y === null) return null;
  return { start: t, end: afterEra(ctx, t + 2), value: toIso(y, 1, 1), end_: toIso(y, 12, 31), precision: 'year', basis: 'explicit', reason: null };
}
