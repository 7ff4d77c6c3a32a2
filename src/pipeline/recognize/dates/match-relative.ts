import { findPhraseAt, findPhraseEndingAt, toTokenForms } from '../../../lexicon/language/match.js';
import type { PeriodUnit } from '../../../lexicon/language/time-lexicon.js';
import type { Token } from '../../../types.js';
import { dayToIso, daysInMonth, toIso, weekdayOf } from './calendar.js';
import { countAt, intAt, NO_PUBLICATION, type TimeContext, type TimeMatch } from './context.js';

const DAY_WORDS = new Set(['يوم', 'on']);

function relative(ctx: TimeContext, start: number, end: number, resolve: (pub: number) => [string, string | null]): Omit<TimeMatch, 'precision'> {
  if (ctx.published === null) return { start, end, value: null, end_: null, basis: 'relative-to-publication', reason: NO_PUBLICATION };
  const [value, end_] = resolve(ctx.published);
  return { start, end, value, end_, basis: 'relative-to-publication', reason: null };
}

/** Extends a match back over a part of the day (صباح، مساء أمس) or "يوم"/"on", and forward over an English part of day. */
function widen(ctx: TimeContext, start: number, end: number, floor: number): [number, number] {
  const part = findPhraseEndingAt(ctx.tokens, start, floor, ctx.lexicon.dayParts);
  if (part !== undefined) start -= part.phrase.length;
  else if (start > floor && toTokenForms(ctx.tokens[start - 1] as Token).some((f) => DAY_WORDS.has(f))) start--;
  if (ctx.language === 'en') {
    const after = findPhraseAt(ctx.tokens, end, ctx.limit, ctx.lexicon.dayParts);
    if (after !== undefined) end += after.phrase.length;
  }
  return [start, end];
}

/** الأحد, يوم الأحد الماضي, مساء الخميس, on Monday night, last Sunday: the latest such day on or before publication. */
export function matchWeekday(ctx: TimeContext, t: number, floor: number): TimeMatch | null {
  const token = ctx.tokens[t];
  if (token === undefined) return null;
  let weekday: number | undefined;
  for (const f of toTokenForms(token)) weekday ??= ctx.lexicon.weekdays.get(f);
  if (weekday === undefined) return null;
  let [start, end] = widen(ctx, t, t + 1, floor);
  const after = ctx.tokens[end]?.norm ?? '';
  const before = ctx.tokens[start - 1]?.norm ?? '';
  let direction = 0;
  if (ctx.lexicon.past.has(after) && end < ctx.limit) [direction, end] = [-1, end + 1];
  else if (ctx.lexicon.next.has(after) && end < ctx.limit) [direction, end] = [1, end + 1];
  else if (start > floor && ctx.lexicon.past.has(before)) [direction, start] = [-1, start - 1];
  else if (start > floor && ctx.lexicon.next.has(before)) [direction, start] = [1, start - 1];
  const target = weekday;
  return {
    ...relative(ctx, start, end, (pub) => {
      const back = (weekdayOf(pub) - target + 7) % 7;
      if (direction === 1) return [dayToIso(pub + (((target - weekdayOf(pub) + 7) % 7) || 7)), null];
      return [dayToIso(pub - (direction === -1 && back === 0 ? 7 : back)), null];
    }),
    precision: 'day',
  };
}

function weekdayAt(ctx: TimeContext, at: number): number | undefined {
  const token = ctx.tokens[at];
  if (token === undefined || at >= ctx.limit) return undefined;
  let weekday: number | undefined;
  for (const f of toTokenForms(token)) weekday ??= ctx.lexicon.weekdays.get(f);
  return weekday;
}

const DISAGREE = 'the weekday named and the relative day disagree with the publication date; the weekday is kept';

/**
 * اليوم، أمس، أول أمس، الليلة الماضية، صباح اليوم، مساء أمس; today, yesterday, last night, yesterday morning.
 * A weekday in apposition (أمس الثلاثاء، اليوم (الجمعة)) joins the match and wins when they disagree: it survives
 * a publication date that is off by a day.
 */
export function matchRelativeDay(ctx: TimeContext, t: number, floor: number): TimeMatch | null {
  const hit = findPhraseAt(ctx.tokens, t, ctx.limit, ctx.lexicon.relativeDays);
  if (hit === undefined) return null;
  const [start, dayEnd] = widen(ctx, t, t + hit.phrase.length, floor);
  const bracket = ctx.tokens[dayEnd]?.norm === '(' ? 1 : 0;
  const weekday = weekdayAt(ctx, dayEnd + bracket);
  if (weekday === undefined) return { ...relative(ctx, start, dayEnd, (pub) => [dayToIso(pub + hit.value), null]), precision: 'day' };
  const end = dayEnd + bracket + 1 + (bracket === 1 && ctx.tokens[dayEnd + bracket + 1]?.norm === ')' ? 1 : 0);
  const base = relative(ctx, start, end, (pub) => {
    const day = pub + hit.value;
    const diff = ((weekday - weekdayOf(day) + 10) % 7) - 3; // nearest occurrence, -3..3
    return [dayToIso(day + diff), null];
  });
  const agrees = ctx.published === null || weekdayOf(ctx.published + hit.value) === weekday;
  return { ...base, precision: 'day', reason: base.reason ?? (agrees ? null : DISAGREE) };
}

function periodRange(pub: number, unit: PeriodUnit, offset: number): [string, string] {
  const d = new Date(pub * 86_400_000);
  if (unit === 'day') return [dayToIso(pub + offset), dayToIso(pub + offset)];
  if (unit === 'week') return offset < 0 ? [dayToIso(pub + 7 * offset), dayToIso(pub + 7 * (offset + 1) - 1)] : [dayToIso(pub - 6), dayToIso(pub)];
  if (unit === 'month') {
    const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + offset;
    const y = Math.floor(total / 12);
    const m = (total % 12) + 1;
    return [toIso(y, m, 1), toIso(y, m, daysInMonth(y, m))];
  }
  const y = d.getUTCFullYear() + offset;
  return [toIso(y, 1, 1), toIso(y, 12, 31)];
}

/** الأسبوع الماضي (the 7 days before publication), الشهر الماضي (previous calendar month), العام الماضي. */
export function matchPeriod(ctx: TimeContext, t: number): TimeMatch | null {
  const hit = findPhraseAt(ctx.tokens, t, ctx.limit, ctx.lexicon.relativePeriods);
  if (hit === undefined) return null;
  const { unit, offset } = hit.value;
  return { ...relative(ctx, t, t + hit.phrase.length, (pub) => periodRange(pub, unit, offset)), precision: unit === 'day' ? 'day' : unit };
}

/** لليوم الثاني على التوالي, for the third consecutive day: N days ending on publication (precision week). */
export function matchConsecutive(ctx: TimeContext, t: number): TimeMatch | null {
  const { tokens, lexicon } = ctx;
  const ordinalToken = tokens[t + 1];
  const n = ordinalToken === undefined ? undefined : lexicon.ordinals.get(ordinalToken.norm) ?? intAt(ctx, t + 1, 2, 366) ?? undefined;
  let start = t;
  let end: number;
  if (n !== undefined && lexicon.consecutiveDayWords.has(tokens[t]?.norm ?? '')) end = t + 2;
  else {
    // English: "second consecutive day", "third straight day", "second day in a row".
    const m = tokens[t] === undefined ? undefined : lexicon.ordinals.get(tokens[t]?.norm ?? '');
    if (m === undefined) return null;
    const marker = findPhraseAt(tokens, t + 1, ctx.limit, lexicon.consecutiveMarkers);
    const dayAt = t + 1 + (marker?.phrase.length ?? 0);
    if (!lexicon.consecutiveDayWords.has(tokens[dayAt]?.norm ?? '')) return null;
    end = dayAt + 1;
    const trailing = findPhraseAt(tokens, end, ctx.limit, lexicon.consecutiveMarkers);
    if (marker === undefined && trailing === undefined) return null;
    end += trailing?.phrase.length ?? 0;
    return consecutiveMatch(ctx, start, end, m);
  }
  const marker = findPhraseAt(tokens, end, ctx.limit, lexicon.consecutiveMarkers);
  if (marker === undefined) return null;
  end += marker.phrase.length;
  if (start > 0 && tokens[start - 1]?.norm === 'for') start--;
  return consecutiveMatch(ctx, start, end, n ?? 2);
}

function consecutiveMatch(ctx: TimeContext, start: number, end: number, days: number): TimeMatch {
  return { ...relative(ctx, start, end, (pub) => [dayToIso(pub - days + 1), dayToIso(pub)]), precision: 'week' };
}

/** قبل يومين، منذ ثلاثة أيام، قبل أسبوع; "3 days ago" is read by the English rule. */
export function matchAgo(ctx: TimeContext, t: number): TimeMatch | null {
  const { tokens, lexicon } = ctx;
  if (lexicon.agoBefore.has(tokens[t]?.norm ?? '')) {
    const dual = lexicon.agoDuals.get(tokens[t + 1]?.norm ?? '');
    const unitDual = lexicon.agoUnits.get(tokens[t + 1]?.norm ?? '');
    if (dual !== undefined && unitDual !== undefined) return agoMatch(ctx, t, t + 2, dual, unitDual);
    const n = countAt(ctx, t + 1, 1000);
    const unit = lexicon.agoUnits.get(tokens[t + 2]?.norm ?? '');
    if (n !== null && unit !== undefined) return agoMatch(ctx, t, t + 3, n, unit);
    if (lexicon.agoPlurals.has(tokens[t + 1]?.norm ?? '')) {
      return { start: t, end: t + 2, value: null, end_: null, precision: 'unknown', basis: 'unknown', reason: 'vague time expression: an unspecified number of units before publication' };
    }
    if (unitDual !== undefined) return agoMatch(ctx, t, t + 2, 1, unitDual);
    return null;
  }
  const n = countAt(ctx, t, 1000);
  const unit = lexicon.agoUnits.get(tokens[t + 1]?.norm ?? '');
  if (n !== null && unit !== undefined && tokens[t + 2]?.norm === 'ago') return agoMatch(ctx, t, t + 3, n, unit);
  return null;
}

function agoMatch(ctx: TimeContext, start: number, end: number, n: number, unit: PeriodUnit): TimeMatch {
  const days = unit === 'day' ? n : unit === 'week' ? 7 * n : unit === 'month' ? 30 * n : 365 * n;
  const precision = unit === 'day' ? 'day' : unit === 'week' ? 'week' : 'month';
  const reason = unit === 'day' ? null : `${n} ${unit}(s) before publication, approximate`;
  const base = relative(ctx, start, end, (pub) => [dayToIso(pub - days), null]);
  return { ...base, precision, reason: base.reason ?? reason };
}

/** مؤخرا، في الآونة الأخيرة, recently: kept with no value. */
export function matchVague(ctx: TimeContext, t: number): TimeMatch | null {
  const hit = findPhraseAt(ctx.tokens, t, ctx.limit, ctx.lexicon.vague);
  if (hit === undefined) return null;
  return { start: t, end: t + hit.phrase.length, value: null, end_: null, precision: 'unknown', basis: 'unknown', reason: 'vague time expression' };
}
