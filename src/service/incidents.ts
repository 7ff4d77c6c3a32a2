import type { ExtractedDocument, MarsadEvent } from '../types.js';
import type { Store } from '../store/port.js';
import { assignIncidents, type ClusterMember, type ClusterResult, type IncidentState } from '../incidents/index.js';

/** Days either side of an event's date searched for candidate incidents (the widest clustering window). */
const SEARCH_DAYS = 31;
/** Degrees either side of an event's point searched for candidate incidents (the widest fine radius is ~200 km). */
const SEARCH_DEGREES = 2;

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function clusterable(event: MarsadEvent): boolean {
  return event.date.value !== null && event.location !== null && (event.modality ?? 'asserted') !== 'negated'
    && event.modality !== 'future' && event.modality !== 'hypothetical';
}

/**
 * Clusters a freshly stored document's events into incidents: loads the candidate incidents near each
 * event in time and space (with their members), assigns, and saves. Cost grows with local density, not
 * with the size of the store.
 */
export async function clusterDocument(store: Store, doc: ExtractedDocument, now = new Date().toISOString()): Promise<ClusterResult> {
  const incoming: ClusterMember[] = doc.events.filter(clusterable).map((event) => ({
    event, documentId: doc.id, source: doc.source ?? doc.metadata.outlets[0] ?? null, published: doc.published,
  }));
  if (incoming.length === 0) return { changed: [], removed: [], assignments: [] };
  const candidates = new Map<string, IncidentState>();
  const documents = new Map<string, { source: string | null; published: string | null }>();
  for (const { event } of incoming) {
    const date = event.date.value as string;
    const query: Parameters<Store['queryIncidents']>[0] = {
      type: [event.type], from: shiftDate(date, -SEARCH_DAYS), to: shiftDate(event.date.end ?? date, SEARCH_DAYS), limit: 200,
    };
    const { lat, lon, country } = event.location ?? { lat: null, lon: null, country: null };
    if (lat !== null && lon !== null) query.bbox = [lon - SEARCH_DEGREES, lat - SEARCH_DEGREES, lon + SEARCH_DEGREES, lat + SEARCH_DEGREES];
    else if (country) query.country = [country];
    const page = await store.queryIncidents(query);
    for (const incident of page.items) {
      if (candidates.has(incident.id)) continue;
      const members: ClusterMember[] = [];
      const events = await store.queryEvents({ incidentId: incident.id, limit: 1000 });
      for (const member of events.items) {
        members.push({ event: member, documentId: member.document_id, ...(await documentFacts(store, documents, member.document_id)) });
      }
      candidates.set(incident.id, { incident, members });
    }
  }
  const result = assignIncidents(incoming, [...candidates.values()], now);
  await store.saveIncidents(result.changed.map((s) => s.incident), result.assignments, result.removed);
  return result;
}

async function documentFacts(
  store: Store, cache: Map<string, { source: string | null; published: string | null }>, id: string,
): Promise<{ source: string | null; published: string | null }> {
  const cached = cache.get(id);
  if (cached) return cached;
  const doc = await store.getDocument(id);
  const facts = { source: doc?.source ?? doc?.metadata.outlets[0] ?? null, published: doc?.published ?? null };
  cache.set(id, facts);
  return facts;
}
