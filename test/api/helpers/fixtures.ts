import { createHash } from 'node:crypto';
import type { Store } from '../../../src/store/port.js';
import type { ExtractedDocument, Incident, PloverType } from '../../../src/types.js';
import { buildDocument } from './build.js';

const AR_TEXT = [
  'شنت طائرات حربية أمريكية يوم الإثنين خمس غارات على مواقع لتنظيم الدولة في مدينة سرت، ما أسفر عن مقتل 12 مسلحا، بحسب المتحدث باسم المجلس العسكري أحمد الهادي.',
  'وفي العاصمة طرابلس، تظاهر مئات المواطنين أمام مقر الحكومة احتجاجا على انقطاع الكهرباء لساعات طويلة.',
  'من جهته، رحب وزير الخارجية بالغارات ووصفها بأنها خطوة ضرورية.',
].join('\n\n');

const EN_TEXT = [
  'Houthi forces shelled residential areas of Taiz on Tuesday, killing three civilians and wounding seven others, local officials said.',
  'Separately, the UN envoy met Houthi negotiators in Muscat to discuss a prisoner exchange.',
].join('\n\n');

/** A report whose title and body carry script payloads: the web app must show them as text. */
export const XSS_TITLE = '<img src=x onerror=alert(1)>تقرير <script>alert("t")</script>';
const XSS_TEXT = [
  'قال ناشطون إن مسلحين مجهولين <script>alert(1)</script> اختطفوا صحفيا في مدينة حلب يوم الأربعاء.',
  'وأضافوا أن <img src=x onerror="alert(2)"> الحادث وقع قرب السوق.',
].join('\n\n');

const CSV_TEXT = 'Protesters =cmd| blocked the road in Benghazi, witnesses said; one protester, "Ali, 22", was detained.';

/** Fixture documents: Arabic (Libya), English (Yemen), an XSS payload (Syria) and a CSV-hostile one. */
export function createFixtureDocuments(): ExtractedDocument[] {
  const ar = buildDocument('doc-ar-sirte', 'ar', 'غارات أمريكية على سرت ومظاهرة في طرابلس', AR_TEXT, '2016-08-02', 'الجزيرة', [
    {
      id: 'ev-ar-strike', sentence: AR_TEXT.split('\n\n')[0] ?? '', trigger: 'شنت', type: 'ASSAULT', mode: 'aerial', context: ['military', 'terrorism'],
      acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', disorder_type: 'Political violence' },
      cameo: '195', quad: 4,
      actors: [{ text: 'طائرات حربية أمريكية', name: 'Military Forces of the United States', country: 'USA', sector: 'MIL', inter: 8 }],
      recipients: [{ text: 'تنظيم الدولة', name: 'Islamic State (Libya)', country: 'LBY', sector: 'REB', inter: 2 }],
      place: { text: 'مدينة سرت', name: 'Sirte', country: 'LY', lat: 31.2089, lon: 16.5887, admin1: 'Surt' },
      date: '2016-08-01', dateText: 'يوم الإثنين',
      quantities: [{ kind: 'strikes', text: 'خمس غارات', min: 5 }, { kind: 'killed', text: '12 مسلحا', min: 12 }],
      attribution: [{ text: 'المتحدث باسم المجلس العسكري أحمد الهادي', role: 'spokesman' }],
      notes: { en: 'US warplanes carried out five air strikes on Islamic State positions in Sirte, killing 12 fighters.', ar: 'شنت طائرات أمريكية خمس غارات على مواقع تنظيم الدولة في سرت.' },
      confidence: 0.9,
    },
    {
      id: 'ev-ar-protest', sentence: AR_TEXT.split('\n\n')[1] ?? '', trigger: 'تظاهر', type: 'PROTEST', mode: 'demonstrate', context: ['economic'],
      acled: { event_type: 'Protests', sub_event_type: 'Peaceful protest' }, cameo: '141', quad: 4,
      actors: [{ text: 'مئات المواطنين', name: 'Protesters (Libya)', country: 'LBY', sector: 'CVL', inter: 6 }],
      place: { text: 'طرابلس', name: 'Tripoli', country: 'LY', lat: 32.8872, lon: 13.1913, admin1: 'Tripoli' },
      date: '2016-08-02', quantities: [{ kind: 'protesters', text: 'مئات', min: 100, max: null }],
    },
    {
      id: 'ev-ar-support', sentence: AR_TEXT.split('\n\n')[2] ?? '', trigger: 'رحب', type: 'SUPPORT', mode: 'praise', context: ['diplomatic'],
      cameo: '051', quad: 1,
      actors: [{ text: 'وزير الخارجية', name: 'Government of Libya', country: 'LBY', sector: 'GOV', inter: 1 }],
      date: null,
    },
  ]);
  const en = buildDocument('doc-en-taiz', 'en', 'Shelling kills three in Taiz', EN_TEXT, '2019-03-06', 'Reuters', [
    {
      id: 'ev-en-shelling', sentence: EN_TEXT.split('\n\n')[0] ?? '', trigger: 'shelled', type: 'ASSAULT', mode: 'heavy-weapons', context: ['military'],
      acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' }, cameo: '194', quad: 4,
      actors: [{ text: 'Houthi forces', name: 'Houthi Movement', country: 'YEM', sector: 'REB', inter: 2 }],
      recipients: [{ text: 'three civilians', name: 'Civilians (Yemen)', country: 'YEM', sector: 'CVL', inter: 7 }],
      place: { text: 'Taiz', name: 'Taiz', country: 'YE', lat: 13.5795, lon: 44.0209, admin1: 'Taiz' },
      date: '2019-03-05', dateText: 'Tuesday',
      quantities: [{ kind: 'killed', text: 'three civilians', min: 3 }, { kind: 'injured', text: 'seven others', min: 7 }],
      attribution: [{ text: 'local officials', role: 'other' }],
    },
    {
      id: 'ev-en-consult', sentence: EN_TEXT.split('\n\n')[1] ?? '', trigger: 'met', type: 'CONSULT', mode: 'visit', context: ['diplomatic'],
      cameo: '043', quad: 1,
      actors: [{ text: 'the UN envoy', name: 'United Nations', sector: 'IGO' }, { text: 'Houthi negotiators', name: 'Houthi Movement', country: 'YEM', sector: 'REB' }],
      place: { text: 'Muscat', name: 'Muscat', country: 'OM', lat: 23.588, lon: 58.3829 }, date: '2019-03-05',
    },
  ]);
  const xss = buildDocument('doc-xss', 'ar', XSS_TITLE, XSS_TEXT, '2020-01-15', '<b>outlet</b>', [
    {
      id: 'ev-xss', sentence: XSS_TEXT.split('\n\n')[0] ?? '', trigger: 'اختطفوا', type: 'ASSAULT', mode: 'abduct',
      acled: { event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance' },
      actors: [{ text: 'مسلحين مجهولين <script>alert(1)</script>', name: '<script>alert("actor")</script>', country: 'SYR', sector: 'UAF', inter: 3 }],
      recipients: [{ text: 'صحفيا', name: 'Journalists (Syria)', country: 'SYR', sector: 'JRN', inter: 7 }],
      place: { text: 'مدينة حلب', name: 'Aleppo', country: 'SY', lat: 36.2021, lon: 37.1343 },
      date: '2020-01-15', attribution: [{ text: 'ناشطون', role: 'witness' }],
      notes: { en: '<img src=x onerror=alert(3)> journalist abducted', ar: '<script>alert(4)</script>' },
    },
  ]);
  const csv = buildDocument('doc-csv', 'en', '=HYPERLINK("http://evil")', CSV_TEXT, '2021-05-10', 'Witnesses', [
    {
      id: 'ev-csv', sentence: CSV_TEXT, trigger: 'blocked', type: 'PROTEST', mode: 'demonstrate',
      acled: { event_type: 'Protests', sub_event_type: 'Protest with intervention' },
      actors: [{ text: 'Protesters =cmd|', name: '=cmd|\' /C calc\'!A0', country: 'LBY', sector: 'CVL', inter: 6 }],
      place: { text: 'Benghazi', name: 'Benghazi, "Al Kish"', country: 'LY', lat: null, lon: null },
      date: '2021-05-09', notes: { en: '@SUM(1+1) with, comma and "quotes"\nnew line', ar: '' },
    },
  ]);
  return [ar, en, xss, csv];
}

/** One incident joining the two reports of the Sirte strike family (same type, place, day). */
export const FIXTURE_INCIDENT: Incident = {
  id: 'inc-sirte-1', type: 'ASSAULT', acled_event_type: 'Explosions/Remote violence', date: '2016-08-01', date_end: null,
  location: { text: 'سرت', name: 'Sirte', country: 'LY', lat: 31.2089, lon: 16.5887, precision: 'city' },
  event_ids: ['ev-ar-strike'], document_ids: ['doc-ar-sirte'], sources: ['الجزيرة'],
  counts: { killed: { min: 12, max: 12 }, strikes: { min: 5, max: 5 } }, earliest_report: '2016-08-02', grade: 'fair',
};

/** Saves the fixture documents and incident into a (migrated) store. */
export async function seedStore(store: Store): Promise<ExtractedDocument[]> {
  const docs = createFixtureDocuments();
  for (const doc of docs) {
    await store.saveDocument(doc, { origin: `fixture:${doc.id}`, contentHash: createHash('sha256').update(doc.text).digest('hex') });
  }
  await store.saveIncidents([FIXTURE_INCIDENT], [{ eventId: 'ev-ar-strike', incidentId: FIXTURE_INCIDENT.id }]);
  return docs;
}

const SPREAD_TYPES: PloverType[] = ['ASSAULT', 'PROTEST', 'CONSULT', 'COERCE', 'THREATEN', 'AID', 'MOBILIZE', 'ACCUSE'];

/** `count` synthetic single-event documents spread over MENA and a year, for load measurements. */
export async function seedSynthetic(store: Store, count: number, seed = 7): Promise<void> {
  let x = seed;
  const rand = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < count; i++) {
    const lat = 14 + rand() * 24;
    const lon = 10 + rand() * 40;
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 365) * 86_400_000).toISOString().slice(0, 10);
    const type = SPREAD_TYPES[i % SPREAD_TYPES.length] ?? 'ASSAULT';
    const text = `تقرير رقم ${i}: وقعت حادثة من نوع ${type} قرب موقع ${i}.`;
    const doc = buildDocument(`syn-${i}`, 'ar', `حادثة ${i}`, text, day, 'synthetic', [{
      id: `syn-ev-${i}`, sentence: text, type, date: day,
      place: { text: `موقع ${i}`, name: `Site ${i}`, country: 'LY', lat, lon },
      quantities: i % 3 === 0 ? [{ kind: 'killed', text: `${i}`, min: Math.floor(rand() * 40) }] : [],
    }]);
    await store.saveDocument(doc, { origin: `synthetic:${i}`, contentHash: `syn-${seed}-${i}` });
  }
}
