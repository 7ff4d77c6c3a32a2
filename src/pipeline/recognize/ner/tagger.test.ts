import { describe, expect, it } from 'vitest';
import { createNerTagger, loadNerModel, parseModelFile, toModelFile, trainNerModel } from './index.js';

const sentences = [
  { words: ['زار', 'محمد', 'علي', 'باريس'], tags: ['O', 'B-PER', 'I-PER', 'B-LOC'] },
  { words: ['وصل', 'احمد', 'الى', 'بغداد'], tags: ['O', 'B-PER', 'O', 'B-LOC'] },
  { words: ['قال', 'محمد', 'ان', 'بغداد', 'هادئة'], tags: ['O', 'B-PER', 'O', 'B-LOC', 'O'] },
];

describe('trainNerModel + createNerTagger', () => {
  const model = trainNerModel(sentences, { types: ['PER', 'LOC'], epochs: 5, seed: 7 });

  it('learns its training sentences and never emits an I- after O', () => {
    const tag = createNerTagger(model);
    for (const s of sentences) expect(tag(s.words)).toEqual(s.tags);
    expect(tag(['علي'])).not.toEqual(['I-PER']);
  });

  it('is deterministic and survives the compact file round trip', () => {
    const again = trainNerModel(sentences, { types: ['PER', 'LOC'], epochs: 5, seed: 7 });
    expect(toModelFile(again).equals(toModelFile(model))).toBe(true);
    const tag = createNerTagger(parseModelFile(toModelFile(model)));
    expect(tag(sentences[0]!.words)).toEqual(sentences[0]!.tags);
  });
});

describe('committed Arabic model', () => {
  const tag = createNerTagger(loadNerModel());

  it.each([
    [['قال', 'الرئيس', 'الفرنسي', 'إيمانويل', 'ماكرون', 'في', 'باريس'], 'B-LOC', 6],
    [['وصل', 'الوفد', 'إلى', 'القاهرة', 'أمس'], 'B-LOC', 3],
    [['أعلنت', 'وزارة', 'الدفاع', 'الروسية', 'أن'], 'B-ORG', 1],
  ])('tags unseen news words %j', (words, tagName, at) => {
    const tags = tag(words);
    expect(tags).toHaveLength(words.length);
    expect(tags[at]).toBe(tagName);
  });

  it('returns [] for no words', () => {
    expect(tag([])).toEqual([]);
  });
});
