import type { PlacePrecision, ResolvedPlace, Span } from '../../types.js';

const SPECIFICITY: Record<PlacePrecision, number> = { point: 0, neighbourhood: 1, city: 2, admin2: 3, admin1: 4, region: 5, country: 6 };

export interface DocumentFocus {
  country: string | null;
  /** The document's main place: the most mentioned city-or-finer place (first mention wins ties). */
  main: ResolvedPlace | null;
}

/** The document's country and main place from its resolved places. */
export function findDocumentFocus(places: ResolvedPlace[]): DocumentFocus {
  const counts = new Map<string, { n: number; first: ResolvedPlace }>();
  const countries = new Map<string, number>();
  for (const p of places) {
    if (p.place.country) countries.set(p.place.country, (countries.get(p.place.country) ?? 0) + 1);
    if (SPECIFICITY[p.place.precision] > SPECIFICITY.city) continue;
    const key = p.place.kind === 'city' || p.place.kind === 'village' ? p.place.id : p.place.id;
    const entry = counts.get(key);
    if (entry) entry.n++;
    else counts.set(key, { n: 1, first: p });
  }
  let main: { n: number; first: ResolvedPlace } | null = null;
  for (const e of counts.values()) {
    const city = (x: ResolvedPlace): number => (x.place.precision === 'city' ? 1 : 0);
    if (!main || e.n > main.n || (e.n === main.n && city(e.first) > city(main.first))) main = e;
  }
  let country: string | null = null;
  for (const [cc, n] of countries) if (country === null || n > (countries.get(country) ?? 0)) country = cc;
  return { country: main?.first.place.country ?? country, main: main?.first ?? null };
}

/**
 * Picks the event location: among places inside the sentence, the most specific, then the nearest to
 * the trigger; otherwise the document's main place. Returns why, for the event's `reasons`.
 */
export function pickEventLocation(
  places: ResolvedPlace[],
  sentenceSpan: Span,
  triggerSpan: Span,
  documentFocus?: DocumentFocus,
): { place: ResolvedPlace | null; reason: string } {
  const focus = documentFocus ?? findDocumentFocus(places);
  const all = places.filter((p) => p.span[0] >= sentenceSpan[0] && p.span[1] <= sentenceSpan[1]);
  // Inside the document's country first: a foreign capital in the sentence is usually an actor's seat.
  const home = all.filter((p) => p.place.country === focus.country);
  const inside = home.length > 0 ? home : all;
  if (inside.length > 0) {
    // A site or district far from the city named with it is a namesake elsewhere ("Justice Palace in Sidon").
    const cities = inside.filter((p) => p.place.precision === 'city');
    const coherent = inside.filter(
      (p) => SPECIFICITY[p.place.precision] >= SPECIFICITY.city || cities.length === 0 || cities.some((c) => kmBetween(c, p) <= 30),
    );
    const pool = dropQualified(coherent.length > 0 ? coherent : inside);
    const distance = (p: ResolvedPlace): number =>
      p.span[0] >= triggerSpan[1] ? p.span[0] - triggerSpan[1] : p.span[1] <= triggerSpan[0] ? triggerSpan[0] - p.span[1] : 0;
    // Between equally specific places close together ("Al Bab in Aleppo"), the smaller one is the more precise.
    const nested = (a: ResolvedPlace, b: ResolvedPlace): number =>
      kmBetween(a, b) <= 60 && a.place.population !== b.place.population ? (a.place.population < b.place.population ? -1 : 1) : 0;
    const chosen = [...pool].sort(
      (a, b) => SPECIFICITY[a.place.precision] - SPECIFICITY[b.place.precision] || nested(a, b) || distance(a) - distance(b) || a.span[0] - b.span[0],
    )[0];
    if (chosen) {
      const others = inside.length - 1;
      return { place: chosen, reason: `most specific place in the sentence (${chosen.place.precision})${others > 0 ? `, nearest to the trigger among ${inside.length}` : ''}` };
    }
  }
  if (focus.main) return { place: focus.main, reason: `no place in the sentence: the document's main place '${focus.main.text}'` };
  return { place: null, reason: 'no place in the sentence or the document' };
}

function kmBetween(a: ResolvedPlace, b: ResolvedPlace): number {
  const p = a.place;
  const q = b.place;
  if (p.lat === null || p.lon === null || q.lat === null || q.lon === null) return Infinity;
  const r = Math.PI / 180;
  const h = Math.sin(((q.lat - p.lat) * r) / 2) ** 2 + Math.cos(p.lat * r) * Math.cos(q.lat * r) * Math.sin(((q.lon - p.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/**
 * "As Sabaa (Tripoli)", "Talas, Kayseri": a place right after another qualifies it. A qualified place far
 * from its qualifier is a namesake elsewhere (dropped); a coherent one makes the qualifier mere context.
 */
function dropQualified(places: ResolvedPlace[]): ResolvedPlace[] {
  const sorted = [...places].sort((a, b) => a.span[0] - b.span[0]);
  const drop = new Set<ResolvedPlace>();
  sorted.forEach((p, i) => {
    const q = sorted[i + 1];
    if (!q || q.span[0] - p.span[1] > 3 || q.place.id === p.place.id) return;
    const far = q.place.precision === 'admin1' || q.place.precision === 'country'
      ? q.place.country !== p.place.country || (q.place.precision === 'admin1' && p.place.admin1 !== null && q.place.admin1 !== p.place.admin1)
      : kmBetween(p, q) > 60;
    drop.add(far ? p : q);
  });
  const kept = places.filter((p) => !drop.has(p));
  return kept.length > 0 ? kept : places;
}
