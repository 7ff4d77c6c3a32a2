import { beforeAll, describe, expect, it } from 'vitest';
import { loadChain, type Chain } from './helpers.js';

// Arabic word senses and contexts fixed in data (data/lexicon/ar/triggers/*.yaml, cues.yaml). Sentences are short
// quotes from the ANT 2018 Arabic newswire corpus (middleEast / internationalNews), or close paraphrases of them.
let chain: Chain;
beforeAll(async () => {
  chain = await loadChain();
});

const asserted = (m: string | undefined): boolean => m === undefined || m === 'asserted' || m === 'reported-claim';

const NOT_EVENTS: Array<{ text: string; published: string; type: string; why: string }> = [
  { text: 'اعتقلت شرطة مكافحة الإرهاب في إندونيسيا ثلاثة أشخاص في مداهمة لجامعة في مدينة بيكانبارو حيث صادرت عبوات ناسفة.', published: '2018-06-02', type: 'ASSAULT', why: 'seized explosives are the object of a seizure' },
  { text: 'وأشار واسيستو إلى أنه أثناء مداهمة إحدى كليات جامعة رياو عثرت الشرطة على قنبلة أنبوبية وقنبلة يدوية بدائية.', published: '2018-06-02', type: 'ASSAULT', why: 'a grenade found is not a grenade attack' },
  { text: 'ولقي مراقب جوي في مطار بالو في زلزال مصرعه بعد بقائه في برج المراقبة وحده.', published: '2018-10-01', type: 'ASSAULT', why: 'death in an earthquake (لقي … مصرعه apart)' },
  { text: 'قتل 25 على الأقل وجرح 20 آخرون بسبب الحمم البركانية الناتجة عن ثوران بركان فويغو في غواتيمالا.', published: '2018-06-04', type: 'ASSAULT', why: 'volcano deaths' },
  { text: 'ولم تكتف الصحيفة بذلك بل قامت بطرد رئيس تحرير موقع الصحيفة.', published: '2018-03-10', type: 'ASSAULT', why: 'رئيس تحرير = editor-in-chief' },
  { text: 'ضرب طالبو اللجوء سيارات الشرطة بقبضاتهم فألحقوا أضرارا بإحداها.', published: '2018-05-03', type: 'ASSAULT', why: 'ضرب with an object that is not a person' },
  { text: 'انتقدت كلينتون مرة أخرى نظام المجمعات الانتخابية الذي كان سببا في خسارتها المعركة الرئاسية عام 2016.', published: '2018-05-01', type: 'ASSAULT', why: 'electoral battle' },
  { text: 'أوقفت السلطات الفلبينية رجلا مصريا في مداهمة استهدفت شقة سكنية في مانيلا.', published: '2018-10-08', type: 'ASSAULT', why: 'a raid that targeted a flat is a search' },
  { text: 'خرج مقاتلون من جيب صغير مقابل خروج حالات إنسانية من بلدتي الفوعة وكفريا اللتين تحاصرهما الهيئة في محافظة ادلب.', published: '2018-05-06', type: 'ASSAULT', why: 'a siege as a state (present tense)' },
  { text: 'وتابع الجبير أن إيران متورطة في اغتيال دبلوماسيين سعوديين.', published: '2018-05-01', type: 'ASSAULT', why: 'implicated in: the act is the object of an accusation' },
  { text: 'احتجت دول عديدة الاثنين على ترؤس سوريا مؤتمر الأمم المتحدة لنزع السلاح.', published: '2018-05-28', type: 'PROTEST', why: 'states protesting verbally' },
  { text: 'وكان الرئيس التركي قد أكد أن قواته يمكنها اقتحام عفرين في أي وقت.', published: '2018-03-13', type: 'ASSAULT', why: 'a capability, not an act' },
  { text: 'وأوضح مفتش الشرطة أن الصوت كان أشبه بصوت انفجار.', published: '2018-03-16', type: 'ASSAULT', why: 'a simile' },
  { text: 'وقد تضرب قواته أهدافا خارج حدودها في أي وقت.', published: '2018-04-10', type: 'ASSAULT', why: 'ضرب "strike at targets" without a beaten person' },
];

describe('data: Arabic senses and contexts that are not ASSAULT/PROTEST events', () => {
  it.each(NOT_EVENTS)('$why: $text', (c) => {
    const { events } = chain.code(c.text, 'ar', c.published);
    const fired = events.filter((e) => e.type === c.type && asserted(e.modality));
    expect(fired.map((e) => [e.type, e.mode, e.modality, e.evidence.trigger?.text])).toEqual([]);
  });
});

const EVENTS: Array<{ text: string; published: string; type: string; mode?: string; why: string }> = [
  { text: 'احتج الآلاف من الفرنسيين في وسط باريس السبت على إصلاحات الرئيس الفرنسي إيمانويل ماكرون.', published: '2018-05-06', type: 'PROTEST', why: 'people protesting still code' },
  { text: 'هاجم أربعة أشخاص على الأقل السفارة التركية في العاصمة الدنماركية كوبنهاغن بزجاجات حارقة، الاثنين، وفق ما أعلنت الشرطة، مما تسبب بأضرار ضئيلة دون وقوع إصابات.', published: '2018-03-12', type: 'ASSAULT', why: 'attack reported with "no injuries" (إصابات no longer a health veto)' },
  { text: 'وأفادت مصادر يمنية بمقتل نجل القيادي الحوثي فضل المطاع، المدرج على قائمة المطلوبين للتحالف.', published: '2018-05-20', type: 'ASSAULT', why: 'a list of wanted men is not a ranking' },
  { text: 'كما سيطرت القوات على مزارع الطائف ومركز مديرية الدريهمي.', published: '2018-06-20', type: 'ASSAULT', mode: 'occupy', why: 'مركز مديرية is a place, not a ranking' },
  { text: 'وانهالت الشرطة بالضرب على المتظاهرين وضربت شابا ضربا مبرحا.', published: '2018-05-10', type: 'ASSAULT', mode: 'beat', why: 'ضرب with a person beaten' },
];

describe('data: Arabic events that still code', () => {
  it.each(EVENTS)('$why: $text', (c) => {
    const { events } = chain.code(c.text, 'ar', c.published);
    const hit = events.find((e) => e.type === c.type && asserted(e.modality) && (c.mode === undefined || e.mode === c.mode));
    expect(hit, JSON.stringify(events.map((e) => [e.type, e.mode, e.modality, e.evidence.trigger?.text]))).toBeDefined();
  });
});
