import type { Token } from '../../../types.js';
import type { WordReading } from './arabic-word.js';
import type { Candidate } from './candidate.js';
import type { EntityLexicon, TitleEntry } from './lexicon.js';
import type { WordFacts } from './word-facts.js';

const whole = (r: WordReading[][], i: number): string | undefined => r[i]?.[0]?.form;

/** The nisba form starting at token i, longest first. */
function matchNisba(lex: EntityLexicon, r: WordReading[][], i: number): { len: number; reading: WordReading; country: string | null } | null {
  for (let k = Math.min(lex.nisbaMaxWords, r.length - i); k >= 1; k--) {
    for (const first of r[i] ?? []) {
      const rest: string[] = [];
      for (let m = 1; m < k; m++) {
        const w = r[i + m]?.[0];
        if (!w) break;
        rest.push(w.bare);
      }
      if (rest.length !== k - 1) continue;
      const hit = lex.nisba.get([first.bare, ...rest].join(' '));
      if (hit) return { len: k, reading: first, country: hit.country };
    }
  }
  return null;
}

function matchTitle(lex: EntityLexicon, r: WordReading[][], i: number): { entry: TitleEntry; reading: WordReading } | null {
  for (const reading of r[i] ?? []) {
    for (const entry of lex.arTitles.get(reading.bare) ?? []) {
      if (entry.words[0] !== reading.form) continue;
      let ok = true;
      for (let m = 1; m < entry.words.length && ok; m++) ok = whole(r, i + m) === entry.words[m];
      if (ok) return { entry, reading };
    }
  }
  return null;
}

/** Length of the longest phrase of `phrases` (keyed by first word) at token i, or 0. */
function matchPhrase(phrases: Map<string, string[][]>, r: WordReading[][], i: number): number {
  const first = whole(r, i);
  if (first === undefined) return 0;
  for (const words of phrases.get(first) ?? []) {
    let ok = true;
    for (let m = 1; m < words.length && ok; m++) ok = whole(r, i + m) === words[m];
    if (ok) return words.length;
  }
  return 0;
}

/** A title found in a sentence: the TITLE candidate and where a name may follow. */
export interface TitleHit {
  title: Candidate;
  entry: TitleEntry;
  /** Token index right after the title and its nisba adjectives. */
  next: number;
}

/**
 * Finds TITLE and NORP candidates (nisba adjectives) in one Arabic sentence. A title extends over portfolios (when
 * its entry allows), nisba adjectives and title modifiers (السابق), in any order.
 */
export function findArabicPatterns(
  lex: EntityLexicon,
  tokens: readonly Token[],
  facts: readonly WordFacts[],
): { titles: TitleHit[]; norps: Candidate[] } {
  const titles: TitleHit[] = [];
  const norps: Candidate[] = [];
  const r = facts.map((f) => f.readings);
  const addNisba = (i: number): number => {
    if (!facts[i]?.mayStartNisba) return 0;
    const n = matchNisba(lex, r, i);
    if (!n) return 0;
    const start = (tokens[i] as Token).span[0] + n.reading.offset;
    norps.push({ type: 'NORP', from: i, to: i + n.len, start, end: (tokens[i + n.len - 1] as Token).span[1], source: 'pattern', country: n.country });
    return n.len;
  };
  for (let i = 0; i < tokens.length; ) {
    const t = facts[i]?.mayStartTitle ? matchTitle(lex, r, i) : null;
    if (!t) {
      i += addNisba(i) || 1;
      continue;
    }
    let j = i + t.entry.words.length;
    if (t.entry.extends) {
      for (let p = matchPhrase(lex.portfolios, r, j); p > 0; p = matchPhrase(lex.portfolios, r, j)) j += p;
    }
    for (let n = addNisba(j) || matchPhrase(lex.titleModifiers, r, j); n > 0; n = addNisba(j) || matchPhrase(lex.titleModifiers, r, j)) j += n;
    const start = (tokens[i] as Token).span[0] + t.reading.offset;
    titles.push({
      title: { type: 'TITLE', from: i, to: j, start, end: (tokens[j - 1] as Token).span[1], source: 'pattern' },
      entry: t.entry,
      next: j,
    });
    i = j;
  }
  return { titles, norps };
}
