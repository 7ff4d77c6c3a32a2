/**
 * Arabic proclitic and pronoun-suffix analysis on FOLDED words (see fold.ts: ة→ه, ى→ي, أإآ→ا).
 * Returns every plausible split so matchers can try the longest dictionary hit first.
 */

export interface CliticSplit {
  prefixes: string[];
  stem: string;
  definite: boolean;
}

const CONJ = 'وف';
const PREP = 'بلكس';
const NONE: readonly string[] = Object.freeze([]);

/** Splits repeat heavily in news (the same words on every page): a bounded memo keeps them. */
const MEMO_LIMIT = 100_000;
const memo = new Map<string, readonly CliticSplit[]>();

function offer(out: CliticSplit[], prefixes: readonly string[], stem: string, definite: boolean): void {
  if (stem.length < 2) return;
  // The unsplit reading is always first; other prefix-less, article-less readings are the same word.
  if (prefixes.length === 0 && !definite) return;
  for (const s of out) {
    if (s.stem === stem && s.definite === definite && s.prefixes.length === prefixes.length && s.prefixes.every((p, i) => p === prefixes[i])) return;
  }
  out.push(Object.freeze({ prefixes: prefixes as string[], stem, definite }));
}

function offerWithArticle(out: CliticSplit[], prefixes: readonly string[], rest: string): void {
  if (rest.startsWith('ال') && rest.length > 3) {
    offer(out, prefixes, rest, false);
    offer(out, prefixes, rest.slice(2), true);
  } else if (prefixes[prefixes.length - 1] === 'ل' && rest.startsWith('ل') && rest.length > 2) {
    // لل = ل + ال with the alef dropped (للتنظيم).
    offer(out, prefixes, rest, false);
    offer(out, prefixes, rest.slice(1), true);
  } else {
    offer(out, prefixes, rest, false);
  }
}

function computeSplits(word: string): readonly CliticSplit[] {
  const out: CliticSplit[] = [Object.freeze({ prefixes: NONE as string[], stem: word, definite: false })];
  offerWithArticle(out, NONE, word);
  let rest = word;
  let conj: readonly string[] = NONE;
  const first = rest[0];
  if (first !== undefined && CONJ.includes(first) && rest.length > 2) {
    conj = Object.freeze([first]);
    rest = rest.slice(1);
    offerWithArticle(out, conj, rest);
  }
  const second = rest[0];
  if (second !== undefined && PREP.includes(second) && rest.length > 2) {
    offerWithArticle(out, Object.freeze([...conj, second]), rest.slice(1));
  }
  return Object.freeze(out);
}

/**
 * All splits of a folded word into proclitics (و/ف, then ب/ل/ك or س, then ال) and a stem,
 * the unsplit word first. Stems shorter than 2 letters are not offered. The result is shared and frozen.
 */
export function procliticSplits(word: string): readonly CliticSplit[] {
  let splits = memo.get(word);
  if (splits === undefined) {
    splits = computeSplits(word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, splits);
  }
  return splits;
}

const SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'نا', 'ها', 'ه', 'ك', 'ي'];

/** Splits a pronoun suffix off a folded stem (stem kept ≥ 3 letters). */
export function splitSuffix(stem: string): { base: string; suffix: string | null } {
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
      return { base: stem.slice(0, -suffix.length), suffix };
    }
  }
  return { base: stem, suffix: null };
}
