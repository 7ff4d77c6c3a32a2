import { beforeAll, describe, expect, it } from 'vitest';
import { loadChain, type Chain } from './helpers.js';

// Real sentences from Arabic newswire (ANT corpus, Al Arabiya/SkyNews 2018; short quotes for testing).
let chain: Chain;
beforeAll(async () => {
  chain = await loadChain();
});

interface Case {
  text: string;
  type: string;
  mode?: string | null;
  acled?: string | null;
  modality?: string;
}

const CASES: Case[] = [
  { text: 'قتل 19 شخصاً على الأقل في اشتباكات بين الجيش البورمي ومجموعة إثنية مسلحة، السبت، في ولاية شان النائية شمال البلاد.', type: 'ASSAULT', acled: 'Armed clash' },
  { text: 'وفي مديرية نهم شرق العاصمة صنعاء، قصفت مدفعية الجيش الوطني تجمعاً لمليشيات الحوثي الانقلابية في منطقة "المداريج" شرق قطبين.', type: 'ASSAULT', mode: 'heavy-weapons', acled: 'Shelling/artillery/missile attack' },
  { text: 'ومن جهة أخرى، قُتل 12 عنصراً من ميليشيات الحوثي الانقلابية في غارات لطيران التحالف، استهدفت تعزيزات وتجمعات للميليشيات على أطراف مديرية صرواح.', type: 'ASSAULT', mode: 'aerial', acled: 'Air/drone strike' },
  { text: 'وأكدت مصادر ميدانية أن القوات اليمنية سيطرت على ميناء الحيمة العسكري في مديرية التحيتا جنوب الحديدة بعد معارك عنيفة مع ميليشيات الحوثي.', type: 'ASSAULT', mode: 'occupy' },
  { text: 'اعتقلت الشرطة التركية، الجمعة، 150 جندياً تشتبه بارتباطهم بشبكة الداعية فتح الله غولن، وفق ما أعلنت وكالة أنباء الأناضول الرسمية.', type: 'COERCE', mode: 'arrest', acled: 'Arrests' },
  { text: 'أسقطت قوات الجيش اليمني، السبت، طائرة مسيرة دون طيار تابعة لميليشيات الحوثي الانقلابية، في جبهة الساحل الغربي.', type: 'COERCE', acled: 'Disrupted weapons use' },
  { text: 'ولفت المصدر إلى أن الفرق الهندسية تعمل بوتيرة متسارعة لإزالة الألغام التي زرعتها ميليشيات الحوثي بكثافة وعشوائية.', type: 'COERCE', mode: 'demine' },
  { text: 'واتفق بوتين وأردوغان، في اتصال هاتفي مساء الخميس، على أن القرار الأميركي المتعلق بالاتفاق النووي كان خاطئاً.', type: 'CONSULT', mode: 'phone' },
  { text: 'وكشف المالكي أن وفدا عسكريا سعوديا زار جزيرة سقطرى، والتقى رئيس الوزراء اليمني.', type: 'CONSULT', mode: 'visit' },
  { text: 'نددت الولايات المتحدة، الخميس، بالهجمات الصاروخية الاستفزازية التي شنتها إيران من سوريا.', type: 'ACCUSE', acled: null },
  { text: 'وهدد أردوغان مراراً بتوسيع عملية غصن الزيتون شرقا إلى الحدود العراقية.', type: 'THREATEN', acled: null },
  { text: 'اعتذر الرئيس الفلبيني رودريغو دوتيرتي، الأحد، عن استخدامه عبارات قاسية بحق الكويت خلال الأزمة الدبلوماسية.', type: 'CONCEDE', mode: 'apologize' },
  { text: 'وخلال هذه الفترة، أفرج الشمال عن ثلاثة سجناء أميركيين.', type: 'CONCEDE', mode: 'release' },
  { text: 'كشفت الحكومة اليمنية، اليوم الأحد، عن عمليات نهب منظم وواسع من قبل ميليشيا الحوثي الانقلابية للمساعدات الإنسانية.', type: 'COERCE', mode: 'loot' },
  { text: 'وأضاف أن سلطات الاحتلال فرضت عقوبات على عدد من التجار.', type: 'SANCTION' },
  { text: 'وتظاهر آلاف الطلاب أمام مقر الحكومة في العاصمة للمطالبة بإصلاحات.', type: 'PROTEST', mode: 'demo', acled: 'Peaceful protest' },
  { text: 'وقطع محتجون الطريق الرئيسي وأحرقوا الإطارات احتجاجا على انقطاع الكهرباء.', type: 'PROTEST', mode: 'riot', acled: 'Violent demonstration' },
  { text: 'ورحب الاتحاد الأوروبي بالاتفاق الذي توصلت إليه الأطراف.', type: 'SUPPORT' },
  { text: 'وطالبت المعارضة الحكومة بالإفراج عن المعتقلين.', type: 'REQUEST' },
  { text: 'ورفض الرئيس اللبناني أي تدخل خارجي في شؤون بلاده.', type: 'REJECT' },
  { text: 'ودفعت الحكومة بتعزيزات عسكرية إلى المدينة.', type: 'MOBILIZE', acled: 'Change to group/activity' },
  { text: 'وأعلن الجيش انسحاب قواته من البلدة.', type: 'RETREAT', mode: 'withdraw' },
  { text: 'ووقعت الحكومة والمتمردون اتفاق سلام في العاصمة.', type: 'AGREE' },
  { text: 'وأعلنت الأمم المتحدة وصول قافلة مساعدات إنسانية إلى المدينة المحاصرة.', type: 'AID', mode: 'humanitarian' },
  { text: 'وبحث وزير الخارجية مع نظيره التعاون العسكري بين البلدين.', type: 'CONSULT' },
  { text: 'وسقط نحو 60 قتيلاً في هجوم انتحاري على مركز لتسجيل الناخبين في العاصمة كابول.', type: 'ASSAULT', mode: 'suicide-attack', acled: 'Suicide bomb' },
  { text: 'وقتل ثلاثة جنود بانفجار عبوة ناسفة استهدفت دوريتهم على الطريق.', type: 'ASSAULT', mode: 'explosives', acled: 'Remote explosive/landmine/IED' },
  { text: 'واختطف مسلحون مجهولون ثلاثة مدنيين من قرية في ريف المحافظة.', type: 'ASSAULT', mode: 'abduct', acled: 'Abduction/forced disappearance' },
];

describe('Arabic newswire sentences: PLOVER type, mode and ACLED sub-type', () => {
  it.each(CASES)('$type $mode: $text', (c) => {
    const { events } = chain.code(c.text, 'ar', '2018-05-12');
    const e = events.find((x) => x.type === c.type);
    expect(e, JSON.stringify(events.map((x) => [x.type, x.mode, x.evidence.trigger?.text]))).toBeDefined();
    if (c.mode !== undefined) expect(e?.mode).toBe(c.mode);
    if (c.acled !== undefined) expect(e?.acled?.sub_event_type ?? null).toBe(c.acled);
  });
});

const NON_EVENTS: Array<{ text: string; why: string }> = [
  { text: 'سجل اللاعب هدفين في المباراة وقاد فريقه للفوز على منافسه في الدوري.', why: 'sport' },
  { text: 'وشن رئيس النادي هجوما حادا على الحكم بعد المباراة.', why: 'sport metaphor' },
  { text: 'وارتفعت الإصابات بفيروس كورونا في البلاد إلى ألف إصابة.', why: 'health' },
];

describe('Arabic sentences that mention violence without reporting it', () => {
  it.each(NON_EVENTS)('$why: $text', ({ text }) => {
    const { events } = chain.code(text, 'ar', '2018-05-12');
    expect(events.filter((e) => e.type === 'ASSAULT' || e.type === 'COERCE')).toEqual([]);
  });
});

describe('Arabic modality', () => {
  it.each([
    { text: 'ونفى المتحدث باسم الجيش أن تكون الطائرات قد قصفت المستشفى.', type: 'ASSAULT', modality: 'negated' },
    { text: 'وقال مسؤولون إن القوات لم تقصف المدينة.', type: 'ASSAULT', modality: 'negated' },
    { text: 'وتعتزم الحكومة نشر قوات إضافية في المنطقة الحدودية.', type: 'MOBILIZE', modality: 'future' },
    { text: 'وقال إن الجيش سيقصف مواقع المسلحين إذا لم ينسحبوا.', type: 'ASSAULT', modality: 'future' },
    { text: 'وإذا اندلعت اشتباكات بين الجيش والمسلحين في المدينة فإن المدنيين سيدفعون الثمن.', type: 'ASSAULT', modality: 'hypothetical' },
    { text: 'وزعمت الجماعة أنها أسقطت طائرة مسيرة فوق المدينة.', type: 'COERCE', modality: 'reported-claim' },
  ])('$modality: $text', ({ text, type, modality }) => {
    const { events } = chain.code(text, 'ar', '2018-05-12');
    const e = events.find((x) => x.type === type);
    expect(e).toBeDefined();
    expect(e?.modality).toBe(modality);
    if (modality !== 'reported-claim') expect(e?.acled ?? null).toBeNull();
    expect(e?.confidence).toBeLessThan(0.8);
  });
});

describe('Arabic attribution', () => {
  it('names the agency of an according-to phrase and keeps the outlet last', () => {
    const text = 'اعتقلت الشرطة التركية، الجمعة، 150 جندياً، وفق ما أعلنت وكالة أنباء الأناضول الرسمية.';
    const { events } = chain.code(text, 'ar', '2018-05-12', ['العربية']);
    const e = events.find((x) => x.type === 'COERCE');
    expect(e?.attribution[0]?.role).toBe('agency');
    expect(e?.attribution.at(-1)).toMatchObject({ text: 'العربية', role: 'outlet' });
  });
  it('continues the previous speaker after وأضاف أن', () => {
    const text = 'وقال المتحدث باسم الجيش العميد أحمد سالم إن القوات تقدمت في المنطقة.\nوأضاف أن اشتباكات عنيفة اندلعت مع المسلحين قرب المدينة.';
    const { events } = chain.code(text, 'ar', '2018-05-12');
    const clash = events.find((x) => x.mode === 'clash');
    expect(clash?.attribution[0]?.role).toBe('spokesman');
    expect(clash?.attribution[0]?.text).toContain('المتحدث باسم الجيش');
  });
});
