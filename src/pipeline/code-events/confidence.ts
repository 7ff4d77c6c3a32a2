import type { MarsadEvent } from '../../types.js';

const MODALITY_FACTOR: Record<string, number> = {
  asserted: 1, 'reported-claim': 0.75, future: 0.6, hypothetical: 0.45, negated: 0.4,
};

/**
 * Confidence in [0, 1]: the trigger's strength, raised by complete arguments (actor, location, explicit date)
 * and a named source, scaled down for non-asserted modality. Missing fields get a reason.
 */
export function scoreEvent(event: MarsadEvent, strength: number, reasons: Record<string, string>): number {
  let score = 0.45 + 0.35 * strength;
  if (event.actors.length > 0) score += 0.08;
  else reasons['actors'] ??= 'no actor found near the trigger';
  if (event.location) score += 0.05;
  else reasons['location'] ??= 'no place in the sentence or document';
  if (event.date.basis === 'explicit' || event.date.basis === 'relative-to-publication') score += 0.04;
  if (event.attribution.some((a) => a.role !== 'outlet')) score += 0.03;
  score *= MODALITY_FACTOR[event.modality ?? 'asserted'] ?? 1;
  return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
}
