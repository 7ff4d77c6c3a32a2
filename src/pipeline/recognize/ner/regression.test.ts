import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createNerTagger, loadNerModel, parseModelFile, toModelFile } from './index.js';

/**
 * 210 news sentences (ANT corpus v1.1 JawharaFM, Apache-2.0; whitespace tokens, at most 40) with the tags the committed model gave them before
 * the tagger was rewritten for speed: any change to features, decoding or the model file shows up here.
 */
const fixture = fileURLToPath(new URL('../../../../test/fixtures/ner/regression-tags.tsv', import.meta.url));
const rows = readFileSync(fixture, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const [words, tags] = line.split('\t') as [string, string];
    return { words: words.split(' '), tags: tags.split(' ') };
  });

describe('committed model regression', () => {
  const model = loadNerModel();

  it('tags the fixed sentence set exactly as recorded', () => {
    const tag = createNerTagger(model);
    expect(rows.length).toBeGreaterThan(200);
    const mismatches = rows.filter((r) => tag(r.words).join(' ') !== r.tags.join(' ')).map((r) => r.words.join(' '));
    expect(mismatches).toEqual([]);
  });

  it('gives the same tags whatever the order and repetition of sentences (cache and buffers are stateless)', () => {
    const tag = createNerTagger(model);
    const reversed = [...rows].reverse();
    for (const r of [...reversed, ...reversed.slice(0, 20)]) expect(tag(r.words)).toEqual(r.tags);
  });

  it('survives a file round trip byte for byte', () => {
    const bytes = toModelFile(model);
    expect(toModelFile(parseModelFile(bytes)).equals(bytes)).toBe(true);
  });
});
