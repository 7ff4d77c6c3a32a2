import type { TriggerLexicon } from '../../lexicon/triggers/index.js';
import type { Quantity, Sentence } from '../../types.js';
import { matchAt, type TokenKeys } from './token-keys.js';
import type { Candidate, TriggerHit } from './types.js';

const ARMED_SIDES = new Set(['state', 'nonstate', 'external']);
const UNARMED_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'PTY', 'IGO', 'NGO', 'BUS', 'MED', 'EDU', 'CVL', 'JRN', 'REL']);

/** An armed party: forces, police, rebels, militias — not a government, ministry or country as such. */
function isArmed(c: Candidate): boolean {
  if (c.armed) return true;
  if (!ARMED_SIDES.has(c.side)) return false;
  if (c.source === 'generic') return true;
  return !UNARMED_SECTORS.has((c.sector ?? '').toUpperCase()) || (c.inter !== null && c.inter >= 2 && c.inter <= 4);
}
const STRONG = 0.8;
const PHYSICAL = new Set(['explosives', 'aerial', 'heavy-weapons', 'drone']);

/**
 * Weak or many-sensed violence words (استهدف "aim at", تحرير "liberalise", مواجهة "face", خطف "steal") count only
 * with conflict evidence in the sentence: an armed party, a weapon, a casualty count or a strong attack word.
 */
export function corroborated(
  hit: TriggerHit,
  sentence: Sentence,
  candidates: Candidate[],
  quantities: Quantity[],
  hits: TriggerHit[],
  lexicon: TriggerLexicon,
  tk: TokenKeys,
  placeAt: (i: number) => boolean = () => false,
  outcomeVeto = false,
): boolean {
  if (hit.sense.type !== 'ASSAULT') return true;
  // Under a storm or an accident, a bare casualty count is not violence: only an armed party or weapon is.
  const strict = outcomeVeto && hit.sense.flags.has('outcome');
  if (hit.sense.strength >= STRONG && !hit.sense.flags.has('sense-sensitive') && !strict) return true;
  const [from, to] = sentence.tokens;
  if (candidates.some((c) => c.tokens[0] >= from && c.tokens[1] <= to && isArmed(c))) return true;
  const [s0, s1] = sentence.span;
  if (!strict && quantities.some((q) => (q.kind === 'killed' || q.kind === 'injured') && q.span[0] >= s0 && q.span[1] <= s1)) return true;
  if (hits.some((h) => h !== hit && h.sense.type === 'ASSAULT' && h.sense.strength >= STRONG && !h.sense.flags.has('sense-sensitive'))) return true;
  for (let k = from; k < to; k++) if (matchAt(lexicon.cues.instruments, tk, k, to).length > 0) return true;
  // Explosions and shelling named at a place are physical events even without a named party.
  if (PHYSICAL.has(hit.mode ?? '')) for (let k = from; k < to; k++) if (placeAt(k)) return true;
  return false;
}

