import { createViterbi, toTransitionMasks } from './decode.js';
import { createEmissionEncoder } from './emissions.js';
import type { NerModel } from './model.js';

/**
 * Creates a BIO tagger over whitespace tokens as written (clitics attached, e.g. 'وبسرت').
 * Decoding is Viterbi constrained to strict BIO; the word-type cache and the buffers live as long as the tagger,
 * which is therefore not reentrant (one tagger per worker).
 */
export function createNerTagger(model: NerModel): (words: readonly string[]) => string[] {
  const T = model.tags.length;
  const encode = createEmissionEncoder(model);
  const viterbi = createViterbi({
    tagCount: T,
    weights: model.weights,
    transitions: model.transitions,
    start: model.start,
    ...toTransitionMasks(model.tags),
  });
  let emit = new Float64Array(64 * T);
  let path = new Int32Array(64);
  return (words) => {
    const n = words.length;
    if (n === 0) return [];
    if (path.length < n) {
      path = new Int32Array(n * 2);
      emit = new Float64Array(n * 2 * T);
    }
    encode(words, emit);
    viterbi(emit, n, path);
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = model.tags[path[i] as number] ?? 'O';
    return out;
  };
}
