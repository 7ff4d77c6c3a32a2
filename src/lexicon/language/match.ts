import { procliticSplits } from '../../text/index.js';
import type { Token } from '../../types.js';

const cache = new WeakMap<Token, string[]>();

/**
 * The folded forms a dictionary word may take in this token: the whole form and every proclitic split
 * (وبالمدينة → وبالمدينه, بالمدينه, المدينه, مدينه). Latin and other tokens have their folded form only.
 */
export function toTokenForms(token: Token): string[] {
  let forms = cache.get(token);
  if (forms !== undefined) return forms;
  if (token.kind !== 'word' || !/[\u0621-\u064a]/.test(token.norm)) {
    forms = [token.norm];
  } else {
    const splits = procliticSplits(token.norm);
    forms = [...new Set([...splits.map((s) => s.stem), ...splits.filter((s) => s.definite).map((s) => 'ال' + s.stem)])];
  }
  cache.set(token, forms);
  return forms;
}

/** True when `phrase` (folded words) matches the tokens from `at`, staying below `limit`. */
export function matchesAt(tokens: Token[], at: number, limit: number, phrase: string[]): boolean {
  if (at < 0 || at + phrase.length > limit) return false;
  for (let k = 0; k < phrase.length; k++) {
    const token = tokens[at + k];
    const word = phrase[k];
    if (token === undefined || word === undefined) return false;
    if (token.norm !== word && !toTokenForms(token).includes(word)) return false;
  }
  return true;
}

/** The first phrase of `list` (longest first) matching at `at`, or undefined. */
export function findPhraseAt<T extends { phrase: string[] }>(tokens: Token[], at: number, limit: number, list: T[]): T | undefined {
  for (const entry of list) if (matchesAt(tokens, at, limit, entry.phrase)) return entry;
  return undefined;
}

/** The first phrase of `list` ending exactly before `end` (so its last word is tokens[end - 1]). */
export function findPhraseEndingAt<T extends { phrase: string[] }>(
  tokens: Token[], end: number, floor: number, list: T[],
): T | undefined {
  for (const entry of list) {
    const at = end - entry.phrase.length;
    if (at >= floor && matchesAt(tokens, at, end, entry.phrase)) return entry;
  }
  return undefined;
}
