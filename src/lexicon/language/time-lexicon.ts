import { MarsadError } from '../../errors.js';
import { foldKey } from '../../text/index.js';
import type { Language } from '../../types.js';
import { type LanguageDataOptions, loadLanguageYaml, toNumberMap, toStringList } from './load-yaml.js';

export type PeriodUnit = 'day' | 'week' | 'month' | 'year';

/** A folded phrase (word sequence) with a payload. */
export interface Phrase<T> {
  phrase: string[];
  value: T;
}

/** Time vocabulary of one language, folded; phrase lists are sorted longest first. */
export interface TimeLexicon {
  months: Array<Phrase<number>>;
  hijriMonths: Array<Phrase<number>>;
  hijriMarkers: Set<string>;
  gregorianMarkers: Set<string>;
  weekdays: Map<string, number>;
  past: Set<string>;
  next: Set<string>;
  dayParts: Array<Phrase<true>>;
  relativeDays: Array<Phrase<number>>;
  relativePeriods: Array<Phrase<{ unit: PeriodUnit; offset: number }>>;
  consecutiveDayWords: Set<string>;
  consecutiveMarkers: Array<Phrase<true>>;
  ordinals: Map<string, number>;
  agoBefore: Set<string>;
  agoUnits: Map<string, PeriodUnit>;
  agoDuals: Map<string, number>;
  agoPlurals: Set<string>;
  dayOrdinals: Array<Phrase<number>>;
  vague: Array<Phrase<true>>;
  /** First words of month names (a guard against reading "31 يوليو" as a count). */
  monthWords: Set<string>;
}

const words = (p: string): string[] => foldKey(p).split(' ').filter((w) => w.length > 0);
const longestFirst = <T>(list: Array<Phrase<T>>): Array<Phrase<T>> => list.sort((a, b) => b.phrase.length - a.phrase.length);
const UNITS = new Set(['day', 'week', 'month', 'year']);

/** Loads data/lexicon/<language>/time.yaml (with overrides). */
export function loadTimeLexicon(language: Language, options: LanguageDataOptions = {}): TimeLexicon {
  const origin = `lexicon/${language}/time.yaml`;
  const doc = loadLanguageYaml(language, 'time.yaml', options);
  const fail = (what: string): never => {
    throw new MarsadError('E_DATA', `${origin}: ${what}`, { origin });
  };
  const phrasesOf = (key: string): Array<Phrase<number>> =>
    longestFirst([...toNumberMap(doc, key, origin)].map(([k, v]) => ({ phrase: words(k), value: v })));
  const flags = (list: string[]): Array<Phrase<true>> => longestFirst(list.map((p) => ({ phrase: words(p), value: true as const })));
  const set = (key: string, from: Record<string, unknown> = doc): Set<string> =>
    new Set(toStringList(from, key, origin).map(foldKey));

  const periods: Array<Phrase<{ unit: PeriodUnit; offset: number }>> = [];
  const periodDoc = doc['relativePeriods'] ?? {};
  for (const [phrase, spec] of Object.entries(periodDoc as Record<string, unknown>)) {
    if (!Array.isArray(spec) || !UNITS.has(String(spec[0])) || typeof spec[1] !== 'number') {
      fail(`relativePeriods '${phrase}' must be [day|week|month|year, offset]`);
    }
    const [unit, offset] = spec as [PeriodUnit, number];
    periods.push({ phrase: words(phrase), value: { unit, offset } });
  }
  const agoUnits = new Map<string, PeriodUnit>();
  for (const [word, unit] of Object.entries((doc['agoUnits'] ?? {}) as Record<string, unknown>)) {
    if (!UNITS.has(String(unit))) fail(`agoUnits '${word}' must name a unit`);
    agoUnits.set(foldKey(word), unit as PeriodUnit);
  }
  const consecutive = (doc['consecutive'] ?? {}) as Record<string, unknown>;
  const months = phrasesOf('months');
  return {
    months,
    hijriMonths: phrasesOf('hijriMonths'),
    hijriMarkers: set('hijriMarkers'),
    gregorianMarkers: set('gregorianMarkers'),
    weekdays: new Map([...toNumberMap(doc, 'weekdays', origin)].map(([k, v]) => [foldKey(k), v])),
    past: set('past'),
    next: set('next'),
    dayParts: flags(toStringList(doc, 'dayParts', origin)),
    relativeDays: phrasesOf('relativeDays'),
    relativePeriods: longestFirst(periods),
    consecutiveDayWords: set('dayWords', consecutive),
    consecutiveMarkers: flags(toStringList(consecutive, 'markers', origin)),
    ordinals: new Map([...toNumberMap(doc, 'ordinals', origin)].map(([k, v]) => [foldKey(k), v])),
    agoBefore: set('agoBefore'),
    agoUnits,
    agoDuals: new Map([...toNumberMap(doc, 'agoDuals', origin)].map(([k, v]) => [foldKey(k), v])),
    agoPlurals: set('agoPlurals'),
    dayOrdinals: phrasesOf('dayOrdinals'),
    vague: flags(toStringList(doc, 'vague', origin)),
    monthWords: new Set(months.flatMap((m) => m.phrase.slice(0, 1))),
  };
}
