import { foldWithMap, procliticSplits } from '../../../text/index.js';

/** A reading of a written word with its conjunction/preposition proclitics removed. */
export interface WordReading {
  /** Folded form without proclitics, with ال when the word had it ('الرئيس' for 'وللرئيس' gives 'رئيس'). */
  form: string;
  /** Folded form without proclitics nor ال. */
  bare: string;
  /** UTF-16 offset inside the written word where `form` starts. */
  offset: number;
  /** Number of proclitic letters removed (0 for the word as written). */
  stripped: number;
}

/** Every proclitic reading of a written Arabic word, the unsplit word first. */
export function toWordReadings(written: string): WordReading[] {
  const map = foldWithMap(written);
  const fold = map.text;
  const out: WordReading[] = [];
  const seen = new Set<string>();
  for (const split of procliticSplits(fold)) {
    let cut = split.prefixes.reduce((n, p) => n + p.length, 0);
    let form = fold.slice(cut);
    if (split.definite && !form.startsWith('ال')) {
      // لل: the ال lost its alef; the written word has no ال to keep.
      cut += 1;
      form = 'ال' + split.stem;
    }
    if (seen.has(form)) continue;
    seen.add(form);
    const offset = map.offsets[Math.min(cut, map.offsets.length - 1)] ?? 0;
    const bare = form.startsWith('ال') && form.length > 3 ? form.slice(2) : form;
    out.push({ form, bare, offset, stripped: cut });
  }
  return out;
}
