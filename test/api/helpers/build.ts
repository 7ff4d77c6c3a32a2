import type {
  EventActor, EventLocation, ExtractedDocument, MarsadEvent, PlacePrecision, Quantity, Span,
} from '../../../src/types.js';

/** The span of `needle` in `text` at or after `from`; throws when absent so fixtures stay honest. */
export function spanOf(text: string, needle: string, from = 0): Span {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`fixture: "${needle}" not in text`);
  return [at, at + needle.length];
}

export interface ActorSpec {
  text: string;
  name: string;
  country?: string;
  sector?: string;
  inter?: number;
}

export interface EventSpec {
  id: string;
  sentence: string;
  trigger?: string;
  type: MarsadEvent['type'];
  mode?: string;
  context?: string[];
  acled?: MarsadEvent['acled'];
  cameo?: string;
  quad?: number;
  actors?: ActorSpec[];
  recipients?: ActorSpec[];
  place?: { text: string; name: string; country: string; lat: number | null; lon: number | null; precision?: PlacePrecision; admin1?: string };
  date: string | null;
  dateText?: string;
  quantities?: Array<{ kind: Quantity['kind']; text: string; min: number | null; max?: number | null }>;
  attribution?: Array<{ text: string; role?: NonNullable<MarsadEvent['attribution'][number]['role']> }>;
  notes?: { en: string; ar: string };
  confidence?: number;
}

/** A coded event whose spans are found in `text` inside its evidence sentence. */
export function buildEvent(docId: string, language: 'ar' | 'en', text: string, spec: EventSpec): MarsadEvent {
  const ev = spanOf(text, spec.sentence);
  const inside = (needle: string): Span => {
    const span = spanOf(text, needle, ev[0]);
    return span[1] <= ev[1] ? span : spanOf(text, needle);
  };
  const actor = (a: ActorSpec): EventActor => ({
    text: a.text, name: a.name, country: a.country ?? null, sector: a.sector ?? null, acled_inter: a.inter ?? null, span: inside(a.text),
  });
  const location: EventLocation | null = spec.place
    ? {
      text: spec.place.text, name: spec.place.name, country: spec.place.country, admin1: spec.place.admin1 ?? null,
      lat: spec.place.lat, lon: spec.place.lon, precision: spec.place.precision ?? 'city', reason: 'named in the sentence',
      span: inside(spec.place.text),
    }
    : null;
  const killed = spec.quantities?.find((q) => q.kind === 'killed');
  return {
    id: spec.id,
    document_id: docId,
    incident_id: null,
    language,
    type: spec.type,
    mode: spec.mode ?? null,
    context: spec.context ?? [],
    acled: spec.acled ?? null,
    cameo: spec.cameo ?? null,
    quad_class: spec.quad ?? null,
    actors: (spec.actors ?? []).map(actor),
    recipients: (spec.recipients ?? []).map(actor),
    location,
    date: { value: spec.date, precision: spec.date ? 'day' : 'unknown', text: spec.dateText ?? null, basis: spec.dateText ? 'relative-to-publication' : 'publication-date' },
    quantities: (spec.quantities ?? []).map((q) => ({
      kind: q.kind, min: q.min, max: q.max ?? q.min, approximate: false, text: q.text, span: inside(q.text),
    })),
    fatalities: killed ? { min: killed.min, max: killed.max ?? killed.min } : null,
    attribution: (spec.attribution ?? []).map((a) => ({ text: a.text, role: a.role ?? null, span: inside(a.text) })),
    modality: 'asserted',
    evidence: { text: spec.sentence, span: ev, trigger: spec.trigger ? { text: spec.trigger, span: inside(spec.trigger) } : null },
    confidence: spec.confidence ?? 0.8,
    notes: spec.notes ?? null,
  };
}

/** A document record as the pipeline would produce it. */
export function buildDocument(
  id: string, language: 'ar' | 'en', title: string, text: string, published: string, source: string, events: EventSpec[],
): ExtractedDocument {
  return {
    id, title, language, published, source, url: null, text,
    metadata: { captions: [], credits: [], outlets: [source], sourceLine: null, dateline: null, removed: [] },
    events: events.map((e) => buildEvent(id, language, text, e)),
    diagnostics: [],
  };
}
