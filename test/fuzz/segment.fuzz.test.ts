import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/pipeline/segment/index.js';
import type { Analysis, Article, Language } from '../../src/types.js';
import { FUZZ_SEED, MULTI_WORD_LIGATURES, fullyVocalised, hostileText } from './arbitraries.js';

function toArticle(text: string, language: Language): Article {
  return {
    id: 'fuzz', origin: 'fuzz', title: null, text, language, published: '2016-08-02', source: null, url: null,
    metadata: { captions: [], credits: [], outlets: [], sourceLine: null, dateline: null, removed: [] }, diagnostics: [],
  };
}

/** Every structural promise of `Analysis`, checked on one result. */
function checkAnalysis(text: string, a: Analysis): void {
  let previous: [number, number] = [0, 0];
  for (const token of a.tokens) {
    const [s, e] = token.span;
    // One original unit may expand to several words (the ligature U+FDFA folds to four): those tokens share
    // its span. Otherwise tokens are in order and never overlap.
    const sameUnit = s === previous[0] && e === previous[1] && e - s <= 2;
    if (!sameUnit) expect(s).toBeGreaterThanOrEqual(previous[1]);
    expect(e).toBeGreaterThan(s);
    expect(e).toBeLessThanOrEqual(text.length);
    expect(text.slice(s, e)).toBe(token.text);
    expect(token.norm.length).toBeGreaterThan(0);
    previous = [s, e];
  }
  // Sentences partition the token list in order, each span running from its first to its last token.
  let next = 0;
  for (const sentence of a.sentences) {
    const [from, to] = sentence.tokens;
    expect(from).toBe(next);
    expect(to).toBeGreaterThan(from);
    expect(sentence.span).toEqual([a.tokens[from]?.span[0], a.tokens[to - 1]?.span[1]]);
    let clauseNext = from;
    for (const [cf, ct] of sentence.clauses) {
      expect(cf).toBeGreaterThanOrEqual(clauseNext);
      expect(ct).toBeGreaterThanOrEqual(cf);
      expect(ct).toBeLessThanOrEqual(to);
      clauseNext = ct;
    }
    next = to;
  }
  expect(next).toBe(a.tokens.length);
  let paragraphEnd = 0;
  for (const [s, e] of a.paragraphs) {
    expect(s).toBeGreaterThanOrEqual(paragraphEnd);
    expect(e).toBeGreaterThanOrEqual(s);
    expect(e).toBeLessThanOrEqual(text.length);
    paragraphEnd = e;
  }
}

describe('segmenter on hostile input (fast-check, fixed seed)', () => {
  let analyze: ReturnType<typeof createAnalyzer>;
  beforeAll(() => { analyze = createAnalyzer(); });

  it.each(['ar', 'en'] as const)('%s: tokens slice to their text, sentences partition the tokens, nothing overlaps', (language) => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fullyVocalised), (text) => {
        checkAnalysis(text, analyze(toArticle(text, language)));
      }),
      { seed: FUZZ_SEED, numRuns: 500 },
    );
  });

  it('handles one long line and deep repetition without throwing', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 50, max: 400 }), (piece, times) => {
        const text = `${piece} `.repeat(times);
        checkAnalysis(text, analyze(toArticle(text, 'ar')));
      }),
      { seed: FUZZ_SEED, numRuns: 15 },
    );
  });

  // A multi-word ligature glued to a word (ﷺقتل) once gave tokens [0,1]×3 and [0,4], which overlap.
  it.each(MULTI_WORD_LIGATURES)('multi-word ligature %s glued to words gives no partially overlapping tokens', (ligature) => {
    for (const text of [`${ligature}قتل`, `قال ${ligature}قتل`, `${ligature}${ligature}`]) {
      checkAnalysis(text, analyze(toArticle(text, 'ar')));
    }
  });
});
