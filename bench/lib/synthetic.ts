import { createHash } from 'node:crypto';
import {
  ACLED_EVENT_TYPES, PLOVER_TYPES, type EventActor, type EventLocation, type ExtractedDocument, type MarsadEvent, type Span,
} from '../../src/types.js';
import { createRng, type Rng } from './rng.js';

/**
 * Synthetic stored events for the API load test: schema-valid, spans real, with the spread a year of
 * regional news gives (16 PLOVER types, 6 ACLED types, 24 countries, ~300 places, ~200 actors, 6 years).
 */

const COUNTRIES: Array<[code: string, iso3: string, lat: number, lon: number, nameAr: string]> = [
  ['LY', 'LBY', 27, 17, 'ليبيا'], ['SY', 'SYR', 35, 38, 'سوريا'], ['IQ', 'IRQ', 33, 44, 'العراق'], ['YE', 'YEM', 15.5, 47.5, 'اليمن'],
  ['EG', 'EGY', 27, 30, 'مصر'], ['TN', 'TUN', 34, 9, 'تونس'], ['DZ', 'DZA', 28, 3, 'الجزائر'], ['MA', 'MAR', 32, -6, 'المغرب'],
  ['SD', 'SDN', 15, 30, 'السودان'], ['SO', 'SOM', 6, 46, 'الصومال'], ['LB', 'LBN', 33.8, 35.8, 'لبنان'], ['PS', 'PSE', 31.9, 35.2, 'فلسطين'],
  ['IL', 'ISR', 31.5, 34.8, 'إسرائيل'], ['JO', 'JOR', 31, 36, 'الأردن'], ['SA', 'SAU', 24, 45, 'السعودية'], ['AE', 'ARE', 24, 54, 'الإمارات'],
  ['IR', 'IRN', 32, 53, 'إيران'], ['TR', 'TUR', 39, 35, 'تركيا'], ['AF', 'AFG', 34, 66, 'أفغانستان'], ['ML', 'MLI', 17, -4, 'مالي'],
  ['NG', 'NGA', 9, 8, 'نيجيريا'], ['BH', 'BHR', 26, 50.5, 'البحرين'], ['KW', 'KWT', 29.3, 47.6, 'الكويت'], ['OM', 'OMN', 21, 57, 'عمان'],
];
const SECTORS = ['MIL', 'GOV', 'REB', 'COP', 'CVL', 'PTY', 'UAF'];
const VERBS_AR = ['شنت', 'استهدفت', 'اعتقلت', 'تظاهر', 'أعلنت', 'اتهمت', 'هاجمت', 'قصفت', 'التقى', 'دعت'];
const NOUNS_AR = ['غارات جوية', 'اشتباكات عنيفة', 'قذائف هاون', 'عبوة ناسفة', 'مظاهرة حاشدة', 'محادثات', 'حملة اعتقالات', 'هجوما مسلحا'];

interface Pools {
  places: EventLocation[];
  actors: Array<Omit<EventActor, 'text' | 'span'>>;
}

function createPools(rng: Rng): Pools {
  const places: EventLocation[] = [];
  COUNTRIES.forEach(([code, , lat, lon, nameAr], c) => {
    for (let i = 0; i < 12; i++) {
      places.push({
        text: `${nameAr} ${i}`, name: `Place ${code}-${i}`, name_ar: `مدينة ${nameAr} ${i}`, country: code, admin1: `${code}-${i % 4}`,
        lat: Math.round((lat + (rng.next() - 0.5) * 6) * 1e4) / 1e4, lon: Math.round((lon + (rng.next() - 0.5) * 6) * 1e4) / 1e4,
        gazetteer_id: `geonames:${100000 + c * 100 + i}`, precision: i === 0 ? 'country' : 'city', reason: 'synthetic',
      });
    }
  });
  const actors = Array.from({ length: 200 }, (_, i) => {
    const [, iso3] = COUNTRIES[i % COUNTRIES.length] ?? COUNTRIES[0]!;
    const sector = SECTORS[i % SECTORS.length] ?? 'MIL';
    return { name: `Actor ${iso3} ${sector} ${i}`, name_ar: `فاعل ${i}`, id: `synthetic-${i}`, country: iso3, sector, acled_inter: (i % 8) + 1 };
  });
  return { places, actors };
}

function day(rng: Rng): string {
  const ms = Date.UTC(2015, 0, 1) + rng.int(6 * 365) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Yields documents until `totalEvents` events are produced, `perDoc` events each, deterministically. */
export function* generateSyntheticDocuments(totalEvents: number, perDoc = 20, seed = 7): Generator<ExtractedDocument> {
  const rng = createRng(seed);
  const pools = createPools(rng);
  let made = 0;
  for (let d = 0; made < totalEvents; d++) {
    const n = Math.min(perDoc, totalEvents - made);
    const sentences = Array.from({ length: n }, (_, i) =>
      `${rng.pick(VERBS_AR)} ${rng.pick(pools.actors).name_ar ?? ''} ${rng.pick(NOUNS_AR)} في ${rng.pick(pools.places).name_ar ?? ''} رقم ${d}-${i}.`);
    const text = sentences.join(' ');
    const id = `syn-${d}`;
    let offset = 0;
    const events: MarsadEvent[] = sentences.map((sentence, i) => {
      const span: Span = [offset, offset + sentence.length];
      offset += sentence.length + 1;
      const word = sentence.slice(0, sentence.indexOf(' '));
      const actor = { ...rng.pick(pools.actors), text: word, span: [span[0], span[0] + word.length] as Span };
      const type = rng.pick(PLOVER_TYPES);
      const acledType = rng.pick(ACLED_EVENT_TYPES);
      return {
        id: `${id}-e${i}`, document_id: id, incident_id: null, language: 'ar', type, mode: null, context: [],
        acled: type === 'ASSAULT' || type === 'PROTEST' || type === 'COERCE' ? { event_type: acledType, sub_event_type: 'Other' } : null,
        cameo: null, quad_class: 1 + rng.int(4), actors: [actor], recipients: [], location: rng.pick(pools.places),
        date: { value: day(rng), precision: 'day', basis: 'explicit' }, quantities: [], fatalities: { min: rng.int(5), max: null },
        attribution: [], modality: 'asserted', evidence: { text: sentence, span }, confidence: Math.round(rng.next() * 100) / 100,
      };
    });
    made += n;
    yield {
      id, title: `وثيقة ${d}`, language: 'ar', published: events[0]?.date.value ?? null, source: `source-${d % 40}`, url: null, text,
      metadata: { captions: [], credits: [], outlets: [], sourceLine: null, dateline: null, removed: [] }, events, diagnostics: [],
    };
  }
}

/** Content hash for `saveDocument`, as ingest computes it (sha256 of the text). */
export function toContentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
