import { MarsadError } from '../../errors.js';
import type { ReviewAction, ReviewRecord, ReviewStatus } from '../port.js';
import { checkReviewAction, planReview, toReviewRecord } from '../review-apply.js';
import { toEventRow, toIncidentRow } from '../rows.js';
import type { SqliteHandle } from './database.js';
import { updateEvent } from './writes.js';

interface TargetRow {
  seq: number;
  status: ReviewStatus;
  json: string;
}

/** Applies a review and writes its audit record in one transaction. */
export function reviewSqlite(h: SqliteHandle, action: ReviewAction): ReviewRecord {
  checkReviewAction(action);
  const table = action.targetKind === 'event' ? 'events' : 'incidents';
  return h.db.transaction((): ReviewRecord => {
    const from = table === 'events' ? 'events t JOIN event_json j ON j.seq = t.seq' : 'incidents t';
    const json = table === 'events' ? 'j.json' : 't.json';
    const row = h.prepare(`SELECT t.seq, t.status, ${json} AS json FROM ${from} WHERE t.id = ?`).get(action.targetId) as TargetRow | undefined;
    if (!row) throw new MarsadError('E_NOT_FOUND', `no ${action.targetKind} ${action.targetId}`);
    const before: unknown = JSON.parse(row.json);
    const plan = planReview(action, before, row.status);
    if (plan.write === 'event') {
      updateEvent(h, row.seq, toEventRow(plan.after), plan.status);
    } else if (plan.write === 'incident') {
      const r = toIncidentRow(plan.after);
      h.prepare(`UPDATE incidents SET type = ?, acled_type = ?, sort_date = ?, date_last = ?, country = ?, lat = ?,
        lon = ?, status = ?, json = ?, updated_at = ? WHERE seq = ?`).run(
        r.type, r.acledType, r.sortDate, r.dateLast, r.country, r.lat, r.lon, plan.status, r.json, new Date().toISOString(), row.seq,
      );
    } else {
      h.prepare(`UPDATE ${table} SET status = ? WHERE seq = ?`).run(plan.status, row.seq);
    }
    const after = plan.after;
    const record = toReviewRecord(action, before, after);
    h.prepare(`INSERT INTO reviews (id, target_kind, target_id, action, reviewer, comment, changes, before, after, at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      record.id, action.targetKind, action.targetId, action.action, action.reviewer, action.comment ?? null,
      action.changes ? JSON.stringify(action.changes) : null, JSON.stringify(before), JSON.stringify(after), record.at,
    );
    return record;
  }).immediate();
}

