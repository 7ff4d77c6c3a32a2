import type { QuantityKind, Token } from '../../../types.js';
import { findPhraseAt, findPhraseEndingAt, toTokenForms } from '../../../lexicon/language/match.js';
import type { QuantityLexicon } from '../../../lexicon/language/quantity-lexicon.js';

/** A counted noun found after a number: tokens [start, end). */
export interface CountedNoun {
  start: number;
  end: number;
  kind: QuantityKind;
  dual: boolean;
}

const PARTITIVE = new Set(['من', 'of']);
const ENGLISH_SKIPPABLE_MAX = 2;

/** The noun phrase (possibly multi-word, longest first) of the lexicon at `at`. */
export function nounAt(tokens: Token[], at: number, limit: number, lexicon: QuantityLexicon): CountedNoun | null {
  const first = tokens[at];
  if (first === undefined || at >= limit) return null;
  for (let len = Math.min(lexicon.maxNounWords, limit - at); len >= 1; len--) {
    if (len === 1) {
      for (const form of toTokenForms(first)) {
        const hit = lexicon.nouns.get(form);
        if (hit !== undefined) return { start: at, end: at + 1, ...hit };
      }
      continue;
    }
    const key = tokens.slice(at, at + len).map((t) => t.norm).join(' ');
    const hit = lexicon.nouns.get(key);
    if (hit !== undefined) return { start: at, end: at + len, ...hit };
  }
  return null;
}

function isNotCounted(tokens: Token[], at: number, limit: number, lexicon: QuantityLexicon): boolean {
  const token = tokens[at];
  if (token === undefined || at >= limit) return false;
  if (token.norm === '%' || token.text === '٪') return true;
  return toTokenForms(token).some((f) => lexicon.notCounted.has(f));
}

/**
 * Finds what a number ending at `at` counts: the noun right after it (or after من/of, the; in English after up to
 * two adjectives). Returns 'not-counted' for years, measures, money and percentages.
 */
export function findCountedNoun(
  tokens: Token[],
  at: number,
  limit: number,
  lexicon: QuantityLexicon,
  english: boolean,
): CountedNoun | 'not-counted' | null {
  let j = at;
  if (isNotCounted(tokens, j, limit, lexicon)) return 'not-counted';
  if (PARTITIVE.has(tokens[j]?.norm ?? '')) j++;
  if (english && tokens[j]?.norm === 'the') j++;
  const direct = nounAt(tokens, j, limit, lexicon);
  if (direct !== null || !english) return direct;
  for (let skip = 1; skip <= ENGLISH_SKIPPABLE_MAX; skip++) {
    const token = tokens[j + skip - 1];
    if (token === undefined || token.kind !== 'word' || j + skip >= limit) return null;
    const hit = nounAt(tokens, j + skip, limit, lexicon);
    if (hit !== null) return hit;
    if (isNotCounted(tokens, j + skip, limit, lexicon)) return 'not-counted';
  }
  return null;
}

/** The nearest casualty cue before `start` (within `window` tokens, not crossing punctuation other than commas). */
export function cueBefore(
  tokens: Token[], start: number, floorIn: number, lexicon: QuantityLexicon, window: number,
): { kind: QuantityKind; distance: number } | null {
  const floor = Math.max(0, floorIn);
  for (let end = start; end > Math.max(floor, start - window); end--) {
    const prev = tokens[end - 1];
    if (prev === undefined || (prev.kind === 'punct' && prev.norm !== ',' && prev.norm !== '"')) return null;
    const cue = findPhraseEndingAt(tokens, end, floor, lexicon.before);
    if (cue !== undefined) return { kind: cue.kind, distance: start - end };
    const noun = nounAt(tokens, end - 1, end, lexicon);
    if (noun !== null && (noun.kind === 'killed' || noun.kind === 'injured')) return { kind: noun.kind, distance: start - end };
  }
  return null;
}

/** The nearest cue after `end` (within `window` tokens). */
export function cueAfter(
  tokens: Token[], end: number, limit: number, lexicon: QuantityLexicon, window: number,
): { kind: QuantityKind; distance: number; end: number } | null {
  for (let at = end; at < Math.min(limit, end + window); at++) {
    const token = tokens[at];
    if (token === undefined || (token.kind === 'punct' && token.norm !== ',')) return null;
    const hit = findPhraseAt(tokens, at, limit, lexicon.after);
    if (hit !== undefined) return { kind: hit.kind, distance: at - end, end: at + hit.phrase.length };
  }
  return null;
}
