import { foldKey } from '../../../text/index.js';
import { toTokenForms } from '../../../lexicon/language/match.js';
import type { Analysis, Language, TimeExpression } from '../../../types.js';
import type { LanguageDataOptions } from '../../../lexicon/language/load-yaml.js';
import { mayOpen, toOpenerSet, toWordFilter, type WordFilter } from '../../../lexicon/language/openers.js';
import { loadQuantityLexicon } from '../../../lexicon/language/quantity-lexicon.js';
import { loadTimeLexicon, type TimeLexicon } from '../../../lexicon/language/time-lexicon.js';
import { parseIsoDay } from './calendar.js';
import type { TimeContext, TimeMatch } from './context.js';
import {
  AGO, CONSECUTIVE, createStartIndex, HIJRI, NAMED, NUMERIC, PERIOD, RELATIVE_DAY, toStartMask, VAGUE, WEEKDAY, YEAR,
  type StartIndex,
} from './start-index.js';
import { matchHijriDate, matchNamedDate, matchNumericDate, matchYear } from './match-explicit.js';
import { matchAgo, matchConsecutive, matchPeriod, matchRelativeDay, matchVague, matchWeekday } from './match-relative.js';

export interface TimeFinderOptions {
  /** Override layers for time.yaml. */
  lexicons?: LanguageDataOptions;
}

const YEAR_WORDS: Record<Language, ReadonlySet<string>> = {
  ar: new Set(['عام', 'العام', 'سنه', 'السنه'].map(foldKey)),
  en: new Set(['in', 'since', 'year']),
};

/** First words of every time phrase: a cheap filter before the matchers run. */
/** Single number words (units, tens) for counts such as "قبل ثلاثة أيام". */
function toNumberWords(language: Language, options: TimeFinderOptions): ReadonlyMap<string, number> {
  const { units, tens, compoundOnly } = loadQuantityLexicon(language, options.lexicons).numbers;
  return new Map([...units, ...tens].filter(([w]) => !compoundOnly.has(w)));
}

function toOpeners(lexicon: TimeLexicon, yearWords: ReadonlySet<string>, numberWords: ReadonlyMap<string, number>): Set<string> {
  const firsts = (list: Array<{ phrase: string[] }>): string[] => list.map((p) => p.phrase[0] ?? '');
  return toOpenerSet([
    ...firsts(lexicon.months), ...firsts(lexicon.hijriMonths), ...firsts(lexicon.relativeDays), ...firsts(lexicon.relativePeriods),
    ...firsts(lexicon.vague), ...firsts(lexicon.dayParts), ...firsts(lexicon.dayOrdinals), ...lexicon.weekdays.keys(), ...lexicon.consecutiveDayWords,
    ...lexicon.ordinals.keys(), ...lexicon.agoBefore, ...numberWords.keys(), ...lexicon.past, ...lexicon.next, ...yearWords, 'on', 'for', 'يوم',
  ]);
}

/**
 * Creates the time finder: explicit dates (Gregorian with Western, Syriac or Maghrebi month names, numeric forms,
 * Hijri converted arithmetically), weekdays and relative expressions resolved against `article.published`.
 * Without a publication date, relative expressions keep value null with reason 'no publication date'.
 */
export function createTimeFinder(options: TimeFinderOptions = {}): (analysis: Analysis) => TimeExpression[] {
  const lexicons: Record<Language, TimeLexicon> = {
    ar: loadTimeLexicon('ar', options.lexicons),
    en: loadTimeLexicon('en', options.lexicons),
  };
  const numberWords: Record<Language, ReadonlyMap<string, number>> = {
    ar: toNumberWords('ar', options),
    en: toNumberWords('en', options),
  };
  const openers: Record<Language, WordFilter> = {
    ar: toWordFilter(toOpeners(lexicons.ar, YEAR_WORDS.ar, numberWords.ar)),
    en: toWordFilter(toOpeners(lexicons.en, YEAR_WORDS.en, numberWords.en)),
  };
  const starts: Record<Language, StartIndex> = {
    ar: createStartIndex(lexicons.ar, YEAR_WORDS.ar, numberWords.ar),
    en: createStartIndex(lexicons.en, YEAR_WORDS.en, numberWords.en),
  };
  return (analysis) => {
    const { tokens } = analysis;
    const text = analysis.article.text;
    const published = parseIsoDay(analysis.article.published);
    const out: TimeExpression[] = [];
    for (const sentence of analysis.sentences) {
      const [s, e] = sentence.tokens;
      const language = sentence.language;
      const ctx: TimeContext = { tokens, limit: e, lexicon: lexicons[language], language, published, numberWords: numberWords[language] };
      let floor = s;
      const open = openers[sentence.language];
      const start = starts[sentence.language];
      const yearWords = YEAR_WORDS[sentence.language];
      for (let t = s; t < e; t++) {
        const token = tokens[t];
        if (token === undefined || !mayOpen(token, open)) continue;
        // Only the matchers that can start at this word run (same result: the others would return null).
        const mask = toStartMask(token, toTokenForms(token), start);
        if (mask === 0) continue;
        const m: TimeMatch | null =
          ((mask & NUMERIC) !== 0 ? matchNumericDate(ctx, t) : null) ??
          ((mask & HIJRI) !== 0 ? matchHijriDate(ctx, t) : null) ??
          ((mask & NAMED) !== 0 ? matchNamedDate(ctx, t) : null) ??
          ((mask & YEAR) !== 0 ? matchYear(ctx, t, yearWords) : null) ??
          ((mask & CONSECUTIVE) !== 0 ? matchConsecutive(ctx, t) : null) ??
          ((mask & PERIOD) !== 0 ? matchPeriod(ctx, t) : null) ??
          ((mask & AGO) !== 0 ? matchAgo(ctx, t) : null) ??
          ((mask & RELATIVE_DAY) !== 0 ? matchRelativeDay(ctx, t, floor) : null) ??
          ((mask & WEEKDAY) !== 0 ? matchWeekday(ctx, t, floor) : null) ??
          ((mask & VAGUE) !== 0 ? matchVague(ctx, t) : null);
        if (m === null) continue;
        const first = tokens[m.start];
        const last = tokens[m.end - 1];
        if (first === undefined || last === undefined) continue;
        const span: [number, number] = [first.span[0], last.span[1]];
        out.push({
          text: text.slice(span[0], span[1]), span, value: m.value, end: m.end_,
          precision: m.precision, basis: m.basis, reason: m.reason,
        });
        t = m.end - 1;
        floor = m.end;
      }
    }
    return out;
  };
}
