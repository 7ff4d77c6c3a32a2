import nlp from 'compromise';
import { toLatinSkeleton } from '../../src/geo/keys.js';

const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'Place', 'Address']);

/**
 * Ordinary English words (and person names) from compromise's lexicon, places excluded: capitalised at
 * a sentence start or inside an organisation's name ("Resistance", "Ministry", "Global"), they would
 * otherwise match villages. Also their loose keys, so no transliteration variant collides with them.
 */
export function loadEnglishWords(extra: string[]): { words: Set<string>; skeletons: Set<string> } {
  const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
  const words = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!/^[a-z]+$/.test(word) || word.length < 3) continue;
    if ([tags].flat().some((t) => PLACE_TAGS.has(t))) continue;
    words.add(word);
    words.add(`${word}s`);
  }
  for (const w of extra) words.add(w.toLowerCase());
  const skeletons = new Set<string>();
  for (const w of words) {
    const s = toLatinSkeleton(w);
    if (s) skeletons.add(s);
  }
  return { words, skeletons };
}
