import { describe, expect, it } from 'vitest';
import type { Language, Quantity } from '../../../types.js';
import { createAnalyzer } from '../../segment/index.js';
import { toTestArticle } from '../../segment/test-article.js';
import { createQuantityFinder } from './index.js';

const analyze = createAnalyzer();
const find = createQuantityFinder();
const quantities = (text: string, language: Language = 'ar'): Quantity[] => find(analyze(toTestArticle(text, language)));
const pick = (q: Quantity): Partial<Quantity> => ({ kind: q.kind, min: q.min, max: q.max, approximate: q.approximate, text: q.text });

describe('Arabic quantities', () => {
  it.each([
    ['شن أكثر من خمس غارات على المدينة', { kind: 'strikes', min: 6, max: null, approximate: false, text: 'أكثر من خمس غارات' }],
    ['أسفر القصف عن مقتل 12 شخصا', { kind: 'killed', min: 12, max: 12, approximate: false, text: '12 شخصا' }],
    ['أسفر عن سقوط 5 قتلى', { kind: 'killed', min: 5, max: 5, approximate: false, text: '5 قتلى' }],
    ['أكد وجود نحو ألف مقاتل من التنظيم', { kind: 'fighters', min: 1000, max: 1000, approximate: true, text: 'نحو ألف مقاتل' }],
    ['قتل ٣ مدنيين في القصف', { kind: 'killed', min: 3, max: 3, approximate: false, text: '٣ مدنيين' }],
    ['سقط ثلاثة وعشرون قتيلا', { kind: 'killed', min: 23, max: 23, approximate: false, text: 'ثلاثة وعشرون قتيلا' }],
    ['أصيب أحد عشر شخصا', { kind: 'injured', min: 11, max: 11, approximate: false, text: 'أحد عشر شخصا' }],
    ['نفذت خمس عشرة غارة', { kind: 'strikes', min: 15, max: 15, approximate: false, text: 'خمس عشرة غارة' }],
    ['نزح ثلاثة آلاف شخص', { kind: 'displaced', min: 3000, max: 3000, approximate: false, text: 'ثلاثة آلاف شخص' }],
    ['اعتقال مئتين وخمسين متظاهرا', { kind: 'arrested', min: 250, max: 250, approximate: false, text: 'مئتين وخمسين متظاهرا' }],
    ['وصل ثلاثمئة لاجئ', { kind: 'displaced', min: 300, max: 300, approximate: false, text: 'ثلاثمئة لاجئ' }],
    ['قتل 1.5 مليون شخص', { kind: 'killed', min: 1500000, max: 1500000, approximate: false, text: '1.5 مليون شخص' }],
    ['سقط عشرات القتلى', { kind: 'killed', min: 10, max: 99, approximate: true, text: 'عشرات القتلى' }],
    ['تظاهر مئات المحتجين', { kind: 'protesters', min: 100, max: 999, approximate: true, text: 'مئات المحتجين' }],
    ['نزوح عشرات الآلاف من المدنيين', { kind: 'displaced', min: 10000, max: 99999, approximate: true, text: 'عشرات الآلاف من المدنيين' }],
    ['اعتقلت الشرطة بضعة أشخاص', { kind: 'arrested', min: 3, max: 9, approximate: true, text: 'بضعة أشخاص' }],
    ['أصيب عدد من المدنيين', { kind: 'injured', min: 2, max: null, approximate: true, text: 'عدد من المدنيين' }],
    ['قتل ما لا يقل عن 20 شخصا', { kind: 'killed', min: 20, max: null, approximate: false, text: 'ما لا يقل عن 20 شخصا' }],
    ['قتل 7 أشخاص على الأقل', { kind: 'killed', min: 7, max: null, approximate: false, text: '7 أشخاص على الأقل' }],
    ['أصيب أقل من 10 أشخاص', { kind: 'injured', min: null, max: 9, approximate: false, text: 'أقل من 10 أشخاص' }],
    ['قتل ما يزيد على 40 مسلحا', { kind: 'killed', min: 41, max: null, approximate: false, text: 'ما يزيد على 40 مسلحا' }],
    ['قتل بين 10 و15 شخصا', { kind: 'killed', min: 10, max: 15, approximate: false, text: 'بين 10 و15 شخصا' }],
    ['قتل 10 إلى 15 شخصا', { kind: 'killed', min: 10, max: 15, approximate: false, text: '10 إلى 15 شخصا' }],
    ['قتل قرابة ٤٠ شخصا', { kind: 'killed', min: 40, max: 40, approximate: true, text: 'قرابة ٤٠ شخصا' }],
    ['شنت الطائرات غارتين على البلدة', { kind: 'strikes', min: 2, max: 2, approximate: false, text: 'غارتين' }],
    ['سقط قتيلين في الاشتباكات', { kind: 'killed', min: 2, max: 2, approximate: false, text: 'قتيلين' }],
    ['اختطف مسلحون 4 عمال', { kind: 'abducted', min: 4, max: 4, approximate: false, text: '4 عمال' }],
    ['أفرج عن 4 مختطفين', { kind: 'abducted', min: 4, max: 4, approximate: false, text: '4 مختطفين' }],
    ['وصل 4 عمال إلى الموقع', { kind: 'other', min: 4, max: 4, approximate: false, text: '4 عمال' }],
    ['انتشر 500 عنصر من الشرطة', { kind: 'fighters', min: 500, max: 500, approximate: false, text: '500 عنصر' }],
    ['ارتفعت حصيلة القتلى إلى 30', { kind: 'killed', min: 30, max: 30, approximate: false, text: '30' }],
    ['6 أشخاص لقوا حتفهم', { kind: 'killed', min: 6, max: 6, approximate: false, text: '6 أشخاص' }],
    ['أعلنت الشرطة مقتل شخصين على الأقل', { kind: 'killed', min: 2, max: null, approximate: false, text: 'شخصين على الأقل' }],
    ['فر أكثر من 650 ألفا', { kind: 'displaced', min: 650000, max: null, approximate: false, text: 'أكثر من 650 ألفا' }],
    ['حرم أكثر من 4.5 مليون طفل', { kind: 'other', min: 4500000, max: null, approximate: false, text: 'أكثر من 4.5 مليون طفل' }],
    ['أطلق النار على اثنين من رجال الشرطة', { kind: 'fighters', min: 2, max: 2, approximate: false, text: 'اثنين من رجال الشرطة' }],
    ['أسفر القصف عن مقتل مدني', { kind: 'killed', min: 1, max: 1, approximate: false, text: 'مدني' }],
    ['اعتقلت الشرطة صحفيا', { kind: 'arrested', min: 1, max: 1, approximate: false, text: 'صحفيا' }],
  ])('%s', (text, expected) => {
    expect(quantities(text).map(pick)).toEqual([expected]);
  });

  it.each([
    ['في 31 يوليو 2016 وصل الوفد'],
    ['قتل في عام 2016 عدد'],
    ['بلغت نسبة المشاركة 45 %'],
    ['قتل قبل 3 أيام'],
    ['وقعت الحادثة في 2016/7/31'],
    ['دفع 5 ملايين دولار'],
    ['الساعة 10 صباحا'],
    ['لليوم الثاني على التوالي'],
    ['رغم سقوط هذا العدد من الضحايا'],
    ['التقى الوزير شخصا'],
    ['مقتل الشخص الذي'],
  ])('ignores numbers that count nothing reported: %s', (text) => {
    expect(quantities(text)).toEqual([]);
  });

  it('gives coordinated quantities the cue of the first (قتل 20 رجلا و23 طفلا)', () => {
    expect(quantities('قتل المسلحون 20 رجلا وعشر نساء و23 طفلا').map((q) => [q.kind, q.min])).toEqual([
      ['killed', 20], ['killed', 10], ['killed', 23],
    ]);
    expect(quantities('أصيب 3 جنود، وقتل 4 مدنيين').map((q) => [q.kind, q.min])).toEqual([['injured', 3], ['killed', 4]]);
  });

  it('keeps spans and counted nouns on the original text', () => {
    const text = 'وأسفر القصفُ عن مقتلِ ١٢ شخصاً وإصابة ٢٠ آخرين';
    const qs = quantities(text);
    expect(qs.map((q) => [q.kind, q.min, q.noun])).toEqual([['killed', 12, 'شخصاً'], ['injured', 20, 'آخرين']]);
    for (const q of qs) expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
  });
});

describe('English quantities', () => {
  it.each([
    ['The US launched more than five air strikes', { kind: 'strikes', min: 6, max: null, approximate: false, text: 'more than five air strikes' }],
    ['At least 12 people were killed in the attack', { kind: 'killed', min: 12, max: null, approximate: false, text: 'At least 12 people' }],
    ['Dozens of civilians were wounded', { kind: 'injured', min: 12, max: 99, approximate: true, text: 'Dozens of civilians' }],
    ['two soldiers killed in the blast', { kind: 'killed', min: 2, max: 2, approximate: false, text: 'two soldiers' }],
    ['a bomb exploded, killing 3', { kind: 'killed', min: 3, max: 3, approximate: false, text: '3' }],
    ['some 1,000 Islamic State fighters remain', { kind: 'fighters', min: 1000, max: 1000, approximate: true, text: 'some 1,000 Islamic State fighters' }],
    ['police arrested twenty-five protesters', { kind: 'arrested', min: 25, max: 25, approximate: false, text: 'twenty-five protesters' }],
    ['hundreds of demonstrators gathered', { kind: 'protesters', min: 100, max: 999, approximate: true, text: 'hundreds of demonstrators' }],
    ['between 10 and 15 people died', { kind: 'killed', min: 10, max: 15, approximate: false, text: 'between 10 and 15 people' }],
    ['a dozen rockets were fired', { kind: 'strikes', min: 12, max: 12, approximate: false, text: 'a dozen rockets' }],
    ['up to 3 million refugees', { kind: 'displaced', min: null, max: 3000000, approximate: false, text: 'up to 3 million refugees' }],
    ['a sniper shot and killed a civilian', { kind: 'killed', min: 1, max: 1, approximate: false, text: 'a civilian' }],
    ['A man was killed in the clashes', { kind: 'killed', min: 1, max: 1, approximate: false, text: 'A man' }],
  ])('%s', (text, expected) => {
    expect(quantities(text, 'en').map(pick)).toEqual([expected]);
  });

  it.each([['a man visited the town'], ['in 2016 the city fell'], ['July 31, 2016'], ['rose 5 percent'], ['for 3 years']])('ignores %s', (text) => {
    expect(quantities(text, 'en')).toEqual([]);
  });
});
