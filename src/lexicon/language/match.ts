import { procliticSplits } from '../../text/index.js';
import type { Token } from '../../types.js';

/**
 * Forms depend only on the token's kind class and folded form, and news text repeats words heavily: caching by
 * folded form (bounded) beats a per-token cache, which would recompute every repeated word and burden the GC.
 */
const CACHE_LIMIT = 100_000;
const wordForms = new Map<string, string[]>();
const otherForms = new Map<string, string[]>();

function hasArabicLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) return true;
  }
  return false;
}

function computeWordForms(norm: string): string[] {
  if (!hasArabicLetter(norm)) return [norm];
  const splits = procliticSplits(norm);
  const out: string[] = [];
  for (const s of splits) if (!out.includes(s.stem)) out.push(s.stem);
  for (const s of splits) {
    if (!s.definite) continue;
    const form = 'ال' + s.stem;
    if (!out.includes(form)) out.push(form);
  }
  return out;
}

function cached(cache: Map<string, string[]>, norm: string, compute: (norm: string) => string[]): string[] {
  let forms = cache.get(norm);
  if (forms === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    // Shared between tokens: frozen so that a caller mutating it fails loudly instead of corrupting others.
    forms = Object.freeze(compute(norm)) as string[];
    cache.set(norm, forms);
  }
  return forms;
}

const single = (norm: string): string[] => [norm];

/**
 * The folded forms a dictionary word may take in this token: the whole form and every proclitic split
 * (وبالمدينة → وبالمدينه, بالمدينه, المدينه, مدينه). Latin and other tokens have their folded form only.
 * The returned array is shared and frozen.
 */
export function toTokenForms(token: Token): string[] {
  return token.kind === 'word' ? cached(wordForms, token.norm, computeWordForms) : cached(otherForms, token.norm, single);
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

/** Entry positions of a phrase list by first and by last word, built once per list. */
interface PhraseIndex {
  byFirst: Map<string, number[]>;
  byLast: Map<string, number[]>;
  /** An empty phrase matches anywhere: such a list is scanned. */
  scan: boolean;
}

/** Short lists are scanned; longer ones are indexed (lexicon lists live as long as their finder). */
const INDEX_MIN = 6;
const indexes = new WeakMap<ReadonlyArray<{ phrase: string[] }>, PhraseIndex>();

function indexOf(list: ReadonlyArray<{ phrase: string[] }>): PhraseIndex {
  let index = indexes.get(list);
  if (index === undefined) {
    index = { byFirst: new Map(), byLast: new Map(), scan: false };
    const add = (map: Map<string, number[]>, word: string | undefined, i: number): void => {
      if (word === undefined) return;
      const at = map.get(word);
      if (at === undefined) map.set(word, [i]);
      else at.push(i);
    };
    list.forEach((entry, i) => {
      if (entry.phrase.length === 0) index!.scan = true;
      add(index!.byFirst, entry.phrase[0], i);
      add(index!.byLast, entry.phrase[entry.phrase.length - 1], i);
    });
    indexes.set(list, index);
  }
  return index;
}

/** The first phrase of `list` (longest first) matching at `at`, or undefined. */
export function findPhraseAt<T extends { phrase: string[] }>(tokens: Token[], at: number, limit: number, list: T[]): T | undefined {
  if (list.length < INDEX_MIN || indexOf(list).scan) {
    for (const entry of list) if (matchesAt(tokens, at, limit, entry.phrase)) return entry;
    return undefined;
  }
  const token = tokens[at];
  if (token === undefined || at < 0 || at >= limit) return undefined;
  // Only entries whose first word is a form of the token can match; the smallest position wins, as in a scan.
  const byFirst = indexOf(list).byFirst;
  const forms = toTokenForms(token);
  let best = -1;
  for (let f = 0; f < forms.length; f++) {
    const candidates = byFirst.get(forms[f] as string);
    if (candidates === undefined) continue;
    for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c] as number;
      if (best !== -1 && i >= best) break;
      if (matchesAt(tokens, at, limit, (list[i] as T).phrase)) {
        best = i;
        break;
      }
    }
  }
  return best === -1 ? undefined : list[best];
}

/** The first phrase of `list` ending exactly before `end` (so its last word is tokens[end - 1]). */
export function findPhraseEndingAt<T extends { phrase: string[] }>(
  tokens: Token[], end: number, floor: number, list: T[],
): T | undefined {
  if (list.length < INDEX_MIN || indexOf(list).scan) {
    for (const entry of list) {
      const at = end - entry.phrase.length;
      if (at >= floor && matchesAt(tokens, at, end, entry.phrase)) return entry;
    }
    return undefined;
  }
  const token = tokens[end - 1];
  if (token === undefined || end - 1 < floor) return undefined;
  const byLast = indexOf(list).byLast;
  const forms = toTokenForms(token);
  let best = -1;
  for (let f = 0; f < forms.length; f++) {
    const candidates = byLast.get(forms[f] as string);
    if (candidates === undefined) continue;
    for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c] as number;
      if (best !== -1 && i >= best) break;
      const phrase = (list[i] as T).phrase;
      const at = end - phrase.length;
      if (at >= floor && matchesAt(tokens, at, end, phrase)) {
        best = i;
        break;
      }
    }
  }
  return best === -1 ? undefined : list[best];
}
