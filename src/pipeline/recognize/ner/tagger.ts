import { decodeBest, toTransitionMasks } from './decode.js';
import { createFeatureEncoder } from './features.js';
import type { NerModel } from './model.js';

/**
 * Creates a BIO tagger over whitespace tokens as written (clitics attached, e.g. 'وبسرت').
 * Decoding is Viterbi constrained to strict BIO; the word-feature cache lives as long as the tagger.
 */
export function createNerTagger(model: NerModel): (words: string[]) => string[] {
  const { features } = model;
  const encoder = createFeatureEncoder((key) => features.get(key) ?? -1, { lexicon: model.lexicon });
  const scorer = {
    tagCount: model.tags.length,
    weights: model.weights,
    transitions: model.transitions,
    start: model.start,
    ...toTransitionMasks(model.tags),
  };
  return (words) => {
    if (words.length === 0) return [];
    const path = decodeBest(scorer, encoder.encode(words));
    return Array.from(path, (t) => model.tags[t] ?? 'O');
  };
}
