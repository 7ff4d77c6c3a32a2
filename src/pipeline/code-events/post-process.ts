import { toWordKey, type Ontology, type TriggerLexicon } from '../../lexicon/triggers/index.js';
import type { MarsadEvent, Quantity, Span } from '../../types.js';
import { toAcled } from './acled.js';
import type { Candidate, TriggerHit } from './types.js';
import { toFatalities } from './when.js';

/** An event with what built it, for document-level passes. */
export interface Built {
  event: MarsadEvent;
  hit: TriggerHit;
  actors: Candidate[];
  recipients: Candidate[];
  paragraph: number;
}

/** Adds a follow-up sentence's casualty counts to an earlier event of the paragraph. */
export function attachCasualties(event: MarsadEvent, quantities: Quantity[], span: Span, lexicon: TriggerLexicon): void {
  const extra = quantities.filter((q) => (q.kind === 'killed' || q.kind === 'injured') && q.span[0] >= span[0] && q.span[1] <= span[1]);
  if (extra.length === 0) return;
  const hasKilled = event.quantities.some((q) => q.kind === 'killed');
  const added = extra.filter((q) => !(hasKilled && q.kind === 'killed') && !event.quantities.some((e) => e.span[0] === q.span[0]));
  if (added.length === 0) return;
  event.quantities = [...event.quantities, ...added];
  if (event.type === 'ASSAULT' || event.type === 'PROTEST' || event.type === 'COERCE') {
    event.fatalities = toFatalities(event.quantities, isTotalNoun(lexicon));
  }
}

/** True for counted nouns that are totals (fatalities, قتلى). */
export function isTotalNoun(lexicon: TriggerLexicon): (noun: string) => boolean {
  return (noun) => lexicon.cues.totalNouns.has(toWordKey(noun.split(/\s+/).at(-1) ?? noun));
}

/**
 * ACLED codes a protest met by police as "Protest with intervention" and rubber bullets fired at a crowd as
 * force against protesters: the protest and the intervention are often separate clauses of one paragraph.
 */
export function applyParagraphContext(built: Built[], ontology: Ontology): void {
  const protests = new Set(built.filter((b) => b.event.type === 'PROTEST').map((b) => b.paragraph));
  const interventions = new Set(
    built.filter((b) => b.event.type === 'COERCE' && (b.event.mode === 'crowd-control' || b.event.mode === 'arrest')).map((b) => b.paragraph),
  );
  const exchanges = new Set(built.filter((b) => b.hit.sense.flags.has('response')).map((b) => b.paragraph));
  for (const b of built) {
    if (!b.event.acled) continue;
    const extra: string[] = [];
    if (exchanges.has(b.paragraph) && !b.hit.sense.flags.has('response')) extra.push('exchange-context');
    if (protests.has(b.paragraph)) extra.push('protest-context');
    if (interventions.has(b.paragraph) && b.event.type === 'PROTEST') extra.push('intervention-context');
    if (extra.length === 0) continue;
    const flags = new Set([...b.hit.sense.flags, ...extra]);
    const acled = toAcled(ontology, {
      type: b.event.type, mode: b.event.mode ?? null, flags, actors: b.actors, recipients: b.recipients,
      killed: (b.event.fatalities?.min ?? 0) > 0,
    });
    if (acled) b.event.acled = acled;
  }
}

/** Reactions point at the event they are about: the same-type event their object names, earliest first. */
export function linkReactions(built: Built[], references: TriggerHit[]): void {
  void references;
  for (const b of built) {
    if (b.hit.objects.length === 0) continue;
    for (const o of b.hit.objects) {
      const target = built.find((x) => x !== b && x.event.type === o.sense.type && (x.event.mode === o.mode || o.mode === null || x.event.mode === null));
      if (target) {
        b.event.refers_to = target.event.id;
        break;
      }
    }
  }
}
