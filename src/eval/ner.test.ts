import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { toTagSet, type NerModel } from '../pipeline/recognize/ner/index.js';
import { evaluateNer, formatNerTable, parseConll } from './ner.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../test/fixtures/ner/${name}`, import.meta.url));

/** A hand-weighted model whose predictions are known: only these words get entity tags. */
function createHandModel(): NerModel {
  const types = ['PER', 'LOC', 'ORG', 'MISC'];
  const tags = toTagSet(types);
  const rows: Array<[string, string, number]> = [
    ['b', 'O', 1],
    ['w:محمد', 'B-PER', 10],
    ['w:علي', 'I-PER', 10],
    ['w:باريس', 'B-LOC', 10],
    ['w:الامم', 'B-ORG', 10],
    ['w:المتحده', 'I-ORG', 10],
  ];
  const features = new Map(rows.map(([k], i) => [k, i]));
  const weights = new Float32Array(rows.length * tags.length);
  rows.forEach(([, tag, w], i) => (weights[i * tags.length + tags.indexOf(tag)] = w));
  return {
    types, tags, features, weights,
    transitions: new Float32Array(tags.length * tags.length),
    start: new Float32Array(tags.length),
    lexicon: new Map(),
    meta: {},
  };
}

describe('evaluateNer', () => {
  const model = createHandModel();

  it('scores BIO gold with a BOM and LRM marks (hand-computed: 3 correct of 3 predicted, 5 gold)', async () => {
    const s = await evaluateNer([fixture('gold-bio.txt')], { model });
    expect(s.sentences).toBe(3);
    expect(s.tokens).toBe(10);
    expect(s.precision).toBeCloseTo(1);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo(0.75);
    expect(s.by_type['PER']).toMatchObject({ precision: 1, recall: 0.5, support: 2 });
    expect(s.by_type['LOC']?.f1).toBeCloseTo(2 / 3);
    expect(s.by_type['ORG']).toMatchObject({ f1: 1, support: 1 });
  });

  it('reads IOB1 tags, PERS, extra columns and CRLF (4 correct, 4 predicted, 7 gold)', async () => {
    const s = await evaluateNer([fixture('gold-iob1.txt')], { model });
    expect(s.sentences).toBe(4);
    expect(s.by_type['LOC']?.support).toBe(4);
    expect(s.recall).toBeCloseTo(4 / 7);
    expect(s.f1).toBeCloseTo(8 / 11);
  });

  it('maps fine classes with a map file and ignores unmapped or dropped types', async () => {
    const s = await evaluateNer([fixture('gold-fine.txt')], { model, map: fixture('fine.map') });
    expect(Object.keys(s.by_type).sort()).toEqual(['LOC', 'PER']);
    expect(s.f1).toBe(1);
  });

  it('pools several files', async () => {
    const s = await evaluateNer([fixture('gold-bio.txt'), fixture('gold-iob1.txt')], { model });
    expect(s.sentences).toBe(7);
    expect(s.f1).toBeCloseTo((2 * 7) / (7 + 12));
  });

  it('formats a table with one row per type and the micro average', async () => {
    const table = formatNerTable(await evaluateNer([fixture('gold-bio.txt')], { model }));
    expect(table).toContain('micro');
    expect(table).toMatch(/PER\s+100\.0\s+50\.0\s+66\.7\s+2/);
    expect(table).toContain('3 sentences, 10 tokens');
  });
});

describe('parseConll', () => {
  it.each([
    ['a B-PER\nb I-PER\n', ['B-PER', 'I-PER']],
    ['a I-MIS\nb O\n', ['I-MISC', 'O']],
    ['a B-Foo\n', ['O']],
    ['a\tx\ty\tB-ORG\n', ['B-ORG']],
  ])('normalises %j', (text, tags) => {
    expect(parseConll(text)[0]?.tags).toEqual(tags);
  });
});
