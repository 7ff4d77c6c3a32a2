import { beforeAll, describe, expect, it } from 'vitest';
import { loadChain, type Chain } from './helpers.js';

// Real sentences from Arabic newswire (ANT corpus 2018, short quotes) that mention violence without reporting a
// new occurrence, and statements that must still code. Each row exercises one general cue list in cues.yaml.
let chain: Chain;
beforeAll(async () => {
  chain = await loadChain();
});

const asserted = (m: string | undefined): boolean => m === undefined || m === 'asserted' || m === 'reported-claim';

const NOT_NEWS: Array<{ text: string; published: string; type: string; why: string }> = [
  { text: 'سيطر الحوثي على التعليم في المناطق الخاضعة له باليمن، فلا يجد المعلم من يقف له تبجيلاً.', published: '2018-05-17', type: 'ASSAULT', why: 'take-over of a non-place' },
  { text: 'ويقول موظفو إغاثة إن بعض كبار المسؤولين الحوثيين الذين تسيطر قواتهم على العاصمة صنعاء اعترضوا على التطعيمات.', published: '2018-05-08', type: 'ASSAULT', why: 'state of control (imperfect)' },
  { text: 'ويقضي أمان المتهم بتمويل معسكر تدريب للجماعة الإسلامية شبه العسكرية حكما بالسجن لمدة 9 سنوات، كما ثبت تورطه بتفجير السفارة الأسترالية في جاكرتا.', published: '2018-05-18', type: 'ASSAULT', why: 'trial about an old attack' },
  { text: 'يذكر أن الانتخابات اللبنانية شهدت الكثير من المفارقات والأحداث والصدامات الدامية وإطلاق رصاص ومشاجرات.', published: '2018-05-07', type: 'ASSAULT', why: 'background opener' },
  { text: 'تزامناً مع الذكرى الثالثة للحادث الإرهابي، الذي وقع بمسجد الإمام الصادق في الكويت، تداولت وسائل إعلام محلية لقطات للتفجير.', published: '2018-05-25', type: 'ASSAULT', why: 'anniversary' },
  { text: 'ضربت عاصفة ترابية قوية وأمطار مناطق من الهند.', published: '2018-05-14', type: 'ASSAULT', why: 'weather sense of ضرب' },
  { text: 'إلى ذلك، قالت الحركة إنها قادرة على استهداف العمق الإسرائيلي إذا استمر التصعيد.', published: '2018-05-30', type: 'ASSAULT', why: 'condition after the trigger' },
  { text: 'وهدد المتحدث باسم الجيش خلال مؤتمر صحفي عقده مساء الثلاثاء باغتيال قادة المقاومة في غزة.', published: '2018-05-30', type: 'ASSAULT', why: 'threat' },
  { text: 'وتم تحديد مركز الزلزال على عمق 12 كيلومتراً في مقاطعة بنو في إقليم خيبر بختون خواه.', published: '2018-05-09', type: 'PROTEST', why: 'مقاطعة = province' },
  { text: 'وتحطمت الطائرة في 17 يوليو/ تموز 2014، خلال اشتباكات في شرق أوكرانيا.', published: '2018-05-24', type: 'ASSAULT', why: 'explicitly dated years before the report' },
  { text: 'وفي رده على إصابة الجنود الإسرائيليين، توعد رئيس الوزراء الإسرائيلي بنيامين نتنياهو غزة.', published: '2018-02-18', type: 'ASSAULT', why: 'reaction to an earlier event' },
  { text: 'وكان أمير الكويت قد أصر آنذاك على تفقد موقع الحادث، حيث قتل وأصيب نحو 250 شخصا.', published: '2018-05-25', type: 'ASSAULT', why: 'آنذاك: told as history' },
];

describe('Arabic mentions of violence that are not new events', () => {
  it.each(NOT_NEWS)('$why: $text', (c) => {
    const { events } = chain.code(c.text, 'ar', c.published);
    const fired = events.filter((e) => e.type === c.type && asserted(e.modality));
    expect(fired.map((e) => [e.type, e.mode, e.modality, e.evidence.trigger?.text])).toEqual([]);
  });
});

describe('statements that still code', () => {
  it('a take-over of a named camp', () => {
    const { events } = chain.code('أعلنت قوات الشرعية اليمنية، مساء الجمعة، السيطرة على معسكر العمري الاستراتيجي، في الساحل الغربي.', 'ar', '2018-05-12');
    expect(events.find((e) => e.type === 'ASSAULT' && e.mode === 'occupy' && asserted(e.modality))).toBeDefined();
  });
  it('dawn (فجر) before a date is a time, the strikes are one event', () => {
    const { events } = chain.code('شنت طائرات تحالف دعم الشرعية، فجر الاثنين، غارات عدة مستهدفة تعزيزات وثكنات عسكرية لميليشيات الحوثي في محافظة الحديدة.', 'ar', '2018-05-21');
    const assaults = events.filter((e) => e.type === 'ASSAULT');
    expect(assaults.map((e) => e.mode)).toEqual(['aerial']);
  });
  it('a strike announced for a later day is future', () => {
    const { events } = chain.code('في المقابل، أكدت النقابات المهنية والعمالية على تنفيذ الإضراب العام الأربعاء المقبل.', 'ar', '2018-05-28');
    const strike = events.find((e) => e.type === 'PROTEST');
    if (strike) expect(strike.modality).not.toBe('asserted');
  });
});

describe('within-document duplicates', () => {
  it('one attack told twice in a report is one event with spans into the text', () => {
    const text = 'قال مسؤول أفغاني إن مقاتلين تابعين لحركة طالبان اقتحموا نقطة أمنية في ولاية فاره وقتلوا 7 أشخاص.\nوأضاف أن معركة بالسلاح استمرت عدة ساعات، وأن 7 من قوات الأمن على الأقل قتلوا.';
    const { events } = chain.code(text, 'ar', '2018-05-11');
    const material = events.filter((e) => e.type === 'ASSAULT' && asserted(e.modality));
    expect(material).toHaveLength(1);
    for (const e of events) {
      expect(text.slice(e.evidence.span[0], e.evidence.span[1])).toBe(e.evidence.text);
      if (e.evidence.trigger) expect(text.slice(e.evidence.trigger.span[0], e.evidence.trigger.span[1])).toBe(e.evidence.trigger.text);
    }
  });
});
