import { describe, expect, it } from 'vitest';
import { isAllowedTransition, toChunks, toStrictBio } from './tags.js';

describe('toChunks', () => {
  it.each([
    [['B-PER', 'I-PER', 'O', 'B-LOC'], [[0, 2, 'PER'], [3, 4, 'LOC']]],
    [['I-PER', 'I-PER', 'B-PER'], [[0, 2, 'PER'], [2, 3, 'PER']]],
    [['B-PER', 'I-LOC'], [[0, 1, 'PER'], [1, 2, 'LOC']]],
    [['O', 'I-ORG', 'O'], [[1, 2, 'ORG']]],
    [[], []],
  ])('%j', (tags, chunks) => {
    expect(toChunks(tags).map((c) => [c.start, c.end, c.type])).toEqual(chunks);
  });
});

describe('BIO helpers', () => {
  it('rewrites IOB1 as strict BIO', () => {
    expect(toStrictBio(['I-LOC', 'B-LOC', 'I-LOC', 'O'])).toEqual(['B-LOC', 'B-LOC', 'I-LOC', 'O']);
  });
  it.each([
    [null, 'I-PER', false],
    [null, 'B-PER', true],
    ['O', 'I-PER', false],
    ['B-PER', 'I-PER', true],
    ['I-LOC', 'I-PER', false],
    ['I-LOC', 'O', true],
  ])('%s → %s allowed: %s', (from, to, ok) => {
    expect(isAllowedTransition(from, to)).toBe(ok);
  });
});
