import { describe, expect, it } from 'vitest';
import { FeatureIndex, toFeatureIndex, toFeatureParts } from './feature-index.js';
import { parseModelFile, toModelFile } from './model-file.js';
import { toTagSet } from './tags.js';

const keys = ['b', 'w:بغداد', 's:بغداد', 'w-1:قال', 'x:', 'xs:و+ال|a5', 'ww-:قال|محمد', 'ww+:a|b|c', 'wh-:|||a3'];
const table = new Map(keys.map((k, i) => [k, i]));

describe('FeatureIndex', () => {
  const index = toFeatureIndex(table);

  it.each(keys.map((k, i) => [k, i]))('finds %s at row %i', (key, row) => {
    expect(index.get(key)).toBe(row);
    expect(index.has(key)).toBe(true);
  });

  it.each(['w:بغدا', 'w-1:بغداد', 'ww-:محمد|قال', 'ww+:a|b', 'zz:x', 'b:'])('misses %s', (key) => {
    expect(index.get(key)).toBeUndefined();
  });

  it('finds a pair key by integer ids at any of its | splits', () => {
    const t = index.templateId('ww+');
    expect(index.pairRowOf(t, index.stringId('a'), index.stringId('b|c'))).toBe(7);
    expect(index.pairRowOf(t, index.stringId('a|b'), index.stringId('c'))).toBe(7);
    expect(index.pairRowOf(t, index.stringId('a'), index.stringId('c'))).toBe(-1);
    expect(index.singleRowOf(index.templateId('w'), index.stringId('بغداد'))).toBe(1);
    expect(index.singleRowOf(index.templateId('b'), -1)).toBe(0);
  });

  it('lists every key once and rebuilds from its own parts', () => {
    expect(new Map(index.entries())).toEqual(table);
    const { templates, strings, entries } = toFeatureParts(index);
    expect(new Map(new FeatureIndex(templates, strings, entries, index.size).entries())).toEqual(table);
  });

  it('rejects duplicate keys', () => {
    const entries = Int32Array.from([0, 0, -1, 0, 0, 0, -1, 1]);
    expect(() => new FeatureIndex(['w'], ['x'], entries, 2)).toThrow(RangeError);
  });
});

describe('model file', () => {
  const tags = toTagSet(['PER']);
  const model = {
    types: ['PER'], tags, features: table, weights: Float32Array.from({ length: keys.length * tags.length }, (_, i) => (i % 4) - 1.5),
    transitions: new Float32Array(tags.length * tags.length), start: new Float32Array(tags.length), lexicon: new Map([['بغداد', 'LOC']]), meta: { a: 1 },
  };

  it('keeps keys, weights (to int16 precision), gazetteer and meta', () => {
    const back = parseModelFile(toModelFile(model));
    expect(new Set(new Map(back.features.entries()).keys())).toEqual(new Set(keys));
    for (const k of keys) {
      const a = table.get(k)! * tags.length;
      const b = back.features.get(k)! * tags.length;
      for (let t = 0; t < tags.length; t++) expect(back.weights[b + t]).toBeCloseTo(model.weights[a + t]!, 3);
    }
    expect(back.lexicon).toEqual(model.lexicon);
    expect(back.meta).toEqual({ a: 1 });
  });

  it.each([
    ['not gzip', Buffer.from('nope')],
    ['truncated', toModelFile(model).subarray(0, 60)],
  ])('reports a damaged file (%s) as E_DATA', (_, bytes) => {
    expect(() => parseModelFile(bytes, 'x.bin.gz')).toThrow(expect.objectContaining({ code: 'E_DATA' }));
  });
});
