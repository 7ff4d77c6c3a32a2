import type { EventActor, MarsadEvent } from '../types.js';

function toPloverActor(a: EventActor) {
  return { name: a.name, text: a.text, country: a.country ?? null, sector: a.sector ?? null, id: a.id ?? null };
}

/** One event as a PLOVER record: type, mode, context, actor/recipient with country and sector, date, place, source text. */
export function toPloverRecord(e: MarsadEvent) {
  const loc = e.location;
  return {
    id: e.id,
    event_type: e.type,
    mode: e.mode ?? null,
    context: e.context ?? [],
    quad_class: e.quad_class ?? null,
    cameo: e.cameo ?? null,
    date: e.date.value,
    date_precision: e.date.precision,
    actor: e.actors.map(toPloverActor),
    recipient: e.recipients.map(toPloverActor),
    location: loc
      ? { name: loc.name, country: loc.country, admin1: loc.admin1 ?? null, lat: loc.lat, lon: loc.lon, precision: loc.precision, geonames: loc.gazetteer_id ?? null }
      : null,
    fatalities: e.fatalities ?? null,
    modality: e.modality ?? 'asserted',
    source_text: e.evidence.text,
    attribution: e.attribution.map((a) => a.name ?? a.text),
    document_id: e.document_id,
    language: e.language,
    confidence: e.confidence,
  };
}

/** Events as PLOVER JSON lines. */
export function toPloverJsonl(events: MarsadEvent[]): string {
  return events.map((e) => `${JSON.stringify(toPloverRecord(e))}\n`).join('');
}
