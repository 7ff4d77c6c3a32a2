import type { Token } from '../../types.js';

/**
 * A prefilter set of the words that may open a phrase: each entry plus its form without ال, since
 * `Token.stem` drops the article (اليوم → يوم). Matchers still check the full phrase.
 */
export function toOpenerSet(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    if (w.length === 0) continue;
    out.add(w);
    if (w.startsWith('ال') && w.length > 3) out.add(w.slice(2));
  }
  return out;
}

const FILTER_BITS = 16;

function signature(word: string, start: number): number {
  const length = word.length - start;
  const first = word.charCodeAt(start);
  const last = word.charCodeAt(word.length - 1);
  return (Math.imul(first, 0x2f) ^ Math.imul(last, 0x9e3) ^ Math.imul(length, 0x3b9)) & ((1 << FILTER_BITS) - 1);
}

/** A set of words with a cheap exact-negative test: most words of a text are rejected without hashing the string. */
export interface WordFilter {
  /** True when `word.slice(start)` is in the set. */
  has(word: string, start?: number): boolean;
}

/** Wraps a set: a table of (length, first, last letter) signatures rejects words no entry can equal. */
export function toWordFilter(words: ReadonlySet<string>): WordFilter {
  const table = new Uint8Array(1 << FILTER_BITS);
  for (const w of words) if (w.length > 0) table[signature(w, 0)] = 1;
  const hasEmpty = words.has('');
  return {
    has(word: string, start = 0): boolean {
      if (word.length <= start) return hasEmpty && words.has(word.slice(start));
      if (table[signature(word, start)] !== 1) return false;
      return words.has(start === 0 ? word : word.slice(start));
    },
  };
}

/** True when a token can start a match whose first words are in `openers` (numbers always can). */
export function mayOpen(token: Token, openers: WordFilter): boolean {
  if (token.kind === 'number') return true;
  if (token.kind !== 'word') return false;
  if (openers.has(token.norm) || openers.has(token.stem)) return true;
  // Words the analyzer left whole (وست: the stem would be too short) may still carry و/ف/ب/ل.
  const first = token.norm.charCodeAt(0);
  return (first === 0x0648 || first === 0x0641 || first === 0x0628 || first === 0x0644) && openers.has(token.norm, 1);
}
