import { procliticSplits, splitSuffix } from '../../text/index.js';
import type { PhraseIndex } from '../../lexicon/triggers/index.js';
import type { Token } from '../../types.js';

/** Per-token lookup keys, computed once per document. */
export interface TokenKeys {
  /** Candidate dictionary keys, most literal first. */
  keys: string[][];
  /** Proclitics of the split that gave each token its first dictionary key (filled by matches). */
  tokens: Token[];
}

// ال is already stripped in Token.stem; only proclitic letters need the full split list.
const PREFIX_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'س']);
const NONE: never[] = [];

/** Every form a token may be looked up under: norm, stem, clitic splits, and the same without a pronoun suffix. */
const keyCache = new Map<string, string[]>();
const KEY_CACHE_LIMIT = 100_000;

export function toTokenKeys(tokens: Token[]): TokenKeys {
  const keys = tokens.map((t) => {
    if (t.kind === 'punct' || t.kind === 'symbol') return [t.norm];
    const cacheKey = `${t.norm}|${t.stem}|${t.text.endsWith('ة') ? 1 : 0}`;
    const hit = keyCache.get(cacheKey);
    if (hit) return hit;
    const made = wordKeys(t);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(cacheKey, made);
    return made;
  });
  return { keys, tokens };
}

function wordKeys(t: Token): string[] {
  {
    const out = [t.norm];
    const add = (k: string): void => {
      if (k.length > 0 && !out.includes(k)) out.push(k);
    };
    add(t.stem);
    if (t.kind === 'word' && PREFIX_LETTERS.has(t.norm[0] ?? '')) {
      for (const s of procliticSplits(t.norm)) add(s.stem);
    }
    // A word written with taa marbuta ends in a noun, not in the pronoun ه (وزارة is not وزار + ه).
    const taaMarbuta = t.text.endsWith('ة');
    for (const k of out.slice()) {
      const { base, suffix } = splitSuffix(k);
      if (suffix !== null && !(taaMarbuta && suffix === 'ه')) add(base);
    }
    return out;
  }
}

export interface PhraseMatch<T> {
  value: T;
  /** Index of the head key used (0 = the written form; higher = deeper clitic split). */
  keyRank: number;
  /** Token index range [from, to). */
  from: number;
  to: number;
}

/** True when some key is in `set` (a plain loop: hot per-token checks allocate nothing). */
export function hasAny(keys: readonly string[] | undefined, set: { has(key: string): boolean }): boolean {
  if (keys === undefined) return false;
  for (let k = 0; k < keys.length; k++) if (set.has(keys[k] as string)) return true;
  return false;
}

/** True when token `i` can be read as `key`. */
export function tokenIs(tk: TokenKeys, i: number, key: string): boolean {
  return tk.keys[i]?.includes(key) ?? false;
}

/**
 * All index entries that match at token `i` (head word at i, rest following in order, stopping at `end`),
 * longest first.
 */
export function matchAt<T>(index: PhraseIndex<T>, tk: TokenKeys, i: number, end: number): Array<PhraseMatch<T>> {
  const keys = tk.keys[i];
  if (!keys) return NONE;
  let out: Array<PhraseMatch<T>> | null = null;
  for (let keyRank = 0; keyRank < keys.length; keyRank++) {
    const list = index.get(keys[keyRank] ?? '');
    if (!list) continue;
    out ??= [];
    for (const { rest, value } of list) {
      if (i + 1 + rest.length > end) continue;
      let ok = true;
      for (let r = 0; r < rest.length; r++) {
        if (!tokenIs(tk, i + 1 + r, rest[r] ?? '')) {
          ok = false;
          break;
        }
      }
      if (ok && !out.some((m) => m.value === value)) out.push({ value, keyRank, from: i, to: i + 1 + rest.length });
    }
  }
  if (out === null) return NONE;
  return out.length > 1 ? out.sort((a, b) => b.to - a.to || a.keyRank - b.keyRank) : out;
}

/** True when any entry of `index` matches anywhere in [from, to). */
export function anyMatch<T>(index: PhraseIndex<T>, tk: TokenKeys, from: number, to: number): PhraseMatch<T> | null {
  for (let i = from; i < to; i++) {
    const m = matchAt(index, tk, i, to)[0];
    if (m) return m;
  }
  return null;
}

/** The last match of `index` in [from, to), scanning backwards. */
export function lastMatch<T>(index: PhraseIndex<T>, tk: TokenKeys, from: number, to: number): PhraseMatch<T> | null {
  for (let i = to - 1; i >= from; i--) {
    const m = matchAt(index, tk, i, to)[0];
    if (m) return m;
  }
  return null;
}
