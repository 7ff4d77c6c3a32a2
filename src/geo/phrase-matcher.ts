import type { Analysis, Span, Token } from '../types.js';
import { procliticSplits, type CliticSplit } from '../text/index.js';
import { isLatinName, toLatinKey, toLatinSkeleton } from './keys.js';
import { feed, feedUnit, HASH_SEED, type KeyFilter } from './key-filter.js';

/** One dictionary hit over tokens: `tokens` is a [from, to) token range, `span` covers the name without proclitics. */
export interface PhraseHit {
  key: string;
  text: string;
  span: Span;
  tokens: [number, number];
  /** Proclitics split off the first token (و ب ل ف ك). */
  prefixes: string[];
  latin: boolean;
}

const JOINERS = new Set(['-', "'", '’', 'ʼ', 'ʿ', '`']);
/** Lower-case connector words allowed inside a capitalised Latin name (Ras al-Ayn, Deir ez-Zor). */
const LATIN_CONNECTORS = /^(?:al|el|ad|adh|an|ar|as|ash|at|ath|az|ed|en|er|es|et|ez|ul|bin|ibn|bani|bir|abu|umm|de|du|la|le|of)$/i;

/**
 * Finds the longest dictionary phrases in each sentence. `has(key)` answers whether a key exists and
 * `maxWords` bounds the window. Arabic: the first token may carry proclitics (وبسرت → سرت), the article
 * is tried both ways. Latin: every content word must be capitalised.
 */
export interface PhraseOptions {
  /** Latin key functions tried in order (default: exact place key, then loose transliteration key). */
  latinKeys?: Array<(surface: string) => string | null>;
  /** Latin names must be capitalised (places: yes; actors: no, "gunmen"). */
  capitalised?: boolean;
  /** Digits may be part of a name (الكتيبة 166, "Brigade 35"). */
  numbers?: boolean;
  /**
   * Every key and its word prefixes (see KeyFilter): Arabic phrases are extended word by word only while
   * some key may start that way, and no key string is built for the rest.
   */
  keyFilter?: KeyFilter;
}

export function findPhrases(analysis: Analysis, maxWords: number, has: (key: string) => boolean, options: PhraseOptions = {}): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const scan: Scan = {
    tokens: analysis.tokens, text: analysis.article.text, maxWords, has, options,
    heads: options.keyFilter ? toHeadMemo(options.keyFilter) : null,
  };
  for (const sentence of analysis.sentences) {
    let i = sentence.tokens[0];
    while (i < sentence.tokens[1]) {
      const hit = matchAt(scan, i, sentence.tokens[1]);
      if (hit) {
        hits.push(hit);
        i = hit.tokens[1];
      } else i++;
    }
  }
  return hits;
}

function window(tokens: Token[], from: number, limit: number, maxWords: number, numbers: boolean): number[] {
  const ends: number[] = [];
  let words = 0;
  for (let j = from; j < limit && words < maxWords; j++) {
    const t = tokens[j];
    if (!t) break;
    if (t.kind === 'punct' || t.kind === 'symbol') {
      if (!JOINERS.has(t.text) || j === from) break;
      continue;
    }
    if (t.kind === 'number' && (!numbers || j === from)) break;
    words++;
    ends.push(j + 1);
  }
  return ends;
}

/** One findPhrases call: the document, the dictionary, and the memo of first-token readings. */
interface Scan {
  tokens: Token[];
  text: string;
  maxWords: number;
  has: (key: string) => boolean;
  options: PhraseOptions;
  heads: Map<string, Head[]> | null;
}

function matchAt(scan: Scan, i: number, limit: number): PhraseHit | null {
  const { tokens, text, maxWords, has, options } = scan;
  const first = tokens[i];
  if (!first || (first.kind !== 'word' && first.kind !== 'latin')) return null;
  if (first.kind === 'latin' || isLatinName(first.text)) return matchLatinAt(scan, i, limit);
  const filter = options.keyFilter;
  const heads = toHeadsOf(first.norm, filter, scan.heads);
  if (heads.length === 0) return null;
  const ends = window(tokens, i, limit, maxWords, options.numbers ?? false);
  // How many window ends each head may reach: the prefix "head w1 … wk" must be in the filter.
  const reach: number[] = [];
  let maxReach = 0;
  for (const { hash } of heads) {
    let k = ends.length - 1;
    if (filter) {
      let h = hash;
      let j = i + 1;
      extend: for (k = 1; k < ends.length; k++) {
        for (const end = ends[k] ?? 0; j < end; j++) {
          const t = tokens[j];
          if (!t || (t.kind !== 'word' && t.kind !== 'number')) continue;
          h = feed(feedUnit(h, 32), t.norm);
          if (!filter.mayHaveHash(h)) break extend;
        }
      }
      k--;
    }
    reach.push(k);
    if (k > maxReach) maxReach = k;
  }
  // The words and numbers after the first token, joined once per reachable window end (null: none).
  const rests: Array<string | null> = [];
  let rest = '';
  let count = 0;
  for (let k = 0, j = i + 1; k <= maxReach; k++) {
    for (const end = ends[k] ?? 0; j < end; j++) {
      const t = tokens[j];
      if (t && (t.kind === 'word' || t.kind === 'number')) {
        rest = count === 0 ? t.norm : rest + ' ' + t.norm;
        count++;
      }
    }
    rests.push(count === 0 ? null : rest);
  }
  for (let k = maxReach; k >= 0; k--) {
    const end = ends[k] ?? 0;
    const last = tokens[end - 1];
    if (!last) continue;
    const tail = rests[k] ?? null;
    for (let n = 0; n < heads.length; n++) {
      const reading = heads[n];
      if (!reading || (reach[n] ?? -1) < k) continue;
      const key = tail === null ? reading.head : reading.head + ' ' + tail;
      if (!has(key)) continue;
      const start = first.span[0] + prefixOffset(first, reading.split.prefixes.length);
      return { key, text: text.slice(start, last.span[1]), span: [start, last.span[1]], tokens: [i, end], prefixes: reading.split.prefixes, latin: false };
    }
  }
  return null;
}

interface Head {
  head: string;
  split: CliticSplit;
  /** Running filter hash of `head`. */
  hash: number;
}

const headMemo = new WeakMap<KeyFilter, Map<string, Head[]>>();
const NO_HEADS: Head[] = [];

/** The memo of first-token readings for one filter (shared by every document). */
function toHeadMemo(filter: KeyFilter): Map<string, Head[]> {
  let memo = headMemo.get(filter);
  if (!memo) {
    memo = new Map();
    headMemo.set(filter, memo);
  }
  return memo;
}

/** `toHeads` of a folded word, memoised (most words start no key: one map hit, no allocation). */
function toHeadsOf(norm: string, filter: KeyFilter | undefined, memo: Map<string, Head[]> | null): Head[] {
  if (!memo) return toHeads(procliticSplits(norm), filter);
  let heads = memo.get(norm);
  if (heads === undefined) {
    heads = toHeads(procliticSplits(norm), filter);
    if (memo.size >= 100_000) memo.clear();
    memo.set(norm, heads.length === 0 ? NO_HEADS : heads);
  }
  return heads;
}

/** Readings of a first token (proclitics split, article tried both ways), in order, that may start a key. */
function toHeads(splits: readonly CliticSplit[], filter: KeyFilter | undefined): Head[] {
  const out: Head[] = [];
  const offer = (head: string, split: CliticSplit): void => {
    const hash = feed(HASH_SEED, head);
    if (!filter || filter.mayHaveHash(hash)) out.push({ head, split, hash });
  };
  for (const split of splits) {
    if (split.definite) offer('ال' + split.stem, split);
    offer(split.stem, split);
  }
  return out;
}

const latinKeyMemo = new WeakMap<(surface: string) => string | null, Map<string, string | null>>();

/** A key function's result, memoised per function (the same names recur on every page). */
function toLatinKeyOf(toKey: (surface: string) => string | null, surface: string): string | null {
  let memo = latinKeyMemo.get(toKey);
  if (!memo) {
    memo = new Map();
    latinKeyMemo.set(toKey, memo);
  }
  let key = memo.get(surface);
  if (key === undefined) {
    key = toKey(surface);
    if (memo.size >= 50_000) memo.clear();
    memo.set(surface, key);
  }
  return key;
}

function matchLatinAt(scan: Scan, i: number, limit: number): PhraseHit | null {
  const { tokens, text, maxWords, has, options } = scan;
  const first = tokens[i];
  if (!first) return null;
  const capitalised = options.capitalised ?? true;
  const lead = first.text.split(/[-']/)[0] ?? '';
  if (capitalised && !/^[A-Z\u00c0-\u00de]/.test(first.text) && !LATIN_CONNECTORS.test(lead)) return null;
  if (capitalised && isPartyPrefix(tokens, i)) return null;
  const ends = window(tokens, i, limit, maxWords, options.numbers ?? false);
  // Exact spellings over every window first; transliteration variants (loose keys) only after.
  for (const toKey of options.latinKeys ?? [toLatinKey, toLatinSkeleton]) {
    for (let k = ends.length - 1; k >= 0; k--) {
      const end = ends[k] ?? 0;
      const last = tokens[end - 1];
      if (!last || (capitalised && !latinCapitalised(tokens, i, end))) continue;
      const surface = text.slice(first.span[0], last.span[1]);
      const key = !capitalised || /[A-Z\u00c0-\u00de]/.test(surface) ? toLatinKeyOf(toKey, surface) : null;
      if (key !== null && has(key)) return { key, text: surface, span: [first.span[0], last.span[1]], tokens: [i, end], prefixes: [], latin: true };
    }
  }
  return null;
}

/** Original-text length of the first `count` letters of a token (proclitics are single letters; marks may follow them). */
function prefixOffset(token: Token, count: number): number {
  let seen = 0;
  let k = 0;
  while (k < token.text.length && seen < count) {
    const c = token.text.charCodeAt(k);
    k++;
    if ((c >= 0x0621 && c <= 0x064a) || c === 0x0671) seen++;
    while (k < token.text.length && isMark(token.text.charCodeAt(k))) k++;
  }
  return k;
}

function isMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
}

function latinCapitalised(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (!t || t.kind === 'punct') continue;
    for (const part of t.text.split(/[-']/)) {
      if (part.length === 0 || /^[A-Z\u00c0-\u00de]/.test(part) || LATIN_CONNECTORS.test(part)) continue;
      return false;
    }
  }
  return true;
}

/** "pro-Hadi", "anti-Assad": the name is a party, not a place. */
function isPartyPrefix(tokens: Token[], i: number): boolean {
  const dash = tokens[i - 1];
  const word = tokens[i - 2];
  return dash?.text === '-' && word !== undefined && /^(?:pro|anti|non)$/i.test(word.text) && word.span[1] === dash.span[0];
}
