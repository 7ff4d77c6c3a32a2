import { randomUUID } from 'node:crypto';
import { MarsadError } from '../errors.js';
import { ACLED_EVENT_TYPES, PLOVER_TYPES, type Incident, type MarsadEvent } from '../types.js';
import type { ReviewAction, ReviewRecord, ReviewStatus } from './port.js';

const LOCKED = new Set(['id', 'document_id']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Applies `changes` (field or dotted path → new value; `undefined`/null values set null) to a
 * deep copy of `target`. Ids cannot be changed.
 */
export function applyChanges<T extends object>(target: T, changes: Record<string, unknown>): T {
  const copy = structuredClone(target) as Record<string, unknown>;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    if (keys.some((k) => k.length === 0) || LOCKED.has(keys[0] ?? '')) {
      throw new MarsadError('E_USAGE', `review cannot change "${path}"`);
    }
    let node: Record<string, unknown> = copy;
    for (const key of keys.slice(0, -1)) {
      const next = node[key];
      if (!isRecord(next)) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys[keys.length - 1] as string] = value === undefined ? null : structuredClone(value);
  }
  return copy as T;
}

/** Checks the fields that indexes and consumers rely on after a correction. */
export function checkCorrectedEvent(event: MarsadEvent): void {
  const problems: string[] = [];
  if (!(PLOVER_TYPES as readonly string[]).includes(event.type)) problems.push(`type "${String(event.type)}" is not a PLOVER type`);
  if (event.acled != null && !(ACLED_EVENT_TYPES as readonly string[]).includes(event.acled.event_type)) {
    problems.push(`acled.event_type "${String(event.acled.event_type)}" is not an ACLED event type`);
  }
  if (!Array.isArray(event.actors) || !Array.isArray(event.recipients)) problems.push('actors and recipients must be arrays');
  if (!isRecord(event.date)) problems.push('date must be an object');
  else if (event.date.value != null && !/^\d{4}-\d{2}-\d{2}/.test(event.date.value)) problems.push('date.value must be YYYY-MM-DD');
  if (!isRecord(event.evidence)) problems.push('evidence must be an object');
  if (typeof event.confidence !== 'number' || event.confidence < 0 || event.confidence > 1) problems.push('confidence must be in [0, 1]');
  if (event.location !== null && !isRecord(event.location)) problems.push('location must be an object or null');
  if (problems.length > 0) throw new MarsadError('E_USAGE', `invalid correction: ${problems.join('; ')}`);
}

/** Checks an incident after a correction. */
export function checkCorrectedIncident(incident: Incident): void {
  if (!(PLOVER_TYPES as readonly string[]).includes(incident.type)) {
    throw new MarsadError('E_USAGE', `invalid correction: type "${String(incident.type)}" is not a PLOVER type`);
  }
}

/** The status a review action leads to, given the current one. */
export function toReviewStatus(action: ReviewAction['action'], current: ReviewStatus): ReviewStatus {
  if (action === 'confirm') return 'confirmed';
  if (action === 'reject') return 'rejected';
  return current === 'rejected' ? 'rejected' : 'confirmed';
}

/** Validates the shape of a review action before it touches storage. */
export function checkReviewAction(action: ReviewAction): void {
  if (!action.reviewer || action.reviewer.trim().length === 0) throw new MarsadError('E_USAGE', 'review needs a reviewer');
  if (action.action === 'correct' && (!action.changes || Object.keys(action.changes).length === 0)) {
    throw new MarsadError('E_USAGE', 'a correction needs at least one change');
  }
}

/** What a review writes: a new status only, or a corrected event or incident (validated) with its status. */
export type ReviewPlan =
  | { write: 'status'; status: ReviewStatus; after: { status: ReviewStatus } }
  | { write: 'event'; status: ReviewStatus; after: MarsadEvent }
  | { write: 'incident'; status: ReviewStatus; after: Incident };

/** Decides a review's effect from the stored target; both adapters then only write it. */
export function planReview(action: ReviewAction, before: unknown, current: ReviewStatus): ReviewPlan {
  const status = toReviewStatus(action.action, current);
  if (action.action !== 'correct') return { write: 'status', status, after: { status } };
  if (action.targetKind === 'event') {
    const after = applyChanges(before as MarsadEvent, action.changes ?? {});
    checkCorrectedEvent(after);
    return { write: 'event', status, after };
  }
  const after = applyChanges(before as Incident, action.changes ?? {});
  checkCorrectedIncident(after);
  return { write: 'incident', status, after };
}

/** The audit record of an applied review. */
export function toReviewRecord(action: ReviewAction, before: unknown, after: unknown): ReviewRecord {
  return { ...action, id: randomUUID(), at: new Date().toISOString(), before, after };
}
