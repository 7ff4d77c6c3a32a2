import type { MarsadEvent } from '../../types.js';
import type { Built } from './post-process.js';

const ASSERTED = new Set(['asserted', 'reported-claim']);

function argumentCount(e: MarsadEvent): number {
  return e.actors.length + e.recipients.length + (e.location ? 1 : 0) + e.quantities.length + (e.fatalities ? 1 : 0) +
    (e.date?.basis === 'publication-date' ? 0 : 1);
}

function actorIds(b: Built): Set<string> {
  return new Set(b.actors.map((c) => c.id ?? c.name));
}

/** Two actor lists agree when one is empty or they share a party. */
function compatibleActors(a: Built, b: Built): boolean {
  const x = actorIds(a);
  const y = actorIds(b);
  if (x.size === 0 || y.size === 0) return true;
  for (const id of x) if (y.has(id)) return true;
  return false;
}

function samePlace(a: MarsadEvent, b: MarsadEvent): boolean {
  if (!a.location || !b.location) return true;
  const ka = a.location.gazetteer_id ?? a.location.name;
  const kb = b.location.gazetteer_id ?? b.location.name;
  return ka === kb;
}

function sameDate(a: MarsadEvent, b: MarsadEvent): boolean {
  if (a.date?.basis === 'publication-date' || b.date?.basis === 'publication-date') return true;
  return (a.date?.value ?? null) === (b.date?.value ?? null);
}

function sameEvent(a: Built, b: Built): boolean {
  const x = a.event;
  const y = b.event;
  if (x.type !== y.type || !ASSERTED.has(x.modality ?? 'asserted') || !ASSERTED.has(y.modality ?? 'asserted')) return false;
  if (!x.acled || !y.acled || x.acled.sub_event_type !== y.acled.sub_event_type) return false;
  return compatibleActors(a, b) && samePlace(x, y) && sameDate(x, y);
}

/** Copies the arguments the kept event lacks from its duplicate (actors, recipients, place, counts). */
function absorb(keep: Built, drop: Built): void {
  const k = keep.event;
  const d = drop.event;
  if (k.actors.length === 0 && d.actors.length > 0) {
    k.actors = d.actors;
    keep.actors = drop.actors;
  }
  if (k.recipients.length === 0 && d.recipients.length > 0) {
    k.recipients = d.recipients;
    keep.recipients = drop.recipients;
  }
  if (!k.location && d.location) k.location = d.location;
  if (k.date?.basis === 'publication-date' && d.date && d.date.basis !== 'publication-date' && d.date.value) {
    k.date = d.date;
    if (k.reasons) delete k.reasons['date'];
  }
  if (k.quantities.length === 0 && d.quantities.length > 0) k.quantities = d.quantities;
  if (!k.fatalities && d.fatalities) k.fatalities = d.fatalities;
  if (k.mode === null && d.mode) k.mode = d.mode;
  if (k.reasons) {
    if (k.location) delete k.reasons['location'];
  }
}

/**
 * Within one report, the same material event told twice (استمرت الغارات … / شن سلاح الجو خمس غارات) becomes one
 * event: same type, mode and ACLED sub-type, compatible actors, same place and date. The kept event is the
 * statement with the most arguments; it takes the arguments it lacks from the others, whose ids now point to it.
 * Returns the surviving events and a map from dropped ids to kept ids.
 */
export function mergeDuplicates(built: Built[]): { kept: Built[]; replaced: Map<string, string> } {
  const groups: Built[][] = [];
  for (const b of built) {
    if (b.hit.sense.quad !== 4 || !b.event.acled) {
      groups.push([b]);
      continue;
    }
    const group = groups.find((g) => g.every((x) => x.hit.sense.quad === 4 && sameEvent(x, b)));
    if (group) group.push(b);
    else groups.push([b]);
  }
  const replaced = new Map<string, string>();
  const keptSet = new Set<Built>();
  for (const g of groups) {
    const best = g.reduce((a, b) => (argumentCount(b.event) > argumentCount(a.event) ? b : a));
    for (const b of g) if (b !== best) {
      absorb(best, b);
      replaced.set(b.event.id, best.event.id);
    }
    keptSet.add(best);
  }
  const kept = built.filter((b) => keptSet.has(b));
  for (const b of kept) {
    const r = b.event.refers_to ? replaced.get(b.event.refers_to) : undefined;
    if (r) b.event.refers_to = r;
  }
  return { kept, replaced };
}
