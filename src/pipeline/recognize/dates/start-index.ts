import type { Token } from '../../../types.js';
import type { TimeLexicon } from '../../../lexicon/language/time-lexicon.js';

/** One bit per matcher of the time finder. */
export const NUMERIC = 1;
export const HIJRI = 2;
export const NAMED = 4;
export const YEAR = 8;
export const CONSECUTIVE = 16;
export const PERIOD = 32;
export const AGO = 64;
export const RELATIVE_DAY = 128;
export const WEEKDAY = 256;
export const VAGUE = 512;

/**
 * Which matchers can start at a token: by the words that open each of them (looked up among the token's forms, its
 * folded form and its stem) and, for digit tokens, the matchers that open on a number. A matcher whose bit is
 * unset would return null there, so skipping it changes nothing.
 */
export interface StartIndex {
  byWord: Map<string, number>;
  numberMask: number;
}

/** Builds the start index from the same lexicon entries the matchers read. */
export function createStartIndex(
  lexicon: TimeLexicon, yearWords: ReadonlySet<string>, numberWords: ReadonlyMap<string, number>,
): StartIndex {
  const byWord = new Map<string, number>();
  const add = (word: string | undefined, bit: number): void => {
    if (word !== undefined) byWord.set(word, (byWord.get(word) ?? 0) | bit);
  };
  const firsts = (list: Array<{ phrase: string[] }>, bit: number): void => {
    for (const entry of list) add(entry.phrase[0], bit);
  };
  firsts(lexicon.hijriMonths, HIJRI);
  firsts(lexicon.dayOrdinals, NAMED);
  firsts(lexicon.months, NAMED);
  for (const w of yearWords) add(w, YEAR);
  for (const w of lexicon.consecutiveDayWords) add(w, CONSECUTIVE);
  for (const w of lexicon.ordinals.keys()) add(w, CONSECUTIVE);
  firsts(lexicon.relativePeriods, PERIOD);
  for (const w of lexicon.agoBefore) add(w, AGO);
  for (const w of numberWords.keys()) add(w, AGO);
  firsts(lexicon.relativeDays, RELATIVE_DAY);
  for (const w of lexicon.weekdays.keys()) add(w, WEEKDAY);
  firsts(lexicon.vague, VAGUE);
  return { byWord, numberMask: NUMERIC | HIJRI | NAMED | AGO };
}

/** The matchers that may start at `token`, whose forms (from `toTokenForms`) are `forms`. */
export function toStartMask(token: Token, forms: readonly string[], index: StartIndex): number {
  let mask = token.kind === 'number' ? index.numberMask : 0;
  for (let i = 0; i < forms.length; i++) mask |= index.byWord.get(forms[i] as string) ?? 0;
  return mask | (index.byWord.get(token.norm) ?? 0) | (index.byWord.get(token.stem) ?? 0);
}
