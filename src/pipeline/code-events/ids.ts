import { createHash } from 'node:crypto';
import type { PloverType, Span } from '../../types.js';

/** Stable event id: the same document, type and trigger span give the same id on every run. */
export function toEventId(documentId: string, type: PloverType, span: Span): string {
  const h = createHash('sha1').update(`${documentId}\u0000${type}\u0000${span[0]}:${span[1]}`).digest('hex');
  return `ev_${h.slice(0, 20)}`;
}
