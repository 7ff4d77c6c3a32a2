import { procliticSplits, splitSuffix } from '../../text/index.js';
import type { NormalizedText, Token } from '../../types.js';
import { parseNumberToken, type RawToken } from './tokenize.js';

const MARK = new Uint8Array(0x10000);
for (let c = 0x064b; c <= 0x065f; c++) MARK[c] = 1;
for (let c = 0x0610; c <= 0x061a; c++) MARK[c] = 1;
for (let c = 0x06d6; c <= 0x06ed; c++) MARK[c] = 1;
MARK[0x0670] = 1;
MARK[0x0640] = 1;

/** Original [start, end) of a normalised range; trailing diacritics and tatweel stay with the word, controls do not. */
export function toTokenSpan(original: string, norm: NormalizedText, start: number, end: number): [number, number] {
  const s = norm.offsets[start] ?? 0;
  let e = (norm.offsets[end - 1] ?? s) + 1;
  const limit = norm.offsets[end] ?? original.length;
  while (e < limit && MARK[original.charCodeAt(e)] === 1) e++;
  return [s, e];
}

/** Clitic analysis of an Arabic word: the chosen split, given words that must stay whole. */
export interface CliticAnalysis {
  prefixes: string[];
  stem: string;
  definite: boolean;
  suffix: string | null;
}

/** Suffixes too ambiguous to split in news text: ي (nisba adjectives), ك (word-final ك of many nouns). */
const UNSAFE_SUFFIXES = new Set(['ي', 'ك']);

/**
 * Chooses one clitic split: the deepest split whose stem keeps ≥ 3 letters (≥ 2 after ال), never splitting
 * into a word of `keepWhole`; then a pronoun suffix, unless the word is definite, ends in ة, or the suffix
 * is ambiguous. All splits stay available to matchers through `procliticSplits`.
 */
export function analyzeArabicWord(norm: string, endsInTaMarbuta: boolean, keepWhole: ReadonlySet<string>): CliticAnalysis {
  let best = { prefixes: [] as string[], stem: norm, definite: false };
  if (!keepWhole.has(norm)) {
    for (const split of procliticSplits(norm)) {
      const depth = split.prefixes.length + (split.definite ? 1 : 0);
      if (depth <= best.prefixes.length + (best.definite ? 1 : 0)) continue;
      if (split.stem.length < (split.definite ? 2 : 3)) continue;
      if (!allowedBy(split.prefixes, norm, keepWhole)) continue;
      best = split;
    }
  }
  let suffix: string | null = null;
  let stem = best.stem;
  if (!best.definite && !keepWhole.has(stem)) {
    const r = splitSuffix(stem);
    if (r.suffix !== null && !UNSAFE_SUFFIXES.has(r.suffix) && !(r.suffix === 'ه' && endsInTaMarbuta)) {
      suffix = r.suffix;
      stem = r.base;
    }
  }
  return { prefixes: best.prefixes, stem, definite: best.definite, suffix };
}

/** A split is refused when a remainder about to lose a proclitic is a word that must stay whole (وزير, ليبيا). */
function allowedBy(prefixes: string[], norm: string, keepWhole: ReadonlySet<string>): boolean {
  let rest = norm;
  for (const p of prefixes) {
    if (keepWhole.has(rest)) return false;
    rest = rest.slice(p.length);
  }
  return true;
}

const MEMO_LIMIT = 200_000;

/** Memoised clitic analysis: news vocabulary is Zipfian, so most words repeat. */
export function createWordAnalyzer(keepWhole: ReadonlySet<string>): (norm: string, endsInTa: boolean) => CliticAnalysis {
  const memo = new Map<string, CliticAnalysis>();
  return (norm, endsInTa) => {
    const key = endsInTa ? norm + '\u0629' : norm;
    let hit = memo.get(key);
    if (hit === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      hit = analyzeArabicWord(norm, endsInTa, keepWhole);
      memo.set(key, hit);
    }
    // A fresh prefixes array per token: consumers may mutate their tokens.
    return { prefixes: hit.prefixes.length === 0 ? [] : hit.prefixes.slice(), stem: hit.stem, definite: hit.definite, suffix: hit.suffix };
  };
}

/** Builds the public Token for a raw token (kind 'word'/'latin' is settled later by sentence language). */
export function buildToken(
  original: string,
  norm: NormalizedText,
  raw: RawToken,
  analyzeWord: (norm: string, endsInTa: boolean) => CliticAnalysis,
): Token {
  const span = toTokenSpan(original, norm, raw.start, raw.end);
  const text = original.slice(span[0], span[1]);
  const folded = norm.text.slice(raw.start, raw.end);
  if (raw.kind === 'arabic') {
    const a = analyzeWord(folded, endsInTaMarbuta(text));
    return { text, norm: folded, span, kind: 'word', prefixes: a.prefixes, stem: a.stem, definite: a.definite, suffix: a.suffix };
  }
  const kind = raw.kind;
  const token: Token = { text, norm: folded, span, kind, prefixes: [], stem: folded, definite: false, suffix: null };
  if (kind === 'number') {
    const value = parseNumberToken(folded);
    if (value !== undefined) token.value = value;
  }
  return token;
}

function endsInTaMarbuta(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (MARK[c] === 1) continue;
    return c === 0x0629 || c === 0xfe93 || c === 0xfe94;
  }
  return false;
}
