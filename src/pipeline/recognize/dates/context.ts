import type { DateBasis, DatePrecision, Language, Token } from '../../../types.js';
import type { TimeLexicon } from '../../../lexicon/language/time-lexicon.js';

/** What a matcher sees: the tokens of one sentence and the publication day. */
export interface TimeContext {
  tokens: Token[];
  /** Sentence token range end (exclusive). */
  limit: number;
  lexicon: TimeLexicon;
  language: Language;
  /** Publication date as a UTC day number, or null. */
  published: number | null;
  /** Number words up to ten and beyond (ثلاثة، three → 3), folded, from numbers.yaml. */
  numberWords: ReadonlyMap<string, number>;
}

/** A match over tokens [start, end) with its resolved value. */
export interface TimeMatch {
  start: number;
  end: number;
  value: string | null;
  end_: string | null;
  precision: DatePrecision;
  basis: DateBasis;
  reason: string | null;
}

export const NO_PUBLICATION = 'no publication date';

export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.span[1] === b.span[0];
}

/** A count written as digits or as one number word (ثلاثة، three). */
export function countAt(ctx: TimeContext, at: number, max: number): number | null {
  const digits = intAt(ctx, at, 1, max);
  if (digits !== null) return digits;
  const token = ctx.tokens[at];
  if (token === undefined || at >= ctx.limit) return null;
  const word = ctx.numberWords.get(token.norm) ?? ctx.numberWords.get(token.stem);
  return word !== undefined && word <= max ? word : null;
}

export function intAt(ctx: TimeContext, at: number, min: number, max: number): number | null {
  const token = ctx.tokens[at];
  if (at >= ctx.limit || token?.kind !== 'number' || token.value === undefined || !Number.isInteger(token.value)) return null;
  return token.value >= min && token.value <= max ? token.value : null;
}
