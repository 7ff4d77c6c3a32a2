import { procliticSplits, splitSuffix } from '../../text/index.js';
import type { NormalizedText, Token } from '../../types.js';
import { C_ARABIC, C_DIGIT, C_LATIN, C_NEWLINE, C_PUNCT, C_SPACE, CHAR_CLASS } from './char-class.js';
import { parseNumberToken, scanToken } from './tokenize.js';
import { hashWord, type MemoEntry, WordMemo } from './word-memo.js';

const MARK = new Uint8Array(0x10000);
for (let c = 0x064b; c <= 0x065f; c++) MARK[c] = 1;
for (let c = 0x0610; c <= 0x061a; c++) MARK[c] = 1;
for (let c = 0x06d6; c <= 0x06ed; c++) MARK[c] = 1;
MARK[0x0670] = 1;
MARK[0x0640] = 1;

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

/** A memoised analysis, with the folded word itself so repeated words share one string. */
interface WordEntry extends CliticAnalysis, MemoEntry {}

const MEMO_LIMIT = 200_000;
const NO_PREFIXES: string[] = Object.freeze([]) as unknown as string[];

/** Analyses the Arabic word text[start, end) of normalised text, memoised per analyzer (news vocabulary is Zipfian). */
export type WordAnalyzer = (text: string, start: number, end: number, endsInTa: boolean) => WordEntry;

/**
 * Memoised clitic analysis. Entries, and so the `prefixes` arrays of tokens, are shared between tokens of the
 * same word: they are frozen so that a consumer mutating them fails loudly instead of corrupting other tokens.
 */
export function createWordAnalyzer(keepWhole: ReadonlySet<string>): WordAnalyzer {
  const memo = new WordMemo<WordEntry>(MEMO_LIMIT);
  return (text, start, end, endsInTa) => {
    const hash = hashWord(text, start, end, endsInTa);
    let hit = memo.get(text, start, end, endsInTa, hash);
    if (hit === undefined) {
      const norm = text.slice(start, end);
      const a = analyzeArabicWord(norm, endsInTa, keepWhole);
      const prefixes = a.prefixes.length === 0 ? NO_PREFIXES : (Object.freeze(a.prefixes.slice()) as string[]);
      hit = { norm, endsInTa, prefixes, stem: a.stem, definite: a.definite, suffix: a.suffix };
      memo.add(hit, hash);
    }
    return hit;
  };
}

/** True when the original word ends in ة (isolated or final form), ignoring trailing diacritics and tatweel. */
function endsInTaMarbuta(original: string, start: number, end: number): boolean {
  for (let i = end - 1; i >= start; i--) {
    const c = original.charCodeAt(i);
    if (MARK[c] === 1) continue;
    return c === 0x0629 || c === 0xfe93 || c === 0xfe94;
  }
  return false;
}

function toKind(cls: number): Token['kind'] {
  if (cls === C_LATIN) return 'latin';
  if (cls === C_DIGIT) return 'number';
  if (cls === C_PUNCT) return 'punct';
  return 'symbol';
}

/**
 * Tokenises normalised text into public Tokens in one pass: spans into `original` (trailing diacritics and tatweel
 * stay with the word, controls do not), clitic analysis for Arabic words, values for numbers.
 * Kind 'word'/'latin' is settled later by sentence language.
 */
export function toTokens(original: string, norm: NormalizedText, analyzeWord: WordAnalyzer): Token[] {
  const text = norm.text;
  const offsets = norm.offsets;
  const n = text.length;
  const out: Token[] = [];
  let i = 0;
  while (i < n) {
    const cls = CHAR_CLASS[text.charCodeAt(i)] as number;
    if (cls === C_SPACE || cls === C_NEWLINE) {
      i++;
      continue;
    }
    const end = scanToken(text, i, cls);
    const s = offsets[i] as number;
    let e = (offsets[end - 1] as number) + 1;
    const limit = offsets[end] as number;
    while (e < limit && MARK[original.charCodeAt(e)] === 1) e++;
    if (cls === C_ARABIC) {
      const a = analyzeWord(text, i, end, endsInTaMarbuta(original, s, e));
      out.push({
        text: original.slice(s, e), norm: a.norm, span: [s, e], kind: 'word', prefixes: a.prefixes, stem: a.stem, definite: a.definite,
        suffix: a.suffix,
      });
    } else {
      const folded = text.slice(i, end);
      const token: Token = {
        text: original.slice(s, e), norm: folded, span: [s, e], kind: toKind(cls), prefixes: NO_PREFIXES, stem: folded, definite: false,
        suffix: null,
      };
      if (cls === C_DIGIT) {
        const value = parseNumberToken(folded);
        if (value !== undefined) token.value = value;
      }
      out.push(token);
    }
    i = end;
  }
  return out;
}
