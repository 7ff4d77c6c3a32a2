import { createHash } from 'node:crypto';
import type { EventActor, EventLocation, ExtractedDocument, Incident, MarsadEvent, Span } from '../../src/types.js';

/** Small, valid documents and events (spans point into the document text) for the store contract. */

export interface EventSpec {
  id: string;
  sentence: number;
  type: MarsadEvent['type'];
  acled?: MarsadEvent['acled'];
  date: string | null;
  end?: string;
  place?: EventLocation | null;
  actors?: Array<Omit<EventActor, 'span' | 'text'> & { text?: string }>;
  recipients?: Array<Omit<EventActor, 'span' | 'text'> & { text?: string }>;
}

function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^.!?؟]+[.!?؟]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    if (end > start) spans.push([start, end]);
  }
  return spans;
}

function toActor(text: string, span: Span, spec: NonNullable<EventSpec['actors']>[number]): EventActor {
  const { text: mention, ...rest } = spec;
  // The mention is the first word of the sentence: a real span, whatever the spec says.
  const word = text.slice(span[0]).match(/^\S+/)?.[0] ?? '';
  return { ...rest, text: mention && text.slice(span[0], span[1]).includes(mention) ? mention : word, span: [span[0], span[0] + word.length] };
}

/** Builds a valid event whose evidence is sentence `spec.sentence` of `text`. */
export function makeEvent(documentId: string, text: string, spec: EventSpec): MarsadEvent {
  const span = sentenceSpans(text)[spec.sentence];
  if (!span) throw new Error(`fixture ${spec.id}: no sentence ${spec.sentence}`);
  const actors = (spec.actors ?? []).map((a) => toActor(text, span, a));
  return {
    id: spec.id,
    document_id: documentId,
    incident_id: null,
    language: /[\u0600-\u06ff]/.test(text) ? 'ar' : 'en',
    type: spec.type,
    acled: spec.acled ?? null,
    cameo: null,
    quad_class: 4,
    actors,
    recipients: (spec.recipients ?? []).map((a) => toActor(text, span, a)),
    location: spec.place ?? null,
    date: spec.end
      ? { value: spec.date, end: spec.end, precision: 'week', basis: 'explicit' }
      : { value: spec.date, precision: spec.date ? 'day' : 'unknown', basis: spec.date ? 'explicit' : 'unknown' },
    quantities: [],
    fatalities: null,
    attribution: [],
    modality: 'asserted',
    evidence: { text: text.slice(span[0], span[1]), span },
    confidence: 0.8,
    reasons: spec.date ? {} : { date: 'no time expression' },
  };
}

/** Builds a document with events over its sentences. */
export function makeDocument(id: string, title: string, text: string, events: EventSpec[], published = '2016-08-02'): ExtractedDocument {
  return {
    id,
    title,
    language: /[\u0600-\u06ff]/.test(text) ? 'ar' : 'en',
    published,
    source: 'fixture',
    url: `https://example.org/${id}`,
    text,
    metadata: { captions: [], credits: [], outlets: [], sourceLine: null, dateline: null, removed: [] },
    events: events.map((e) => makeEvent(id, text, e)),
    diagnostics: [],
  };
}

export function place(name: string, country: string | null, lat: number | null, lon: number | null, id: string | null, nameAr: string | null = null): EventLocation {
  return { text: nameAr ?? name, name, name_ar: nameAr, country, lat, lon, gazetteer_id: id, precision: 'city', reason: 'fixture' };
}

const SIRTE = place('Sirte', 'LY', 31.2089, 16.5887, 'geonames:2210554', 'سرت');
const TRIPOLI = place('Tripoli', 'LY', 32.8872, 13.1913, 'geonames:2210247', 'طرابلس');
const BENGHAZI = place('Benghazi', 'LY', 32.1167, 20.0667, 'geonames:88319', 'بنغازي');
const SANAA = place("Sana'a", 'YE', 15.3547, 44.2067, 'geonames:71137', 'صنعاء');
const SUVA = place('Suva', 'FJ', -18.1416, 178.4419, 'geonames:2198148');
const NUKUALOFA = place("Nuku'alofa", 'TO', -21.1394, -175.2018, 'geonames:4032402');

const USAF = { name: 'United States Air Force', name_ar: 'سلاح الجو الأمريكي', id: 'usa-af', country: 'USA', sector: 'MIL' };
const ISIL = { name: 'Islamic State (Libya)', name_ar: 'تنظيم الدولة الإسلامية', id: 'isil-libya', country: 'LBY', sector: 'REB' };
const LY_MIL = { name: 'Military Forces of Libya', name_ar: 'القوات الليبية', id: 'ly-mil', country: 'LBY', sector: 'MIL' };
const PROTESTERS = { name: 'Protesters (Libya)', name_ar: null, id: null, country: 'LBY', sector: 'CVL' };
const COALITION = { name: 'Saudi-led Coalition', name_ar: 'التحالف بقيادة السعودية', id: 'sau-coalition', country: 'SAU', sector: 'MIL' };
const REMOTE = { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' } as const;

/** The contract corpus: each document exercises one search or filter feature. */
export function makeCorpus(): ExtractedDocument[] {
  return [
    makeDocument('doc-a', 'ضربات على سرت',
      'شنت طائرات أمريكية ضربات على مواقع التنظيم في مدينة سرت. وتواصلت المعارك مع القوات الليبية.', [
        { id: 'a1', sentence: 0, type: 'ASSAULT', acled: REMOTE, date: '2016-08-01', place: SIRTE, actors: [USAF], recipients: [ISIL] },
        { id: 'a2', sentence: 1, type: 'ASSAULT', acled: { event_type: 'Battles', sub_event_type: 'Armed clash' }, date: '2016-08-02', place: SIRTE, actors: [LY_MIL, ISIL] },
      ]),
    makeDocument('doc-b', 'Protests in Tripoli',
      'Protesters gathered in Tripoli on Friday. Police arrested dozens of demonstrators in Benghazi over the week.', [
        { id: 'b1', sentence: 0, type: 'PROTEST', acled: { event_type: 'Protests', sub_event_type: 'Peaceful protest' }, date: '2016-07-29', place: TRIPOLI, actors: [PROTESTERS] },
        { id: 'b2', sentence: 1, type: 'COERCE', acled: { event_type: 'Strategic developments', sub_event_type: 'Arrests' }, date: '2016-07-30', end: '2016-08-01', place: BENGHAZI, recipients: [PROTESTERS] },
      ], '2016-08-01'),
    makeDocument('doc-c', 'قصف صنعاء',
      'شنت طائرات التحالف غارات على صنعاء. واتهمت الحكومة الحوثيين بالهجوم على المدينة.', [
        { id: 'c1', sentence: 0, type: 'ASSAULT', acled: REMOTE, date: '2016-08-02', place: SANAA, actors: [COALITION] },
        { id: 'c2', sentence: 1, type: 'ACCUSE', date: null, place: null },
      ]),
    makeDocument('doc-d', 'Pacific unrest',
      'Police fired tear gas at a crowd in Suva. Hundreds marched in Nukualofa.', [
        { id: 'd1', sentence: 0, type: 'PROTEST', acled: { event_type: 'Protests', sub_event_type: 'Protest with intervention' }, date: '2016-07-15', place: SUVA },
        { id: 'd2', sentence: 1, type: 'PROTEST', acled: { event_type: 'Protests', sub_event_type: 'Peaceful protest' }, date: '2016-07-15', place: NUKUALOFA },
      ]),
    makeDocument('doc-f', 'اشتباكات',
      'اندلعت اشتباكات عنيفة وبسرت بين الكتائب المسلحة.', [
        { id: 'f1', sentence: 0, type: 'ASSAULT', acled: { event_type: 'Battles', sub_event_type: 'Armed clash' }, date: '2016-07-20', place: null },
      ]),
    makeDocument('doc-g', 'Fighting',
      'Fighting resumed in sirte on Tuesday, officials said.', [
        { id: 'g1', sentence: 0, type: 'ASSAULT', acled: { event_type: 'Battles', sub_event_type: 'Armed clash' }, date: '2016-07-19', place: null },
      ]),
  ];
}

/** An incident clustering the two Sirte events. */
export function makeIncident(id: string, eventIds: string[], documentIds: string[]): Incident {
  return {
    id,
    type: 'ASSAULT',
    acled_event_type: 'Explosions/Remote violence',
    date: '2016-08-01',
    date_end: '2016-08-02',
    location: SIRTE,
    event_ids: eventIds,
    document_ids: documentIds,
    sources: ['fixture'],
    counts: { killed: { min: null, max: null } },
    earliest_report: '2016-08-02',
    grade: 'fair',
  };
}

/** Content hash of a document text, as ingest computes it. */
export function hashOf(doc: ExtractedDocument): string {
  return createHash('sha256').update(doc.text).digest('hex');
}
