import { describe, expect, it } from 'vitest';
import { toIndexTokens, toSearchTerms } from './search-text.js';

describe('toIndexTokens', () => {
  it.each([
    ['وبسرت', ['وبسرت', 'بسرت', 'سرت']],
    ['الغارات', ['الغارات', 'غارات']],
    ['للتنظيم', ['للتنظيم', 'لتنظيم', 'تنظيم']],
    ['مدينة', ['مدينه']],
    ['قُتِلَ', ['قتل']],
    ['أعلنت', ['اعلنت']],
    ['Sirte, LIBYA', ['sirte', 'libya']],
    ['٣ غارات', ['3', 'غارات']],
  ])('%s → %j', (text, expected) => {
    const tokens = toIndexTokens(text);
    for (const t of expected) expect(tokens).toContain(t);
  });

  it('keeps English words whole (no clitic splitting of Latin script)', () => {
    expect(toIndexTokens('well below')).toEqual(['well', 'below']);
  });
});

describe('toSearchTerms', () => {
  it.each([
    ['سرت', [{ term: 'سرت', prefix: false }]],
    ['الغارات', [{ term: 'غارات', prefix: false }]],
    ['إشتباكات  عنيفة', [{ term: 'اشتباكات', prefix: false }, { term: 'عنيفه', prefix: false }]],
    ['Trip*', [{ term: 'trip', prefix: true }]],
    ['al-Qaeda', [{ term: 'al', prefix: false }, { term: 'qaeda', prefix: false }]],
    ['"؟،"', []],
  ])('%s → %j', (q, expected) => {
    expect(toSearchTerms(q)).toEqual(expected);
  });

  it('every query term is an index token of the same word, whatever its clitics', () => {
    for (const [query, word] of [['سرت', 'وبسرت'], ['الغارات', 'بالغارات'], ['القوات', 'وللقوات'], ['حكومة', 'الحكومة']]) {
      const [term] = toSearchTerms(query!);
      expect(toIndexTokens(word!)).toContain(term?.term);
    }
  });
});
