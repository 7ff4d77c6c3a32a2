import { MarsadError } from '../../errors.js';
import type { ExtractedDocument, Incident } from '../../types.js';
import type { SaveResult } from '../port.js';
import { toDocumentSearchText, toEventRow, toIncidentRow, type EventRow } from '../rows.js';
import type { SqliteHandle } from './database.js';

/** Inserts an event row with its actors, full-text entry and R*Tree point; returns its seq. */
export function insertEvent(h: SqliteHandle, row: EventRow, docSeq: number): number {
  const info = h.prepare(`INSERT INTO events (id, document_id, doc_seq, incident_id, type, acled_type, sort_date,
    date_last, country, lat, lon, place_name, place_name_ar, place_id, place_search, status)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')`).run(
    row.id, row.documentId, docSeq, row.incidentId, row.type, row.acledType, row.sortDate, row.dateLast,
    row.country, row.lat, row.lon, row.placeName, row.placeNameAr, row.placeId, row.placeSearch,
  );
  const seq = Number(info.lastInsertRowid);
  h.prepare('INSERT INTO event_json (seq, json) VALUES (?, ?)').run(seq, row.json);
  writeEventIndexes(h, seq, row);
  return seq;
}

/** (Re)writes the actor rows, full-text entry and R*Tree point of an event. */
export function writeEventIndexes(h: SqliteHandle, seq: number, row: EventRow): void {
  h.prepare('DELETE FROM event_actors WHERE event_seq = ?').run(seq);
  h.prepare('DELETE FROM events_fts WHERE rowid = ?').run(seq);
  h.prepare('DELETE FROM events_rtree WHERE id = ?').run(seq);
  h.prepare('DELETE FROM actors_fts WHERE rowid = ?').run(seq);
  const actor = h.prepare(`INSERT INTO event_actors (event_seq, role, name, name_ar, actor_id, country, search)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const a of row.actors) actor.run(seq, a.role, a.name, a.nameAr, a.actorId, a.country, a.search);
  if (row.actors.length > 0) {
    h.prepare('INSERT INTO actors_fts (rowid, body) VALUES (?, ?)').run(seq, row.actors.map((a) => a.search).join(' || '));
  }
  h.prepare('INSERT INTO events_fts (rowid, body) VALUES (?, ?)').run(seq, row.searchText);
  if (row.lat !== null && row.lon !== null) {
    h.prepare('INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)').run(
      seq, row.lon, row.lon, row.lat, row.lat,
    );
  }
}

/** Rewrites the indexed columns of an existing event after a correction. */
export function updateEvent(h: SqliteHandle, seq: number, row: EventRow, status: string): void {
  h.prepare(`UPDATE events SET incident_id = ?, type = ?, acled_type = ?, sort_date = ?, date_last = ?, country = ?,
    lat = ?, lon = ?, place_name = ?, place_name_ar = ?, place_id = ?, place_search = ?, status = ?
    WHERE seq = ?`).run(
    row.incidentId, row.type, row.acledType, row.sortDate, row.dateLast, row.country, row.lat, row.lon,
    row.placeName, row.placeNameAr, row.placeId, row.placeSearch, status, seq,
  );
  h.prepare('UPDATE event_json SET json = ? WHERE seq = ?').run(row.json, seq);
  writeEventIndexes(h, seq, row);
}

/** Writes a document and its events in one transaction (see `Store.saveDocument`). */
export function saveDocumentSqlite(
  h: SqliteHandle,
  doc: ExtractedDocument,
  meta: { origin: string; contentHash: string },
): SaveResult {
  const run = h.db.transaction((): SaveResult => {
    const same = h.prepare('SELECT id FROM documents WHERE content_hash = ?').get(meta.contentHash) as { id: string } | undefined;
    if (same) return { status: 'unchanged', id: same.id };
    // Same id, new content: the newer extraction replaces the old one (events cascade).
    h.prepare('DELETE FROM documents WHERE id = ?').run(doc.id);
    const info = h.prepare(`INSERT INTO documents (id, content_hash, origin, title, language, published, source, url,
      text, metadata, diagnostics, event_count, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      doc.id, meta.contentHash, meta.origin, doc.title, doc.language, doc.published, doc.source, doc.url, doc.text,
      JSON.stringify(doc.metadata), JSON.stringify(doc.diagnostics), doc.events.length, new Date().toISOString(),
    );
    const docSeq = Number(info.lastInsertRowid);
    h.prepare('INSERT INTO documents_fts (rowid, body) VALUES (?, ?)').run(docSeq, toDocumentSearchText(doc));
    for (const event of doc.events) {
      if (event.document_id !== doc.id) {
        throw new MarsadError('E_STORE', `event ${event.id} names document ${event.document_id}, not ${doc.id}`);
      }
      insertEvent(h, toEventRow(event), docSeq);
    }
    return { status: 'inserted', id: doc.id };
  });
  return run.immediate();
}

/** Upserts incidents and assigns events to them in one transaction. */
export function saveIncidentsSqlite(
  h: SqliteHandle,
  incidents: Incident[],
  assignments: Array<{ eventId: string; incidentId: string }>,
  removedIds: string[] = [],
): void {
  h.db.transaction(() => {
    const now = new Date().toISOString();
    for (const incident of incidents) {
      const r = toIncidentRow(incident);
      h.prepare(`INSERT INTO incidents (id, type, acled_type, sort_date, date_last, country, lat, lon, json, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET type = excluded.type, acled_type = excluded.acled_type,
          sort_date = excluded.sort_date, date_last = excluded.date_last, country = excluded.country,
          lat = excluded.lat, lon = excluded.lon, json = excluded.json, updated_at = excluded.updated_at`).run(
        r.id, r.type, r.acledType, r.sortDate, r.dateLast, r.country, r.lat, r.lon, r.json, now,
      );
    }
    for (const { eventId, incidentId } of assignments) {
      if (!h.prepare('SELECT 1 FROM incidents WHERE id = ?').get(incidentId)) {
        throw new MarsadError('E_STORE', `cannot assign event ${eventId}: unknown incident ${incidentId}`);
      }
      const event = h.prepare('UPDATE events SET incident_id = ? WHERE id = ? RETURNING seq').get(incidentId, eventId) as
        { seq: number } | undefined;
      if (event) h.prepare(`UPDATE event_json SET json = json_set(json, '$.incident_id', ?) WHERE seq = ?`).run(incidentId, event.seq);
      if (!event) throw new MarsadError('E_STORE', `cannot assign unknown event ${eventId} to incident ${incidentId}`);
    }
    for (const id of removedIds) {
      if (h.prepare('SELECT 1 FROM events WHERE incident_id = ? LIMIT 1').get(id)) {
        throw new MarsadError('E_STORE', `cannot delete merged incident ${id}: events still point at it`);
      }
      h.prepare('DELETE FROM incidents WHERE id = ?').run(id);
    }
  }).immediate();
}
