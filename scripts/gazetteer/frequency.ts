import { foldKey } from '../../src/text/index.js';
import { toLatinKey } from '../../src/geo/keys.js';
import { readJsonLinesGz } from './read-sources.js';

/**
 * Counts folded Arabic words (conjunction و split off, article kept) over the first `maxDocs` news
 * articles: the basis for telling place names from ordinary words (see names.ts).
 */
export async function countNewsWords(path: string, maxDocs: number): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  let docs = 0;
  for await (const doc of readJsonLinesGz(path)) {
    const text = typeof doc['text'] === 'string' ? doc['text'] : '';
    for (const raw of foldKey(text).split(/[^\u0621-\u064a]+/)) {
      let w = raw;
      // و + ال is the conjunction; a bare initial و is often a root letter (ورقة، وادي).
      if (w.startsWith('وال') && w.length > 4) w = w.slice(1);
      if (w.length < 2) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    if (++docs >= maxDocs) break;
  }
  return counts;
}

/** Latin stop keys from an English word list. */
export function toLatinStopKeys(words: string[]): Set<string> {
  return new Set(words.map((w) => toLatinKey(w)).filter((k) => k.length > 0));
}
