import type { ReviewAction, ReviewRecord } from './port.js';

function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** A `reviews` row as either driver returns it (PostgreSQL parses JSON columns itself). */
export interface ReviewDbRow {
  id: string;
  target_kind: ReviewAction['targetKind'];
  target_id: string;
  action: ReviewAction['action'];
  reviewer: string;
  comment: string | null;
  changes: unknown;
  before: unknown;
  after: unknown;
  at: string;
}

/** Turns a stored review row (either adapter) into a ReviewRecord. */
export function toReviewRecord(r: ReviewDbRow): ReviewRecord {
  const record: ReviewRecord = {
    id: r.id,
    targetKind: r.target_kind,
    targetId: r.target_id,
    action: r.action,
    reviewer: r.reviewer,
    comment: r.comment,
    at: r.at,
    before: parseJson(r.before),
    after: parseJson(r.after),
  };
  if (r.changes !== null && r.changes !== undefined) {
    record.changes = (typeof r.changes === 'string' ? JSON.parse(r.changes) : r.changes) as Record<string, unknown>;
  }
  return record;
}

