import { MarsadError } from '../../errors.js';
import type { ExtractedDocument, Incident } from '../../types.js';
import type { SaveResult } from '../port.js';
import { toDocumentSearchText, toEventRow, toIncidentRow, type EventRow } from '../rows.js';
import type { PgClient } from './pool.js';

const toLexemes = (text: string): string[] => (text ? text.split(' ') : []);

/** (Re)writes the actor rows of an event. */
async function writeActors(c: PgClient, seq: string, row: EventRow): Promise<void> {
  await c.query('DELETE FROM event_actors WHERE event_seq = $1', [seq]);
  if (row.actors.length === 0) return;
  const values: unknown[] = [];
  const tuples = row.actors.map((a) => {
    values.push(seq, a.role, a.name, a.nameAr, a.actorId, a.country, a.search);
    const n = values.length;
    return `($${n - 6}, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
  });
  await c.query(`INSERT INTO event_actors (event_seq, role, name, name_ar, actor_id, country, search) VALUES ${tuples.join(', ')}`, values);
}

/** Inserts an event with its actors; returns its seq. */
export async function insertEventPg(c: PgClient, row: EventRow): Promise<string> {
  const result = await c.query<{ seq: string }>(`INSERT INTO events (id, document_id, incident_id, type, acled_type,
    sort_date, date_last, country, lat, lon, place_name, place_name_ar, place_id, place_search, fts, json)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, array_to_tsvector($15::text[]), $16::jsonb)
    RETURNING seq`, [
    row.id, row.documentId, row.incidentId, row.type, row.acledType, row.sortDate, row.dateLast, row.country,
    row.lat, row.lon, row.placeName, row.placeNameAr, row.placeId, row.placeSearch, toLexemes(row.searchText), row.json,
  ]);
  const seq = result.rows[0]?.seq;
  if (seq === undefined) throw new MarsadError('E_STORE', `event ${row.id} was not inserted`);
  await writeActors(c, seq, row);
  return seq;
}

/** Rewrites an existing event's columns and actors after a correction. */
export async function updateEventPg(c: PgClient, seq: string, row: EventRow, status: string): Promise<void> {
  await c.query(`UPDATE events SET incident_id = $1, type = $2, acled_type = $3, sort_date = $4, date_last = $5,
    country = $6, lat = $7, lon = $8, place_name = $9, place_name_ar = $10, place_id = $11, place_search = $12,
    status = $13, fts = array_to_tsvector($14::text[]), json = $15::jsonb WHERE seq = $16`, [
    row.incidentId, row.type, row.acledType, row.sortDate, row.dateLast, row.country, row.lat, row.lon,
    row.placeName, row.placeNameAr, row.placeId, row.placeSearch, status, toLexemes(row.searchText), row.json, seq,
  ]);
  await writeActors(c, seq, row);
}

/** Writes a document and its events inside the caller's transaction (see `Store.saveDocument`). */
export async function saveDocumentPg(
  c: PgClient,
  doc: ExtractedDocument,
  meta: { origin: string; contentHash: string },
): Promise<SaveResult> {
  // Serialise writers of the same content so two concurrent ingests cannot both insert.
  await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [meta.contentHash]);
  const same = await c.query<{ id: string }>('SELECT id FROM documents WHERE content_hash = $1', [meta.contentHash]);
  const existing = same.rows[0];
  if (existing) return { status: 'unchanged', id: existing.id };
  // Same id, new content: the newer extraction replaces the old one (events cascade).
  await c.query('DELETE FROM documents WHERE id = $1', [doc.id]);
  await c.query(`INSERT INTO documents (id, content_hash, origin, title, language, published, source, url, text,
    metadata, diagnostics, event_count, fts, ingested_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12, array_to_tsvector($13::text[]), $14)`, [
    doc.id, meta.contentHash, meta.origin, doc.title, doc.language, doc.published, doc.source, doc.url, doc.text,
    JSON.stringify(doc.metadata), JSON.stringify(doc.diagnostics), doc.events.length,
    toLexemes(toDocumentSearchText(doc)), new Date().toISOString(),
  ]);
  for (const event of doc.events) {
    if (event.document_id !== doc.id) {
      throw new MarsadError('E_STORE', `event ${event.id} names document ${event.document_id}, not ${doc.id}`);
    }
    await insertEventPg(c, toEventRow(event));
  }
  return { status: 'inserted', id: doc.id };
}

/** Upserts incidents and assigns events to them inside the caller's transaction. */
export async function saveIncidentsPg(
  c: PgClient,
  incidents: Incident[],
  assignments: Array<{ eventId: string; incidentId: string }>,
  removedIds: string[] = [],
): Promise<void> {
  const now = new Date().toISOString();
  for (const incident of incidents) {
    const r = toIncidentRow(incident);
    await c.query(`INSERT INTO incidents (id, type, acled_type, sort_date, date_last, country, lat, lon, json, updated_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10)
      ON CONFLICT (id) DO UPDATE SET type = excluded.type, acled_type = excluded.acled_type,
        sort_date = excluded.sort_date, date_last = excluded.date_last, country = excluded.country,
        lat = excluded.lat, lon = excluded.lon, json = excluded.json, updated_at = excluded.updated_at`,
    [r.id, r.type, r.acledType, r.sortDate, r.dateLast, r.country, r.lat, r.lon, r.json, now]);
  }
  for (const { eventId, incidentId } of assignments) {
    const known = await c.query('SELECT 1 FROM incidents WHERE id = $1', [incidentId]);
    if (known.rowCount === 0) throw new MarsadError('E_STORE', `cannot assign event ${eventId}: unknown incident ${incidentId}`);
    const updated = await c.query(`UPDATE events SET incident_id = $1,
      json = jsonb_set(json, '{incident_id}', to_jsonb($1::text)) WHERE id = $2`, [incidentId, eventId]);
    if (updated.rowCount === 0) throw new MarsadError('E_STORE', `cannot assign unknown event ${eventId} to incident ${incidentId}`);
  }
  if (removedIds.length > 0) await deleteMergedIncidentsPg(c, removedIds);
}

/** Deletes incidents merged into others, once no event points at them. */
async function deleteMergedIncidentsPg(c: PgClient, ids: string[]): Promise<void> {
  const still = await c.query('SELECT 1 FROM events WHERE incident_id = ANY($1::text[]) LIMIT 1', [ids]);
  if ((still.rowCount ?? 0) > 0) throw new MarsadError('E_STORE', 'cannot delete merged incidents: events still point at them');
  await c.query('DELETE FROM incidents WHERE id = ANY($1::text[])', [ids]);
}
