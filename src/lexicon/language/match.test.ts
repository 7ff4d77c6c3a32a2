import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Token } from '../../types.js';
import { findPhraseAt, findPhraseEndingAt, matchesAt } from './match.js';
import { toWordFilter } from './openers.js';

const token = (norm: string): Token => ({
  text: norm, norm, span: [0, norm.length], kind: 'word', prefixes: [], stem: norm, definite: false, suffix: null,
});

/** The plain scans the indexed lookups must agree with. */
const scanAt = <T extends { phrase: string[] }>(tokens: Token[], at: number, limit: number, list: T[]): T | undefined =>
  list.find((e) => matchesAt(tokens, at, limit, e.phrase));
const scanEndingAt = <T extends { phrase: string[] }>(tokens: Token[], end: number, floor: number, list: T[]): T | undefined =>
  list.find((e) => end - e.phrase.length >= floor && matchesAt(tokens, end - e.phrase.length, end, e.phrase));

describe('indexed phrase lookup', () => {
  const vocabulary = ['قتل', 'مقتل', 'وقتل', 'بالمدينه', 'المدينه', 'مدينه', 'امس', 'اليوم', 'يوم', 'و', 'in', 'the'];
  const word = fc.constantFrom(...vocabulary);
  it('returns the same entry as scanning the list in order (property, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 6, maxLength: 30 }),
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        (phrases, words, a, b) => {
          const list = phrases.map((phrase, i) => ({ phrase, i }));
          const tokens = words.map(token);
          const at = a % (tokens.length + 1);
          const limit = Math.min(tokens.length, at + (b % 5));
          expect(findPhraseAt(tokens, at, limit, list)).toBe(scanAt(tokens, at, limit, list));
          const end = Math.max(at, limit);
          expect(findPhraseEndingAt(tokens, end, at, list)).toBe(scanEndingAt(tokens, end, at, list));
        },
      ),
      { seed: 20160802, numRuns: 500 },
    );
  });
});

describe('toWordFilter', () => {
  const filter = toWordFilter(new Set(['عشرات', 'ثلاثه', 'a']));
  it.each([
    ['عشرات', 0, true],
    ['وعشرات', 1, true],
    ['وعشرات', 0, false],
    ['ثلاثة', 0, false],
    ['a', 0, true],
    ['ba', 1, true],
    ['b', 1, false],
  ] as const)('%s from %i → %s', (word, start, expected) => expect(filter.has(word, start)).toBe(expected));
});
