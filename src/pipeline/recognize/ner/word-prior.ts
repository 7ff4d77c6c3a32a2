import { toFeatureIndex } from './feature-index.js';
import { toWordInfo } from './features.js';
import type { NerModel } from './model.js';

/**
 * Creates a scorer of the model's lexical evidence that a word is (part of) a person's name: the weights of its
 * identity features (whole folded form, stem) for the best person tag minus those for the best other tag. Words
 * seen in training as ordinary words or other entities (قال, خلال, الحكومة, غرفة) score well below zero; unseen
 * words score 0.
 */
export function createPersonPrior(model: NerModel): (word: string) => number {
  const index = toFeatureIndex(model.features);
  const T = model.tags.length;
  const person = ['B-PER', 'I-PER'].map((t) => model.tags.indexOf(t)).filter((t) => t >= 0);
  const other = model.tags.map((_, t) => t).filter((t) => !person.includes(t));
  const templates = ['w', 's'].map((t) => index.templateId(t));
  return (word) => {
    if (person.length === 0 || other.length === 0) return 0;
    const info = toWordInfo(word);
    const sums = new Float64Array(T);
    [info.fold, info.stem].forEach((value, k) => {
      const a = index.stringId(value);
      const row = a < 0 || (templates[k] as number) < 0 ? -1 : index.singleRowOf(templates[k] as number, a);
      if (row >= 0) for (let t = 0; t < T; t++) sums[t]! += model.weights[row * T + t]!;
    });
    return Math.max(...person.map((t) => sums[t] as number)) - Math.max(...other.map((t) => sums[t] as number));
  };
}
