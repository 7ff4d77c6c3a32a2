import type { AcledRule, Ontology } from '../../lexicon/triggers/index.js';
import type { AcledEventType, MarsadEvent, PloverType } from '../../types.js';
import type { Candidate } from './types.js';

export interface AcledFacts {
  type: PloverType;
  mode: string | null;
  flags: ReadonlySet<string>;
  actors: Candidate[];
  recipients: Candidate[];
  killed: boolean;
}

const ARMED = new Set(['state', 'nonstate', 'external']);

function matches(rule: AcledRule, f: AcledFacts): boolean {
  const w = rule.when;
  if (w.type && !w.type.includes(f.type)) return false;
  if (w.mode && !w.mode.includes(f.mode ?? 'none')) return false;
  if (w.flags && !w.flags.every((x) => f.flags.has(x))) return false;
  if (w.any_flags && !w.any_flags.some((x) => f.flags.has(x))) return false;
  if (w.not_flags && w.not_flags.some((x) => f.flags.has(x))) return false;
  if (w.actor && !w.actor.includes(f.actors[0]?.side ?? 'unknown')) return false;
  if (w.recipient && !w.recipient.includes(f.recipients[0]?.side ?? 'none')) return false;
  if (w.killed !== undefined && w.killed !== f.killed) return false;
  if (w.armed_sides !== undefined) {
    const armed = [...f.actors, ...f.recipients].filter((c) => ARMED.has(c.side)).length;
    if (w.armed_sides === 0 ? armed !== 0 : armed < w.armed_sides) return false;
  }
  return true;
}

/** ACLED event type, sub-event type and disorder type by the first matching rule of data/ontology/acled.yaml. */
export function toAcled(ontology: Ontology, facts: AcledFacts): NonNullable<MarsadEvent['acled']> | null {
  for (const rule of ontology.acledRules) {
    if (!matches(rule, facts)) continue;
    const [eventType, sub] = rule.acled;
    return { event_type: eventType as AcledEventType, sub_event_type: sub, disorder_type: ontology.disorder.get(eventType) ?? null };
  }
  return null;
}
