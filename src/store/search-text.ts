import { foldKey, procliticSplits } from '../text/index.js';

/**
 * Full-text normalisation shared by both adapters. Documents are indexed as the folded words
 * plus every proclitic/article split of Arabic words (وبسرت → وبسرت بسرت سرت), so a query
 * term matches across و/ف/ب/ل/ك/س and ال. Queries fold the same way and drop only ال.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const ARABIC = /[\u0600-\u06ff]/;

/** A normalised query term; `prefix` when the user wrote `term*`. */
export interface SearchTerm {
  term: string;
  prefix: boolean;
}

function wordsOf(text: string): string[] {
  return foldKey(text).match(WORD) ?? [];
}

/** The distinct index tokens of a text (folded words and their clitic-free stems). */
export function toIndexTokens(text: string): string[] {
  const out = new Set<string>();
  for (const word of wordsOf(text)) {
    out.add(word);
    if (!ARABIC.test(word)) continue;
    for (const split of procliticSplits(word)) out.add(split.stem);
  }
  return [...out];
}

/** Space-joined index tokens, ready for an FTS column or `string_to_array`. */
export function toIndexText(parts: Array<string | null | undefined>): string {
  const tokens = new Set<string>();
  for (const part of parts) if (part) for (const t of toIndexTokens(part)) tokens.add(t);
  return [...tokens].join(' ');
}

/** Normalises a user query into AND-ed terms; returns [] when nothing searchable remains. */
export function toSearchTerms(q: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const chunk of q.split(/\s+/)) {
    const words = wordsOf(chunk);
    words.forEach((word, i) => {
      const prefix = i === words.length - 1 && chunk.endsWith('*');
      terms.push({ term: stripArticle(word), prefix });
    });
  }
  return terms;
}

function stripArticle(word: string): string {
  if (!ARABIC.test(word)) return word;
  const definite = procliticSplits(word).find((s) => s.prefixes.length === 0 && s.definite);
  return definite?.stem ?? word;
}
