import type { Analysis, EventLocation, PlacePrecision, ResolvedPlace, Span } from '../../types.js';
import type { TriggerHit } from './types.js';

const RANK: Record<PlacePrecision, number> = { point: 6, neighbourhood: 5, city: 4, admin2: 3, admin1: 2, country: 1, region: 0 };

/**
 * Default location rule when the geocode stage's picker is not given: the most specific place in the sentence,
 * nearest the trigger (after it preferred); else the document's most specific most-mentioned place.
 */
export function pickNearestPlace(places: ResolvedPlace[], sentenceSpan: Span, triggerSpan: Span): { place: ResolvedPlace | null; reason: string } {
  const inSentence = places.filter((p) => p.span[0] >= sentenceSpan[0] && p.span[1] <= sentenceSpan[1]);
  const score = (p: ResolvedPlace): number => RANK[p.place.precision] * 1000 - Math.abs(p.span[0] - triggerSpan[1]) / 10 + (p.span[0] >= triggerSpan[1] ? 50 : 0);
  const best = inSentence.sort((a, b) => score(b) - score(a))[0];
  if (best) return { place: best, reason: 'most specific place in the sentence, nearest the trigger' };
  const focus = pickFocusPlace(places);
  if (focus) return { place: focus, reason: 'no place in the sentence: the document focus' };
  return { place: null, reason: 'no place in the sentence or the document' };
}

/** The document's focus place: the most frequently resolved place, ties to the more specific. */
export function pickFocusPlace(places: ResolvedPlace[]): ResolvedPlace | null {
  const counts = new Map<string, { p: ResolvedPlace; n: number }>();
  for (const p of places) {
    const e = counts.get(p.place.id);
    if (e) e.n++;
    else counts.set(p.place.id, { p, n: 1 });
  }
  let best: { p: ResolvedPlace; n: number } | null = null;
  for (const e of counts.values()) {
    if (!best || e.n > best.n || (e.n === best.n && RANK[e.p.place.precision] > RANK[best.p.place.precision])) best = e;
  }
  return best?.p ?? null;
}

/** Converts a resolved place into the event's location, with the reason it was chosen. */
export function toEventLocation(p: ResolvedPlace, reason: string): EventLocation {
  return {
    text: p.text, name: p.place.name, name_ar: p.place.nameAr, country: p.place.country, admin1: p.place.admin1,
    lat: p.place.lat, lon: p.place.lon, gazetteer_id: p.place.id, precision: p.place.precision,
    reason: `${reason} (${p.reason})`, span: p.span,
  };
}

const COMMAS = new Set([',', '،', ';', '؛']);
const EN_COORDINATORS = new Set(['and', 'while', 'whereas', 'but']);

/** A comma that opens a coordinated clause (، وذلك بعد…, ", while …"): a boundary the segmenter may have kept. */
function isClauseComma(analysis: Analysis, i: number): boolean {
  if (!COMMAS.has(analysis.tokens[i]?.text ?? '')) return false;
  const next = analysis.tokens[i + 1];
  return next !== undefined && (next.prefixes[0] === 'و' || EN_COORDINATORS.has(next.norm));
}

/** Character spans around a trigger, narrowest first: its part of the clause between clause commas, the clause. */
export function toLocalSpans(analysis: Analysis, hit: TriggerHit): Span[] {
  const { tokens } = analysis;
  const [from, to] = hit.clause;
  let a = hit.from;
  while (a > from && !isClauseComma(analysis, a - 1)) a--;
  let b = hit.to;
  while (b < to && !isClauseComma(analysis, b)) b++;
  const span = (x: number, y: number): Span => [tokens[x]?.span[0] ?? 0, tokens[y - 1]?.span[1] ?? 0];
  return [span(a, b), span(from, to)];
}
