import { foldKey } from '../text/index.js';
import type { EventActor, ExtractedDocument, Incident, MarsadEvent } from '../types.js';
import { toIndexText } from './search-text.js';

/** Indexed columns derived from an event; the event itself is stored whole as JSON. */
export interface EventRow {
  id: string;
  documentId: string;
  incidentId: string | null;
  type: string;
  acledType: string | null;
  /** Start date, '' when unknown: the keyset sort key. */
  sortDate: string;
  /** End date (or start date when no range), null when unknown. */
  dateLast: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  placeName: string | null;
  placeNameAr: string | null;
  placeId: string | null;
  /** Folded place name, Arabic name, mention text and id, for place search. */
  placeSearch: string | null;
  json: string;
  searchText: string;
  actors: ActorRow[];
}

export interface ActorRow {
  role: 'actor' | 'recipient';
  name: string;
  nameAr: string | null;
  actorId: string | null;
  country: string | null;
  /** Folded name, Arabic name, mention text and id, for substring search. */
  search: string;
}

function toDay(value: string | null | undefined): string | null {
  return value ? value.slice(0, 10) : null;
}

function toCoordinate(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function toActorRow(actor: EventActor, role: ActorRow['role']): ActorRow {
  return {
    role,
    name: actor.name,
    nameAr: actor.name_ar ?? null,
    actorId: actor.id ?? null,
    country: actor.country ? actor.country.toUpperCase() : null,
    search: foldKey([actor.name, actor.name_ar ?? '', actor.text, actor.id ?? ''].join(' | ')),
  };
}

/** Words an event is found by in full-text search (the document text is indexed separately). */
function eventSearchParts(event: MarsadEvent): Array<string | null | undefined> {
  const parts: Array<string | null | undefined> = [event.evidence.text, event.evidence.trigger?.text];
  for (const a of [...event.actors, ...event.recipients]) parts.push(a.text, a.name, a.name_ar);
  if (event.location) parts.push(event.location.text, event.location.name, event.location.name_ar);
  for (const a of event.attribution) parts.push(a.text, a.name);
  if (event.notes) parts.push(event.notes.en, event.notes.ar);
  return parts;
}

/** Derives the indexed columns of an event. */
export function toEventRow(event: MarsadEvent): EventRow {
  const start = toDay(event.date.value);
  const location = event.location;
  return {
    id: event.id,
    documentId: event.document_id,
    incidentId: event.incident_id ?? null,
    type: event.type,
    acledType: event.acled?.event_type ?? null,
    sortDate: start ?? '',
    dateLast: toDay(event.date.end) ?? start,
    country: location?.country ? location.country.toUpperCase() : null,
    lat: toCoordinate(location?.lat),
    lon: toCoordinate(location?.lon),
    placeName: location?.name ?? null,
    placeNameAr: location?.name_ar ?? null,
    placeId: location?.gazetteer_id ?? null,
    placeSearch: location
      ? foldKey([location.name, location.name_ar ?? '', location.text, location.gazetteer_id ?? ''].join(' | '))
      : null,
    json: JSON.stringify(event),
    searchText: toIndexText(eventSearchParts(event)),
    actors: [
      ...event.actors.map((a) => toActorRow(a, 'actor')),
      ...event.recipients.map((a) => toActorRow(a, 'recipient')),
    ],
  };
}

/** Indexed columns of an incident. */
export interface IncidentRow {
  id: string;
  type: string;
  acledType: string | null;
  sortDate: string;
  dateLast: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  json: string;
}

/** Derives the indexed columns of an incident. */
export function toIncidentRow(incident: Incident): IncidentRow {
  const start = toDay(incident.date);
  const location = incident.location;
  return {
    id: incident.id,
    type: incident.type,
    acledType: incident.acled_event_type,
    sortDate: start ?? '',
    dateLast: toDay(incident.date_end) ?? start,
    country: location?.country ? location.country.toUpperCase() : null,
    lat: toCoordinate(location?.lat),
    lon: toCoordinate(location?.lon),
    json: JSON.stringify(incident),
  };
}

/** The document columns kept besides the events. */
export function toDocumentSearchText(doc: ExtractedDocument): string {
  return toIndexText([doc.title, doc.text]);
}
