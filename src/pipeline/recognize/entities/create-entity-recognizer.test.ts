import { describe, expect, it } from 'vitest';
import type { Analysis, Language, Token } from '../../../types.js';
import { createEntityRecognizer } from './index.js';

/** A whitespace/punctuation tokenisation of one-sentence text, enough to drive the stage. */
function toAnalysis(text: string, language: Language): Analysis {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}.'-]+|\d+|[^\s\p{L}\d]/gu)) {
    const word = m[0];
    const kind = /^\d/.test(word) ? 'number' : /^[\p{P}\p{S}]$/u.test(word) ? 'punct' : /[A-Za-z]/.test(word) ? 'latin' : 'word';
    tokens.push({ text: word, norm: word, span: [m.index, m.index + word.length], kind, prefixes: [], stem: word, definite: false, suffix: null });
  }
  return {
    article: { id: 't', origin: 't', title: null, text, language, published: null, source: null, url: null,
      metadata: { captions: [], credits: [], outlets: [], sourceLine: null, dateline: null, removed: [] }, diagnostics: [] },
    tokens,
    sentences: [{ span: [0, text.length], paragraph: 0, tokens: [0, tokens.length], clauses: [], language }],
    paragraphs: [[0, text.length]],
  };
}

describe('createEntityRecognizer', () => {
  const recognize = createEntityRecognizer();
  const run = (text: string, language: Language = 'ar') =>
    recognize(toAnalysis(text, language)).map((m) => {
      expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
      return [m.type, m.text, m.country ?? null];
    });

  it('finds a title extended by its portfolio and nisba, the NORP with its country, and the person', () => {
    const got = run('وقال وزير الخارجية البريطاني بوريس جونسون في لندن إن');
    expect(got).toContainEqual(['TITLE', 'وزير الخارجية البريطاني', null]);
    expect(got).toContainEqual(['NORP', 'البريطاني', 'GBR']);
    expect(got).toContainEqual(['LOC', 'لندن', null]);
    expect(got.some(([t, s]) => t === 'PER' && String(s).includes('جونسون'))).toBe(true);
  });

  it.each([
    ['القوات العراقية', 'NORP', 'العراقية', 'IRQ'],
    ['والمقاتلين الأكراد', 'NORP', 'الأكراد', null],
    ['مع الجيش الأمريكي', 'NORP', 'الأمريكي', 'USA'],
    ['في ليبيا أمس', 'LOC', 'ليبيا', null],
    ['المتحدث باسم الجيش', 'TITLE', 'المتحدث باسم', null],
    ['وللمتحدث باسم الوزارة', 'TITLE', 'متحدث باسم', null],
  ])('%s → %s %s', (text, type, surface, country) => {
    expect(run(text)).toContainEqual([type, surface, country]);
  });

  it('lends a nested nisba country to the ORG it closes', () => {
    const m = recognize(toAnalysis('مع الجيش الأمريكي', 'ar')).find((x) => x.type === 'ORG');
    expect(m).toMatchObject({ text: 'الجيش الأمريكي', country: 'USA' });
  });

  it('leaves the conjunction outside a model mention', () => {
    const got = run('وصل الوفد إلى بغداد والقاهرة أمس');
    expect(got).toContainEqual(['LOC', 'القاهرة', null]);
  });

  it('does not read the financial sense of مالي as Malian', () => {
    expect(run('قدم الدعم المالي للحكومة').filter(([t]) => t === 'NORP')).toEqual([]);
  });

  it('finds English titles, the capitalised name after them and demonyms', () => {
    const got = run('French Foreign Minister Jean-Marc Ayrault said on Tuesday that Libyan forces advanced.', 'en');
    expect(got).toEqual([
      ['NORP', 'French', 'FRA'],
      ['TITLE', 'Foreign Minister', null],
      ['PER', 'Jean-Marc Ayrault', null],
      ['NORP', 'Libyan', 'LBY'],
    ]);
  });

  it('takes the name after a comma for spokesman-for titles', () => {
    expect(run('A spokesman for the Pentagon, John Kirby, said.', 'en')).toContainEqual(['PER', 'John Kirby', null]);
  });
});

describe('persons after Arabic titles and the document name memory', () => {
  const recognize = createEntityRecognizer();
  const persons = (text: string): string[] =>
    recognize(toAnalysis(text, 'ar')).filter((m) => m.type === 'PER').map((m) => {
      expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
      return m.text;
    });

  it.each([
    ['وقال رئيس الحكومة فائز السراج إن القوات ستواصل عملياتها. وأضاف السراج أن المعركة قريبة.', ['فائز السراج', 'السراج']],
    ['وقال رئيس الحكومة فائز السراج إن الوضع هادئ. والتقى وفد أوروبي بالسراج أمس', ['فائز السراج', 'السراج']],
    ['وأكد المتحدث باسم غرفة عمليات البنيان المرصوص محمد الغصري أن القوات تقدمت. وقال الغصري إن المعارك مستمرة.', ['محمد الغصري', 'الغصري']],
    ['وقال وزير الخارجية الفرنسي جان مارك أيرولت للصحفيين إن فرنسا تدعم الحكومة', ['جان مارك أيرولت']],
    ['وقال رئيس الوزراء السابق علي زيدان إن', ['علي زيدان']],
    ['وقالت المتحدثة باسم الخارجية الأمريكية هيذر نويرت في مؤتمر صحفي إن', ['هيذر نويرت']],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    ['أكد وزير الخارجية الفرنسي على أهمية الحوار'],
    ['قال رئيس الحكومة للصحفيين في طرابلس إن الوضع هادئ'],
    ['وقال النائب عن مدينة مصراتة إن الاشتباكات توقفت'],
    ['وأعلن الناطق باسم وزارة الداخلية أن الطريق مغلق'],
  ])('finds no person in %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('keeps a title qualifier inside the title', () => {
    const got = recognize(toAnalysis('وقال رئيس الوزراء السابق علي زيدان إن', 'ar')).map((m) => [m.type, m.text]);
    expect(got).toContainEqual(['TITLE', 'رئيس الوزراء السابق']);
  });
});
