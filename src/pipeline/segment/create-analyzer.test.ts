import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../types.js';
import { createAnalyzer } from './index.js';
import { toTestArticle } from './test-article.js';

const analyze = createAnalyzer();

const sentenceTexts = (a: Analysis): string[] => a.sentences.map((s) => a.article.text.slice(s.span[0], s.span[1]));
const clauseTexts = (a: Analysis): string[][] =>
  a.sentences.map((s) =>
    s.clauses.map(([f, t]) => a.article.text.slice(a.tokens[f]?.span[0] ?? 0, a.tokens[t - 1]?.span[1] ?? 0)),
  );

describe('tokens', () => {
  it.each([
    ['وبالمدينة', 'word', ['و', 'ب'], true, 'مدينه', null],
    ['لليوم', 'word', ['ل'], true, 'يوم', null],
    ['وقال', 'word', ['و'], false, 'قال', null],
    ['قواته', 'word', [], false, 'قوات', 'ه'],
    ['مدينة', 'word', [], false, 'مدينه', null],
    ['الليبي', 'word', [], true, 'ليبي', null],
    ['سرت', 'word', [], false, 'سرت', null],
    ['قُتِلَ', 'word', [], false, 'قتل', null],
    ['وزير', 'word', [], false, 'وزير', null],
    ['وليبيا', 'word', ['و'], false, 'ليبيا', null],
    ['بغداد', 'word', [], false, 'بغداد', null],
    ['وأضاف', 'word', ['و'], false, 'اضاف', null],
  ])('%s → %s %j definite=%s stem=%s suffix=%s', (text, kind, prefixes, definite, stem, suffix) => {
    const [token] = analyze(toTestArticle(text)).tokens;
    expect(token).toMatchObject({ text, kind, prefixes, definite, stem, suffix });
  });

  it.each([
    ['قتل ٣ أشخاص', '٣', 3],
    ['1,000 مقاتل', '1,000', 1000],
    ['3.5 مليون', '3.5', 3.5],
    ['٢٠١٦/٧/٣١', '٢٠١٦', 2016],
    ['بلغ 10,5', '10', 10],
  ])('number in %s: %s = %d', (text, surface, value) => {
    const token = analyze(toTestArticle(text)).tokens.find((t) => t.kind === 'number');
    expect(token).toMatchObject({ text: surface, value });
  });

  it.each([
    ['ISIS في سرت', 'ar', ['latin', 'word', 'word']],
    ['the U.S. army', 'en', ['word', 'word', 'word']],
    ['قال: «نعم»؟', 'ar', ['word', 'punct', 'punct', 'word', 'punct', 'punct']],
    ['😀 ok', 'en', ['symbol', 'word']],
  ] as const)('kinds of %s', (text, language, kinds) => {
    expect(analyze(toTestArticle(text, language)).tokens.map((t) => t.kind)).toEqual(kinds);
  });

  it('keeps diacritics and tatweel inside the token span but not bidi marks', () => {
    const text = '\u200fقتـــلى، غاراتٍ\u200e';
    const tokens = analyze(toTestArticle(text)).tokens;
    expect(tokens.map((t) => t.text)).toEqual(['قتـــلى', '،', 'غاراتٍ']);
    expect(tokens.map((t) => t.norm)).toEqual(['قتلي', ',', 'غارات']);
  });
});

describe('paragraphs and sentences', () => {
  it.each([
    ['قال د. محمد إن الوضع هادئ. وأضاف أن القوات تقدمت.', ['قال د. محمد إن الوضع هادئ.', 'وأضاف أن القوات تقدمت.']],
    ['ارتفع العدد إلى 3.5 مليون؟ نعم! هذا صحيح؛ وانتهى', ['ارتفع العدد إلى 3.5 مليون؟', 'نعم!', 'هذا صحيح؛', 'وانتهى']],
    ['The U.S. Army said. Mr. Smith left.', ['The U.S. Army said.', 'Mr. Smith left.']],
    ['He said "we will stay." Then he left.', ['He said "we will stay."', 'Then he left.']],
    ['قال «سنبقى.» ثم غادر', ['قال «سنبقى.»', 'ثم غادر']],
    ['Visit aljazeera.net for more. George W. Bush spoke.', ['Visit aljazeera.net for more.', 'George W. Bush spoke.']],
    ['في عام 2016م. ثم', ['في عام 2016م.', 'ثم']],
    ['نقلت بي.بي.سي الخبر. وقال', ['نقلت بي.بي.سي الخبر.', 'وقال']],
    ['انتهى الاجتماع.وقال الوزير', ['انتهى الاجتماع.', 'وقال الوزير']],
    ['سطر أول\nسطر ثان', ['سطر أول', 'سطر ثان']],
  ])('%s', (text, expected) => {
    expect(sentenceTexts(analyze(toTestArticle(text)))).toEqual(expected);
  });

  it('numbers paragraphs by lines, or by blank lines in blank-line mode', () => {
    const text = 'الأول.\nالثاني\n\n  الثالث  \n';
    expect(analyze(toTestArticle(text)).paragraphs).toEqual([[0, 6], [7, 13], [17, 23]]);
    const blank = createAnalyzer({ paragraphs: 'blank-line' })(toTestArticle(text));
    expect(blank.paragraphs).toEqual([[0, 13], [17, 23]]);
    expect(blank.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('gives each sentence its own language', () => {
    const a = analyze(toTestArticle('قصفت الطائرات المدينة.\nFighters fire weapons in Sirte, Libya.'));
    expect(a.sentences.map((s) => s.language)).toEqual(['ar', 'en']);
  });
});

describe('clauses', () => {
  it.each([
    ['اشتباكات تندلع بين القوات، بينما تقوم الكتائب بتفتيش المناطق', ['اشتباكات تندلع بين القوات،', 'بينما تقوم الكتائب بتفتيش المناطق']],
    ['قصفت الطائرات المدينة، وقتل ثلاثة مدنيين', ['قصفت الطائرات المدينة،', 'وقتل ثلاثة مدنيين']],
    ['سيطرت القوات على الحي، كما نشرت صورا', ['سيطرت القوات على الحي،', 'كما نشرت صورا']],
    ['سيطرت القوات على الحي في حين انسحب المسلحون', ['سيطرت القوات على الحي', 'في حين انسحب المسلحون']],
    ['وصل الوزير، والوفد المرافق له', ['وصل الوزير، والوفد المرافق له']],
    ['قال الوزير، ووزير الدفاع إن', ['قال الوزير، ووزير الدفاع إن']],
    ['رحب الوزير بالقرار، وذلك في اتصال هاتفي', ['رحب الوزير بالقرار، وذلك في اتصال هاتفي']],
    ['رحب الوزير، مشيرا إلى الدعم', ['رحب الوزير، مشيرا إلى الدعم']],
  ])('ar: %s', (text, expected) => {
    expect(clauseTexts(analyze(toTestArticle(text)))).toEqual([expected]);
  });

  it.each([
    ['Clashes continued, while engineers cleared mines', ['Clashes continued,', 'while engineers cleared mines']],
    ['Jets struck the town, and militants attacked a checkpoint', ['Jets struck the town,', 'and militants attacked a checkpoint']],
    ['He met ministers, and officials from Libya', ['He met ministers, and officials from Libya']],
    ['Gunmen attacked, and killed five people', ['Gunmen attacked, and killed five people']],
  ])('en: %s', (text, expected) => {
    expect(clauseTexts(analyze(toTestArticle(text, 'en')))).toEqual([expected]);
  });
});

describe('spans (property, fixed seed)', () => {
  const pieces = ['قُتِلَ', 'وبالمدينة', 'غاراتٍ', 'ـ', '٣', '۱۲', '،', '؟', '«', '»', '.', ' ', '  ', '\n', '\r\n', '\u200f',
    'U.S.', 'Sirte', '3.5', '1,000', 'ﻻ', 'é', '😀', '"', 'د.', '\t', 'ٌ'];
  const arb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));

  it('token and sentence spans slice back to their text, in order, inside paragraphs', () => {
    fc.assert(
      fc.property(arb, fc.constantFrom('ar' as const, 'en' as const), (text, language) => {
        const a = analyze(toTestArticle(text, language));
        let last = 0;
        for (const token of a.tokens) {
          expect(text.slice(token.span[0], token.span[1])).toBe(token.text);
          expect(token.span[0]).toBeGreaterThanOrEqual(last);
          expect(token.span[1]).toBeGreaterThan(token.span[0]);
          last = token.span[1];
        }
        let next = 0;
        for (const s of a.sentences) {
          expect(s.tokens[0]).toBe(next);
          next = s.tokens[1];
          const para = a.paragraphs[s.paragraph];
          expect(para).toBeDefined();
          expect(s.span[0]).toBeGreaterThanOrEqual(para?.[0] ?? 0);
          expect(s.span[1]).toBeLessThanOrEqual(para?.[1] ?? 0);
          expect(s.clauses[0]?.[0]).toBe(s.tokens[0]);
          expect(s.clauses.at(-1)?.[1]).toBe(s.tokens[1]);
        }
        expect(next).toBe(a.tokens.length);
      }),
      { seed: 31072016, numRuns: 500 },
    );
  });
});
