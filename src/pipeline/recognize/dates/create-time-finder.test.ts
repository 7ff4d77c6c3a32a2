import { describe, expect, it } from 'vitest';
import type { Language, TimeExpression } from '../../../types.js';
import { createAnalyzer } from '../../segment/index.js';
import { toTestArticle } from '../../segment/test-article.js';
import { createTimeFinder } from './index.js';

const analyze = createAnalyzer();
const find = createTimeFinder();
const times = (text: string, language: Language = 'ar', published: string | null = '2016-08-02'): TimeExpression[] =>
  find(analyze(toTestArticle(text, language, published)));
const pick = (t: TimeExpression): unknown[] => [t.text, t.value, t.end, t.precision, t.basis];

// 2016-08-02 was a Tuesday.
describe('Arabic time expressions', () => {
  it.each([
    ['وقع الهجوم في 31 يوليو/تموز 2016', ['31 يوليو/تموز 2016', '2016-07-31', null, 'day', 'explicit']],
    ['في 31 تموز (يوليو) 2016 قصفت', ['31 تموز (يوليو) 2016', '2016-07-31', null, 'day', 'explicit']],
    ['في ١٥ كانون الثاني ٢٠١٦', ['١٥ كانون الثاني ٢٠١٦', '2016-01-15', null, 'day', 'explicit']],
    ['يوم 3 جوان 2015م', ['3 جوان 2015م', '2015-06-03', null, 'day', 'explicit']],
    ['بتاريخ 2016/7/31', ['2016/7/31', '2016-07-31', null, 'day', 'explicit']],
    ['بتاريخ 31/7/2016', ['31/7/2016', '2016-07-31', null, 'day', 'explicit']],
    ['بتاريخ 2016-07-31', ['2016-07-31', '2016-07-31', null, 'day', 'explicit']],
    ['في يوليو 2016', ['يوليو 2016', '2016-07-01', '2016-07-31', 'month', 'explicit']],
    ['في 27 شوال 1437 هـ', ['27 شوال 1437 هـ', '2016-08-02', null, 'day', 'explicit']],
    ['في رمضان 1437هـ', ['رمضان 1437هـ', '2016-06-07', '2016-07-06', 'month', 'explicit']],
    ['منذ عام 2011', ['عام 2011', '2011-01-01', '2011-12-31', 'year', 'explicit']],
    ['اقتحمته الأحد', ['الأحد', '2016-07-31', null, 'day', 'relative-to-publication']],
    ['يوم الثلاثاء', ['يوم الثلاثاء', '2016-08-02', null, 'day', 'relative-to-publication']],
    ['الثلاثاء الماضي', ['الثلاثاء الماضي', '2016-07-26', null, 'day', 'relative-to-publication']],
    ['الخميس المقبل', ['الخميس المقبل', '2016-08-04', null, 'day', 'relative-to-publication']],
    ['مساء الخميس', ['مساء الخميس', '2016-07-28', null, 'day', 'relative-to-publication']],
    ['مع السراج اليوم', ['اليوم', '2016-08-02', null, 'day', 'relative-to-publication']],
    ['قصفت أمس', ['أمس', '2016-08-01', null, 'day', 'relative-to-publication']],
    ['قصفت أول أمس', ['أول أمس', '2016-07-31', null, 'day', 'relative-to-publication']],
    ['قصفت الليلة الماضية', ['الليلة الماضية', '2016-08-01', null, 'day', 'relative-to-publication']],
    ['صباح اليوم', ['صباح اليوم', '2016-08-02', null, 'day', 'relative-to-publication']],
    ['مساء أمس', ['مساء أمس', '2016-08-01', null, 'day', 'relative-to-publication']],
    ['فجر اليوم', ['فجر اليوم', '2016-08-02', null, 'day', 'relative-to-publication']],
    ['لليوم الثاني على التوالي', ['لليوم الثاني على التوالي', '2016-08-01', '2016-08-02', 'week', 'relative-to-publication']],
    ['الأسبوع الماضي', ['الأسبوع الماضي', '2016-07-26', '2016-08-01', 'week', 'relative-to-publication']],
    ['الشهر الماضي', ['الشهر الماضي', '2016-07-01', '2016-07-31', 'month', 'relative-to-publication']],
    ['العام الماضي', ['العام الماضي', '2015-01-01', '2015-12-31', 'year', 'relative-to-publication']],
    ['قبل يومين', ['قبل يومين', '2016-07-31', null, 'day', 'relative-to-publication']],
    ['قبل 3 أيام', ['قبل 3 أيام', '2016-07-30', null, 'day', 'relative-to-publication']],
    ['قبل ثلاثة أيام', ['قبل ثلاثة أيام', '2016-07-30', null, 'day', 'relative-to-publication']],
    ['مؤخرا', ['مؤخرا', null, null, 'unknown', 'unknown']],
    ['قبل أشهر', ['قبل أشهر', null, null, 'unknown', 'unknown']],
    ['منذ أسبوع', ['منذ أسبوع', '2016-07-26', null, 'week', 'relative-to-publication']],
    ['حتى السابع من مارس/ آذار 2018', ['السابع من مارس/ آذار 2018', '2018-03-07', null, 'day', 'explicit']],
    ['في الحادي والعشرين من يوليو 2016', ['الحادي والعشرين من يوليو 2016', '2016-07-21', null, 'day', 'explicit']],
    ['ويوم الجمعة', ['ويوم الجمعة', '2016-07-29', null, 'day', 'relative-to-publication']],
    ['قتل أمس الاثنين', ['أمس الاثنين', '2016-08-01', null, 'day', 'relative-to-publication']],
    ['صباح اليوم (الثلاثاء)', ['صباح اليوم (الثلاثاء)', '2016-08-02', null, 'day', 'relative-to-publication']],
  ])('%s', (text, expected) => {
    expect(times(text).map(pick)).toEqual([expected]);
  });

  it('infers a missing year from the publication date and says so', () => {
    const [t] = times('في 31 يوليو قصفت');
    expect(t).toMatchObject({ value: '2016-07-31', precision: 'day', reason: 'year taken from the publication date' });
    expect(times('في 30 ديسمبر', 'ar', '2017-01-02')[0]?.value).toBe('2016-12-30');
  });

  it('never invents a date without publication date', () => {
    for (const text of ['أمس', 'الأحد', 'لليوم الثاني على التوالي', 'الأسبوع الماضي', 'في 31 يوليو']) {
      const [t] = times(text, 'ar', null);
      expect(t?.value).toBeNull();
    }
    expect(times('أمس', 'ar', null)[0]?.reason).toBe('no publication date');
  });

  it('keeps the weekday when it disagrees with the relative day, and says so', () => {
    const [t] = times('أمس الأحد');
    expect(t).toMatchObject({ text: 'أمس الأحد', value: '2016-07-31', reason: expect.stringMatching(/weekday/) });
  });

  it('rejects impossible dates and says why Hijri values are approximate', () => {
    expect(times('في 31/2/2016')).toEqual([]);
    expect(times('في 27 شوال 1437 هـ')[0]?.reason).toMatch(/tabular/);
  });
});

describe('English time expressions', () => {
  it.each([
    ['Sirte, Libya, July 31, 2016.', ['July 31, 2016', '2016-07-31', null, 'day', 'explicit']],
    ['on 31 July 2016', ['31 July 2016', '2016-07-31', null, 'day', 'explicit']],
    ['in July 2016', ['July 2016', '2016-07-01', '2016-07-31', 'month', 'explicit']],
    ['strikes today', ['today', '2016-08-02', null, 'day', 'relative-to-publication']],
    ['strikes yesterday', ['yesterday', '2016-08-01', null, 'day', 'relative-to-publication']],
    ['on Sunday', ['on Sunday', '2016-07-31', null, 'day', 'relative-to-publication']],
    ['on Monday night', ['on Monday night', '2016-08-01', null, 'day', 'relative-to-publication']],
    ['last week', ['last week', '2016-07-26', '2016-08-01', 'week', 'relative-to-publication']],
    ['for the second consecutive day', ['second consecutive day', '2016-08-01', '2016-08-02', 'week', 'relative-to-publication']],
    ['3 days ago', ['3 days ago', '2016-07-30', null, 'day', 'relative-to-publication']],
    ['three days ago', ['three days ago', '2016-07-30', null, 'day', 'relative-to-publication']],
    ['two weeks ago', ['two weeks ago', '2016-07-19', null, 'week', 'relative-to-publication']],
    ['recently', ['recently', null, null, 'unknown', 'unknown']],
  ])('%s', (text, expected) => {
    const found = times(text, 'en').map(pick);
    expect(found).toEqual(expected.length === 0 ? [] : [expected]);
  });

  it('does not read the modal verb "may" as a month', () => {
    expect(times('they may attack', 'en')).toEqual([]);
  });
});
