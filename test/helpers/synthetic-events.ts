import { createHash } from 'node:crypto';
import { ACLED_EVENT_TYPES, PLOVER_TYPES, type ExtractedDocument, type MarsadEvent } from '../../src/types.js';
import { createRandom } from '../../src/random.js';

/**
 * Deterministic synthetic documents and events for storage benchmarks and load tests: valid
 * MarsadEvent objects (spans into the document text), spread over places, actors, types and
 * two years of dates. Not linguistically meaningful; only the distribution matters.
 */

const PLACES = [
  ['Sirte', 'سرت', 'LY', 31.2089, 16.5887], ['Tripoli', 'طرابلس', 'LY', 32.8872, 13.1913],
  ['Benghazi', 'بنغازي', 'LY', 32.1167, 20.0667], ['Misrata', 'مصراتة', 'LY', 32.3754, 15.0925],
  ["Sana'a", 'صنعاء', 'YE', 15.3547, 44.2067], ['Aden', 'عدن', 'YE', 12.7794, 45.0367],
  ['Aleppo', 'حلب', 'SY', 36.2021, 37.1343], ['Idlib', 'إدلب', 'SY', 35.9306, 36.6339],
  ['Mosul', 'الموصل', 'IQ', 36.335, 43.1189], ['Baghdad', 'بغداد', 'IQ', 33.3406, 44.4009],
  ['Gaza', 'غزة', 'PS', 31.5017, 34.4668], ['Khartoum', 'الخرطوم', 'SD', 15.5007, 32.5599],
] as const;

const ACTORS = [
  ['Military Forces of Libya', 'القوات الليبية', 'ly-mil', 'LBY'], ['Islamic State', 'تنظيم الدولة', 'isil', 'IRQ'],
  ['United States Air Force', 'سلاح الجو الأمريكي', 'usa-af', 'USA'], ['Houthis', 'الحوثيون', 'ye-houthi', 'YEM'],
  ['Saudi-led Coalition', 'التحالف بقيادة السعودية', 'sau-coalition', 'SAU'], ['Syrian Army', 'الجيش السوري', 'sy-mil', 'SYR'],
  ['Rapid Support Forces', 'قوات الدعم السريع', 'sd-rsf', 'SDN'], ['Police', 'الشرطة', null, null],
  ['Protesters', 'متظاهرون', null, null], ['Unidentified Armed Group', 'مسلحون مجهولون', null, null],
] as const;

const VERBS = ['شنت غارات على', 'قصفت مواقع في', 'اشتبكت مع مسلحين في', 'اعتقلت عددا من الأشخاص في', 'تظاهر سكان في'];

export interface SyntheticOptions {
  documents: number;
  eventsPerDocument?: number;
  seed?: number;
  /** First day of the date range (events spread over `days`). */
  start?: string;
  days?: number;
}

/** Yields synthetic documents (lazily: 100k documents need not sit in memory). */
export function* generateSyntheticDocuments(options: SyntheticOptions): Generator<ExtractedDocument> {
  const random = createRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const perDoc = options.eventsPerDocument ?? 2;
  const start = Date.parse(options.start ?? '2016-01-01');
  const days = options.days ?? 730;
  for (let d = 0; d < options.documents; d++) {
    const id = `syn-${d}`;
    const sentences: string[] = [];
    const events: MarsadEvent[] = [];
    let offset = 0;
    for (let k = 0; k < perDoc; k++) {
      const [name, nameAr, country, lat, lon] = pick(PLACES);
      const actor = pick(ACTORS);
      const recipient = pick(ACTORS);
      const sentence = `${actor[1]} ${pick(VERBS)} ${nameAr} ${k + 1}.`;
      const span: [number, number] = [offset, offset + sentence.length];
      const actorSpan: [number, number] = [offset, offset + actor[1].length];
      sentences.push(sentence);
      offset += sentence.length + 1;
      const date = new Date(start + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10);
      const jitter = (random() - 0.5) * 0.2;
      events.push({
        id: `${id}-e${k}`,
        document_id: id,
        incident_id: null,
        language: 'ar',
        type: pick(PLOVER_TYPES),
        acled: { event_type: pick(ACLED_EVENT_TYPES), sub_event_type: 'Other' },
        actors: [{ text: actor[1], name: actor[0], name_ar: actor[1], id: actor[2], country: actor[3], span: actorSpan }],
        recipients: random() < 0.5 ? [] : [{ text: actor[1], name: recipient[0], name_ar: recipient[1], id: recipient[2], country: recipient[3], span: actorSpan }],
        location: { text: nameAr, name, name_ar: nameAr, country, lat: lat + jitter, lon: lon + jitter, gazetteer_id: `syn:${name}`, precision: 'city' },
        date: random() < 0.03 ? { value: null, precision: 'unknown' } : { value: date, precision: 'day' },
        quantities: [],
        attribution: [],
        evidence: { text: sentence, span },
        confidence: Math.round(random() * 100) / 100,
      });
    }
    const text = sentences.join(' ');
    yield {
      id, title: `تقرير ${d}`, language: 'ar', published: events[0]?.date.value ?? null, source: 'synthetic', url: null, text,
      metadata: { captions: [], credits: [], outlets: [], sourceLine: null, dateline: null, removed: [] },
      events, diagnostics: [],
    };
  }
}

/** The content hash ingest would compute for a synthetic document. */
export function hashSynthetic(doc: ExtractedDocument): string {
  return createHash('sha256').update(doc.id).update(doc.text).digest('hex');
}
