import { MarsadError } from '../../errors.js';
import type { ReviewAction, ReviewRecord, ReviewStatus } from '../port.js';
import { checkReviewAction, planReview, toReviewRecord } from '../review-apply.js';
import { toEventRow, toIncidentRow } from '../rows.js';
import type { PgClient } from './pool.js';
import { updateEventPg } from './writes.js';

/** Applies a review and writes its audit record inside the caller's transaction. */
export async function reviewPg(c: PgClient, action: ReviewAction): Promise<ReviewRecord> {
  checkReviewAction(action);
  const table = action.targetKind === 'event' ? 'events' : 'incidents';
  const found = await c.query<{ seq: string; status: ReviewStatus; json: unknown }>(
    `SELECT seq, status, json FROM ${table} WHERE id = $1 FOR UPDATE`, [action.targetId],
  );
  const row = found.rows[0];
  if (!row) throw new MarsadError('E_NOT_FOUND', `no ${action.targetKind} ${action.targetId}`);
  const before = row.json;
  const plan = planReview(action, before, row.status);
  if (plan.write === 'event') {
    await updateEventPg(c, row.seq, toEventRow(plan.after), plan.status);
  } else if (plan.write === 'incident') {
    const r = toIncidentRow(plan.after);
    await c.query(`UPDATE incidents SET type = $1, acled_type = $2, sort_date = $3, date_last = $4, country = $5,
      lat = $6, lon = $7, status = $8, json = $9::jsonb, updated_at = $10 WHERE seq = $11`,
    [r.type, r.acledType, r.sortDate, r.dateLast, r.country, r.lat, r.lon, plan.status, r.json, new Date().toISOString(), row.seq]);
  } else {
    await c.query(`UPDATE ${table} SET status = $1 WHERE seq = $2`, [plan.status, row.seq]);
  }
  const after = plan.after;
  const record = toReviewRecord(action, before, after);
  await c.query(`INSERT INTO reviews (id, target_kind, target_id, action, reviewer, comment, changes, before, after, at)
    VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9::jsonb, $10)`, [
    record.id, action.targetKind, action.targetId, action.action, action.reviewer, action.comment ?? null,
    action.changes ? JSON.stringify(action.changes) : null, JSON.stringify(before), JSON.stringify(after), record.at,
  ]);
  return record;
}
